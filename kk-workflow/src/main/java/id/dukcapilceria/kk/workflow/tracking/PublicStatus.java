package id.dukcapilceria.kk.workflow.tracking;

import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.workflow.permohonan.ProblemCategory;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the public status page shows of one application: its number, service and nagari (all on
 * the citizen's tanda terima), the stages it has passed with their dates, and, while it is returned
 * or once refused, the officer's reason. No name, NIK, KK number or address.
 *
 * @param returnCategory the buku permasalahan's category while returned to the nagari
 * @param returnReason what to bring (returned) or why it was refused
 */
public record PublicStatus(
    String nomor,
    JenisLayanan jenisLayanan,
    KodeWilayah kodeNagari,
    Instant receivedAt,
    PublicStage stage,
    Instant since,
    List<StageReached> stages,
    Optional<ProblemCategory> returnCategory,
    Optional<String> returnReason) {

  public PublicStatus {
    Objects.requireNonNull(nomor, "nomor");
    Objects.requireNonNull(stage, "stage");
    stages = List.copyOf(stages);
  }

  /** A stage the application entered, and when. */
  public record StageReached(PublicStage stage, Instant at) {}
}
