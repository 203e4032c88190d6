package id.dukcapilceria.kk.workflow.sla;

import id.dukcapilceria.kk.workflow.permohonan.Role;
import id.dukcapilceria.kk.workflow.permohonan.SopStep;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a step that waits too long calls for, counted in working time: over its time standard, a
 * reminder to the role whose step it is; over twice the standard, also word to that role's
 * supervisor (an operator's: the Kasi/Kabid; the Kasi/Kabid's: the Kadis). The Kadis answers to
 * no one in the portal, so a late signature stays a reminder to the Kadis.
 */
public enum Escalation {
  /** Within the standard. */
  NONE,
  /** Over the standard: the step's role is reminded. */
  REMIND_ROLE,
  /** Over twice the standard: the supervisor is told as well. */
  TELL_SUPERVISOR;

  /** The escalation of a step entered at {@code since}, at {@code now}. */
  public static Escalation of(SopStep step, Instant since, Instant now, MutuBaku standards, WorkingCalendar calendar) {
    Duration waited = calendar.workingTimeBetween(since, now);
    Duration standard = standards.of(step);
    if (waited.compareTo(standard.multipliedBy(2)) > 0) {
      return TELL_SUPERVISOR;
    }
    return waited.compareTo(standard) > 0 ? REMIND_ROLE : NONE;
  }

  /** Who is to be told of a step of {@code step} at this level: its role, then its supervisor. */
  public List<Role> whoIsTold(SopStep step) {
    return switch (this) {
      case NONE -> List.of();
      case REMIND_ROLE -> List.of(step.role());
      case TELL_SUPERVISOR -> supervisorOf(step.role()).map(s -> List.of(step.role(), s)).orElse(List.of(step.role()));
    };
  }

  /** Whom an SOP role answers to for its time standards. */
  public static Optional<Role> supervisorOf(Role role) {
    return switch (role) {
      case OPERATOR_NAGARI, OPERATOR_LAYANAN -> Optional.of(Role.KASI_KABID);
      case KASI_KABID -> Optional.of(Role.KADIS);
      default -> Optional.empty();
    };
  }
}
