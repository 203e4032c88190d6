package id.dukcapilceria.kk.workflow.permohonan;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where an application stands. Each open status waits for exactly one role, and maps to the SOP
 * step that role performs next.
 */
public enum Status {
  /** Submitted by the nagari; the Dinas operator verifies (SOP step 2). */
  DIAJUKAN(Role.OPERATOR_LAYANAN, SopStep.VERIFIKASI),
  /** Returned by the Kasi/Kabid; the operator confirms with the citizen via the nagari (step 3, "tidak"). */
  DIKEMBALIKAN_KE_OPERATOR(Role.OPERATOR_LAYANAN, SopStep.VERIFIKASI),
  /** Sent back to the nagari to complete documents or data (step 1 again). */
  PERLU_DILENGKAPI(Role.OPERATOR_NAGARI, SopStep.INPUT_DATA),
  /** Verified; the Kasi/Kabid confirms (step 3). */
  DIVERIFIKASI(Role.KASI_KABID, SopStep.KONFIRMASI),
  /** Confirmed; the Kadis signs (step 4). */
  DIKONFIRMASI(Role.KADIS, SopStep.SERTIFIKASI_ELEKTRONIK),
  /** Signed; the operator records it in the buku register and sends the PDF (step 5). */
  DITANDATANGANI(Role.OPERATOR_LAYANAN, SopStep.REGISTER_DAN_KIRIM),
  /** Sent to the nagari; the nagari operator prints, hands over and archives (step 7). */
  TERKIRIM(Role.OPERATOR_NAGARI, SopStep.CETAK_SERAH_ARSIP),
  /** Handed over to the citizen and the requirement files archived. */
  SELESAI(null, null),
  /** Refused by the Dinas operator, with a reason. */
  DITOLAK(null, null);

  private final Role waitingFor;
  private final SopStep nextStep;

  Status(Role waitingFor, SopStep nextStep) {
    this.waitingFor = waitingFor;
    this.nextStep = nextStep;
  }

  /** The role whose worklist shows applications in this status; empty once closed. */
  public Optional<Role> waitingFor() {
    return Optional.ofNullable(waitingFor);
  }

  public Optional<SopStep> nextStep() {
    return Optional.ofNullable(nextStep);
  }

  /**
   * Whether having waited {@code waited} in this status is longer than the standard of the step
   * that ends it; a closed status is never overdue. The one place of the rule, for an application
   * and for a list row read without it ({@link WorklistRow}).
   */
  public boolean isOverdueAfter(Duration waited, Function<SopStep, Duration> standards) {
    return nextStep().map(step -> waited.compareTo(standards.apply(step)) > 0).orElse(false);
  }

  public boolean isClosed() {
    return waitingFor == null;
  }
}
