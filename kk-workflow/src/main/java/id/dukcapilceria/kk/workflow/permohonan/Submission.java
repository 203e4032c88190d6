package id.dukcapilceria.kk.workflow.permohonan;

import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kontak.CitizenContact;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.workflow.dokumen.RequirementDocument;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the nagari operator hands in at SOP step 1: the application number, the service type, the
 * typed card, the scanned documents, when the intake began (start of the step's time standard)
 * whether the operator acknowledged the validation warnings, and how the citizen agreed to be told
 * about the application ({@link CitizenContact#NONE} if they did not).
 */
public record Submission(
    String nomor,
    JenisLayanan jenisLayanan,
    KartuKeluarga data,
    List<RequirementDocument> documents,
    Instant intakeStartedAt,
    boolean warningsAcknowledged,
    CitizenContact contact) {

  public Submission {
    Objects.requireNonNull(nomor, "nomor");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(jenisLayanan, "jenisLayanan");
    Objects.requireNonNull(data, "data");
    documents = List.copyOf(documents);
  }

  /** A submission without a citizen's contact: data brought over from another system, demo data. */
  public Submission(String nomor, JenisLayanan jenisLayanan, KartuKeluarga data, List<RequirementDocument> documents,
      Instant intakeStartedAt, boolean warningsAcknowledged) {
    this(nomor, jenisLayanan, data, documents, intakeStartedAt, warningsAcknowledged, CitizenContact.NONE);
  }
}
