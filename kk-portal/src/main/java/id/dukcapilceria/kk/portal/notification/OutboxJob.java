package id.dukcapilceria.kk.portal.notification;

import id.dukcapilceria.kk.portal.config.PortalConfig;
import id.dukcapilceria.kk.portal.permohonan.Transactions;
import id.dukcapilceria.kk.workflow.notification.NotificationChannel;
import id.dukcapilceria.kk.workflow.notification.OutboxSender;
import id.dukcapilceria.kk.workflow.sop.Reminders;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox and writes the time-standard reminders, every {@code kk.notify.interval-seconds}
 * on every node: claims keep two nodes from delivering the same message, and each reminder is written
 * once however many nodes look. Off when no channel is configured.
 */
@ApplicationScoped
public class OutboxJob {

  private static final Logger LOG = Logger.getLogger(OutboxJob.class.getName());
  /** Messages per round: a round ends well within the lease even when each takes the full time-out. */
  static final int PER_ROUND = 5;
  private static final Duration REMINDER_EVERY = Duration.ofMinutes(1);

  @Inject NotificationSettings settings;
  @Inject Transactions transactions;
  @Inject Reminders reminders;
  @Inject PortalConfig config;
  @Inject Clock clock;
  @Resource ManagedScheduledExecutorService scheduler;

  private volatile OutboxSender sender;
  private volatile Instant lastReminders = Instant.EPOCH;

  /** A setting that cannot be used (a gateway over plain HTTP, a sender that is no address) stops the start. */
  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    settings.check();
    List<NotificationChannel> channels = settings.build();
    if (channels.isEmpty()) {
      LOG.info("Notifications are off: neither kk.notify.smtp.host nor kk.notify.gateway.url is set");
      return;
    }
    sender = new OutboxSender(transactions::call, channels, clock, settings.retryPolicy(),
        ManagementFactory.getRuntimeMXBean().getName());
    long every = settings.interval().toMillis();
    scheduler.scheduleWithFixedDelay(this::round, every, every, TimeUnit.MILLISECONDS);
    LOG.info("Notifications on: " + settings.channels() + ", a round every " + settings.interval().toSeconds() + " s");
  }

  private void round() {
    try {
      if (!clock.instant().isBefore(lastReminders.plus(REMINDER_EVERY))) {
        lastReminders = clock.instant();
        transactions.call(em -> reminders.remindLate(em, config.mutuBaku(), config.workingCalendar()));
      }
      OutboxSender.Round round;
      do {
        round = sender.sendDue(PER_ROUND);
      } while (round.sent() + round.retrying() + round.gaveUp() == PER_ROUND);
    } catch (RuntimeException e) {
      // a failed round must not stop the schedule: the next one tries again
      LOG.log(Level.WARNING, "A round of the notification outbox failed", e);
    }
  }
}
