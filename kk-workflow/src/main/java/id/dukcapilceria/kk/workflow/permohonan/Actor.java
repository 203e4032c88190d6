package id.dukcapilceria.kk.workflow.permohonan;

import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.pejabat.Capacity;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who performs a step: an authenticated user with one role. A nagari operator is bound to exactly
 * one nagari and may act only on applications of that nagari. A Kadis account may be an acting
 * official's (Plh./Plt.), who signs only within their designation ({@link Acting}).
 */
public record Actor(String username, Role role, KodeWilayah nagari, Acting acting) {

  /**
   * An official designated to act for the head of office, from {@code from} (inclusive) until
   * {@code until} (exclusive): the start of the first day and of the day after the last, in the
   * office's time.
   */
  public record Acting(Capacity capacity, Instant from, Instant until) {
    public Acting {
      Objects.requireNonNull(capacity, "capacity");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(until, "until");
      if (capacity == Capacity.HEAD) {
        throw new IllegalArgumentException("The head of office does not act for anyone");
      }
      if (!from.isBefore(until)) {
        throw new IllegalArgumentException("A designation ends after it begins");
      }
    }

    public boolean coversInstant(Instant moment) {
      return !moment.isBefore(from) && moment.isBefore(until);
    }
  }

  public Actor {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(role, "role");
    if (role == Role.OPERATOR_NAGARI && nagari == null) {
      throw new IllegalArgumentException("A nagari operator must be bound to a nagari");
    }
    if (role == Role.OPERATOR_NAGARI && !nagari.isVillage()) {
      throw new IllegalArgumentException("A nagari operator must be bound to a village code");
    }
    if (acting != null && role != Role.KADIS) {
      throw new IllegalArgumentException("Only a Kadis account acts for the head of office");
    }
  }

  public Actor(String username, Role role, KodeWilayah nagari) {
    this(username, role, nagari, null);
  }

  public static Actor of(String username, Role role) {
    return new Actor(username, role, null);
  }

  public Optional<KodeWilayah> boundNagari() {
    return Optional.ofNullable(nagari);
  }

  public Optional<Acting> actingFor() {
    return Optional.ofNullable(acting);
  }

  /**
   * Refuses an acting official outside their designation (the head of office in person signs at
   * any time).
   */
  public void requireMaySignAt(Instant moment) {
    if (acting != null && !acting.coversInstant(moment)) {
      throw new WorkflowException("sign.actingOutsidePeriod");
    }
  }
}
