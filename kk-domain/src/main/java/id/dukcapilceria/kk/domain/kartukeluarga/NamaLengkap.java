package id.dukcapilceria.kk.domain.kartukeluarga;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's full name as the card prints it: upper case, single spaces.
 *
 * <p>Permendagri 73/2022 (pencatatan nama) forbids more than 60 characters including spaces and
 * numbers or punctuation in names, and recommends at least two words. What cannot be a name at all
 * (empty, too long, digits, symbols, non-Latin letters) is refused here. Apostrophes, hyphens, full
 * stops and commas are only {@linkplain #warnings() warned about}: the regulation governs names
 * recorded since 2022, and older names such as NUR'AINI stay valid on a re-issued card (VERIFY
 * with the Dinas how SIAK treats them).
 */
public record NamaLengkap(String value) implements Serializable {

  /** Permendagri 73/2022 Pasal 4(2): at most 60 characters including spaces. */
  public static final int MAX_LENGTH = 60;

  private static final String PUNCTUATION = "'.,-";

  public NamaLengkap {
    value = normalise(value);
    check(value, "namaLengkap");
  }

  /** A name for a field other than the member's own (e.g. {@code orangTua.namaAyah}). */
  public static NamaLengkap of(String text, String field) {
    String name = normalise(text);
    check(name, field);
    return new NamaLengkap(name);
  }

  public static NamaLengkap of(String text) {
    return new NamaLengkap(text);
  }

  private static String normalise(String text) {
    return Texts.singleSpacedUpperCase(text);
  }

  private static void check(String name, String field) {
    if (name.isEmpty()) {
      throw new InvalidValueException("value.required", field);
    }
    if (name.length() > MAX_LENGTH) {
      throw new InvalidValueException("nama.tooLong", field, MAX_LENGTH, name.length());
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= '0' && c <= '9') {
        throw new InvalidValueException("nama.digits", field);
      }
      if (!(c >= 'A' && c <= 'Z') && c != ' ' && PUNCTUATION.indexOf(c) < 0) {
        throw new InvalidValueException("nama.character", field, String.valueOf(c));
      }
    }
  }

  /** Codes of what the regulation only recommends against: one word, punctuation. */
  public List<String> warnings() {
    List<String> warnings = new ArrayList<>();
    if (!value.contains(" ")) {
      warnings.add("nama.singleWord");
    }
    if (value.chars().anyMatch(c -> PUNCTUATION.indexOf(c) >= 0)) {
      warnings.add("nama.punctuation");
    }
    return warnings;
  }

  @Override
  public String toString() {
    return value;
  }
}
