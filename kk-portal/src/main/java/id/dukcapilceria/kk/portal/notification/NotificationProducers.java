package id.dukcapilceria.kk.portal.notification;

import id.dukcapilceria.kk.portal.config.PortalConfig;
import id.dukcapilceria.kk.portal.security.NotificationAddresses;
import id.dukcapilceria.kk.workflow.notification.Notifications;
import id.dukcapilceria.kk.workflow.notification.OutboxAdministration;
import id.dukcapilceria.kk.workflow.sop.Reminders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Makes kk-workflow's outbox objects injectable, with the channels configured here. */
@ApplicationScoped
public class NotificationProducers {

  /** The outbox's writer: the channels configured, officers' addresses from the users' own settings. */
  @Produces
  @Singleton
  Notifications notifications(NotificationSettings settings, NotificationAddresses officers, PortalConfig config,
      Clock clock) {
    return new Notifications(settings.channels(), officers, config::baseUrl, clock);
  }

  @Produces
  @Singleton
  Reminders reminders(Clock clock, Notifications notifications) {
    return new Reminders(clock, notifications);
  }

  @Produces
  @Singleton
  OutboxAdministration outboxAdministration(Clock clock) {
    return new OutboxAdministration(clock);
  }
}
