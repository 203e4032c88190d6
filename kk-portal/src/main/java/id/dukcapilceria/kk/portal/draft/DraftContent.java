package id.dukcapilceria.kk.portal.draft;

import id.dukcapilceria.kk.domain.input.KkInput;
import id.dukcapilceria.kk.domain.layanan.JenisDokumen;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import java.time.Instant;
import java.util.List;

/**
 * What a saved draft holds: the service type chosen (or none yet), the card as typed, in the
 * domain's input shape (unchecked: a draft may be half-typed), when the intake began (SOP step 1's
 * clock keeps its first start), and the scans already checked and stored.
 */
public record DraftContent(JenisLayanan jenisLayanan, KkInput kk, Instant intakeStartedAt, List<SavedScan> scans) {

  public DraftContent {
    scans = scans == null ? List.of() : List.copyOf(scans);
  }

  /** A scan of a draft, by its SHA-256 in the document store (the file itself is stored once). */
  public record SavedScan(JenisDokumen jenis, String fileName, String mediaType, long size, String sha256,
      Instant uploadedAt, String uploadedBy) {}
}
