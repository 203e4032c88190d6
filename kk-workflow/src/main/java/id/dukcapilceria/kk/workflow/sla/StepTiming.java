package id.dukcapilceria.kk.workflow.sla;

import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.workflow.permohonan.SopStep;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One pass of an application through one SOP step: when it entered the step, when and by whom it
 * was completed (empty while still waiting), how long it took and whether that exceeds the standard.
 */
public record StepTiming(
    String permohonanNomor,
    KodeWilayah nagari,
    SopStep step,
    Instant enteredAt,
    Instant completedAt,
    String completedBy,
    Duration elapsed,
    Duration standard) {

  public boolean isOpen() {
    return completedAt == null;
  }

  public Optional<Instant> completed() {
    return Optional.ofNullable(completedAt);
  }

  public boolean isOverdue() {
    return elapsed.compareTo(standard) > 0;
  }
}
