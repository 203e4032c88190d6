package id.dukcapilceria.kk.portal.draft.legacy;

import id.dukcapilceria.kk.domain.layanan.JenisDokumen;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Only the draft records the page once declared (see the package's description). */
final class NagariWorkspace {

  private NagariWorkspace() {}

  record DraftContent(JenisLayanan jenisLayanan, KkForm form, Instant intakeStartedAt, List<SavedScan> scans)
      implements Serializable {

    id.dukcapilceria.kk.portal.draft.DraftContent toDraft() {
      return new id.dukcapilceria.kk.portal.draft.DraftContent(jenisLayanan, form.toInput(), intakeStartedAt,
          scans == null ? List.of() : scans.stream().map(SavedScan::toScan).toList());
    }
  }

  record SavedScan(JenisDokumen jenis, String fileName, String mediaType, long size, String sha256,
      Instant uploadedAt, String uploadedBy) implements Serializable {

    id.dukcapilceria.kk.portal.draft.DraftContent.SavedScan toScan() {
      return new id.dukcapilceria.kk.portal.draft.DraftContent.SavedScan(jenis, fileName, mediaType, size, sha256,
          uploadedAt, uploadedBy);
    }
  }
}
