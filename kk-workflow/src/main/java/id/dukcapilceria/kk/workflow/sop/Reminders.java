package id.dukcapilceria.kk.workflow.sop;

import id.dukcapilceria.kk.workflow.notification.Notifications;
import id.dukcapilceria.kk.workflow.sla.MutuBaku;
import id.dukcapilceria.kk.workflow.sla.WorkingCalendar;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/**
 * The escalation rule acted on: every application waiting beyond its step's standard in working
 * time gets its <em>over the time standard</em> notifications ({@link
 * id.dukcapilceria.kk.workflow.sla.Escalation}: the step's role; over twice the standard, its
 * supervisor too). Meant for a periodic job with no one signed in; each level of each wait is
 * written once however often it runs, so any node of a cluster may run it.
 */
public final class Reminders {

  private final Clock clock;
  private final Notifications notifications;

  public Reminders(Clock clock, Notifications notifications) {
    this.clock = clock;
    this.notifications = notifications;
  }

  /** Writes what is due now, in the caller's transaction; answers how many messages were written. */
  public int remindLate(EntityManager em, MutuBaku standards, WorkingCalendar calendar) {
    if (!notifications.enabled()) {
      return 0;
    }
    int written = 0;
    for (DinasReads.LateStep late : DinasReads.late(em, clock.instant(), standards, calendar)) {
      written += notifications.overTimeStandard(em, late.nomor(), late.kodeNagari(), late.step(), late.since(),
          late.waited(), late.escalation());
    }
    return written;
  }
}
