package id.dukcapilceria.kk.workflow.permohonan;

import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.kartukeluarga.Nik;
import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;

/**
 * What an officer narrows a list to: one nagari, one service type, and a search term, which is a
 * 16-digit number (the NIK of any member, or the No. KK) or part of the application number. Empty
 * parts do not narrow. A nagari operator's lists stay within their nagari whatever is asked.
 *
 * @param nagari only applications of this nagari, or null
 * @param jenisLayanan only this service type, or null
 * @param search a NIK, a No. KK or part of an application number, or null
 */
public record WorklistFilter(KodeWilayah nagari, JenisLayanan jenisLayanan, String search) implements Serializable {

  public static final WorklistFilter NONE = new WorklistFilter(null, null, null);
  private static final int MAX_SEARCH = 40;

  public WorklistFilter {
    search = search == null || search.isBlank() ? null : search.strip().toUpperCase(Locale.ROOT);
    if (search != null && (search.length() > MAX_SEARCH || !search.matches("[0-9A-Z./-]+"))) {
      // only what application numbers, NIKs and KK numbers are made of: nothing else can match
      throw new WorkflowException("filter.search");
    }
  }

  /** The search as a No. KK, when it has the form of one. */
  public Optional<NomorKk> searchedNomorKk() {
    return sixteenDigits() ? Optional.of(NomorKk.of(search)) : Optional.empty();
  }

  /** The search as a NIK, when it is a valid one (a number that breaks the NIK's rules is none). */
  public Optional<Nik> searchedNik() {
    if (!sixteenDigits()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Nik.of(search));
    } catch (InvalidValueException notANik) {
      return Optional.empty();
    }
  }

  private boolean sixteenDigits() {
    return search != null && search.matches("\\d{16}") && !search.matches("0{16}");
  }
}
