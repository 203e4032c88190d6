package id.dukcapilceria.kk.workflow.sla;

import id.dukcapilceria.kk.workflow.permohonan.SopStep;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The time standard (mutu baku) of each SOP step: the SOP's 5, 2, 1, 1, 2 and 2 minutes unless a
 * Dinas configures its own.
 */
public final class MutuBaku {

  private final Map<SopStep, Duration> standards;

  private MutuBaku(Map<SopStep, Duration> standards) {
    this.standards = Collections.unmodifiableMap(new EnumMap<>(standards));
  }

  /** The standards printed in SOP 46/SOP/Disdukcapil/X-2019. */
  public static MutuBaku sop() {
    Map<SopStep, Duration> standards = new EnumMap<>(SopStep.class);
    for (SopStep step : SopStep.values()) {
      standards.put(step, step.standard());
    }
    return new MutuBaku(standards);
  }

  /** A copy with another standard for one step. */
  public MutuBaku with(SopStep step, Duration standard) {
    if (standard.isNegative() || standard.isZero()) {
      throw new IllegalArgumentException("A time standard must be positive: " + standard);
    }
    Map<SopStep, Duration> changed = new EnumMap<>(standards);
    changed.put(Objects.requireNonNull(step), standard);
    return new MutuBaku(changed);
  }

  public Duration of(SopStep step) {
    return standards.get(step);
  }
}
