package id.dukcapilceria.kk.portal.web.admin;

import id.dukcapilceria.kk.portal.config.PortalConfig;
import id.dukcapilceria.kk.portal.notification.NotificationSettings;
import id.dukcapilceria.kk.portal.permohonan.Transactions;
import id.dukcapilceria.kk.portal.security.CurrentActor;
import id.dukcapilceria.kk.portal.security.PageAccess;
import id.dukcapilceria.kk.portal.security.PortalArea;
import id.dukcapilceria.kk.portal.web.Texts;
import id.dukcapilceria.kk.portal.web.UserFeedback;
import id.dukcapilceria.kk.workflow.notification.Channel;
import id.dukcapilceria.kk.workflow.notification.OutboxAdministration;
import id.dukcapilceria.kk.workflow.notification.OutboxAdministration.FailedMessage;
import id.dukcapilceria.kk.workflow.notification.OutboxState;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The notification outbox on the administrator's page: which channels are on, how many messages
 * wait, went and were given up, and the failed ones with the server's last answer, to send again
 * once the cause is fixed. No recipient and no text: {@link OutboxAdministration} gives none.
 */
@Named("outbox")
@RequestScoped
public class OutboxPage {

  @Inject Transactions transactions;
  @Inject OutboxAdministration outbox;
  @Inject CurrentActor currentActor;
  @Inject PageAccess pageAccess;
  @Inject NotificationSettings settings;
  @Inject PortalConfig config;

  private boolean admitted;
  private Map<Channel, Map<OutboxState, Long>> counts;
  private List<FailedMessage> failed;

  @jakarta.annotation.PostConstruct
  void admit() {
    admitted = pageAccess.admitView(PortalArea.ADMIN);
  }

  /** Which channels are configured, in words. */
  public String getChannels() {
    Set<Channel> on = settings.channels();
    if (on.isEmpty()) {
      return Texts.get("outbox.off");
    }
    return Texts.get("outbox.on", String.join(", ", on.stream().map(c -> Texts.get("outbox.channel." + c)).toList()));
  }

  /** One row per channel: waiting, sent, given up. */
  public List<CountRow> getCounts() {
    if (!admitted) {
      return List.of();
    }
    if (counts == null) {
      counts = transactions.call(em -> outbox.counts(em, currentActor.get()));
    }
    List<CountRow> rows = new ArrayList<>();
    counts.forEach((channel, byState) -> rows.add(new CountRow(Texts.get("outbox.channel." + channel),
        byState.get(OutboxState.PENDING), byState.get(OutboxState.SENT), byState.get(OutboxState.GAVE_UP))));
    return rows;
  }

  /** The failed messages, newest first. */
  public List<FailedRow> getFailed() {
    if (!admitted) {
      return List.of();
    }
    if (failed == null) {
      failed = transactions.call(em -> outbox.failed(em, currentActor.get()));
    }
    return failed.stream().map(m -> new FailedRow(m.id(), Texts.get("outbox.event." + m.event()),
        Texts.get("outbox.channel." + m.channel()), m.permohonanNomor(), Texts.get("outbox.state." + m.state()),
        m.attempts(), at(m.createdAt()), m.nextAttemptAt() == null ? "-" : at(m.nextAttemptAt()), m.lastError(),
        m.state() == OutboxState.GAVE_UP)).toList();
  }

  /** Sends a given-up message again; the workflow decides whether it may. */
  public void retry(long id) {
    UserFeedback.attempt(() -> transactions.run(em -> outbox.retry(em, currentActor.get(), id)),
        Texts.get("outbox.retried"));
    failed = null;
    counts = null;
  }

  private String at(Instant instant) {
    return DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss").format(instant.atZone(config.zone()));
  }

  /** A channel's counts. */
  public record CountRow(String channel, long waiting, long sent, long gaveUp) {}

  /** A failed message as listed. */
  public record FailedRow(long id, String event, String channel, String nomor, String state, int attempts,
      String createdAt, String nextAttemptAt, String lastError, boolean retryable) {}
}
