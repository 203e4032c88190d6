package id.dukcapilceria.kk.workflow.notification;

import id.dukcapilceria.kk.workflow.audit.AuditEvent;
import id.dukcapilceria.kk.workflow.audit.AuditTrail;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import id.dukcapilceria.kk.workflow.permohonan.WorkflowException;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outbox as the administrator sees it: how many messages are waiting, sent and given up, and
 * which ones failed, with the channel's last answer; and sending a given-up message again. The
 * administrator sees the event, the channel and the application number, never the recipient or
 * the text (least privilege: the administrator reads no family data).
 */
public final class OutboxAdministration {

  /** The rows the page lists: the newest first, at most this many. */
  public static final int LISTED = 50;

  private final Clock clock;
  private final AuditTrail audit = new AuditTrail();

  public OutboxAdministration(Clock clock) {
    this.clock = clock;
  }

  private static void requireAdmin(Actor actor) {
    if (actor.role() != Role.ADMIN) {
      throw new WorkflowException("outbox.notAllowed");
    }
  }

  /** How many messages are in each state, per channel. */
  public Map<Channel, Map<OutboxState, Long>> counts(EntityManager em, Actor actor) {
    requireAdmin(actor);
    Map<Channel, Map<OutboxState, Long>> counts = new EnumMap<>(Channel.class);
    for (Channel channel : Channel.values()) {
      Map<OutboxState, Long> byState = new EnumMap<>(OutboxState.class);
      for (OutboxState state : OutboxState.values()) {
        byState.put(state, 0L);
      }
      counts.put(channel, byState);
    }
    for (Object[] row : em.createQuery(
            "select m.channel, m.state, count(m) from OutboxMessage m group by m.channel, m.state", Object[].class)
        .getResultList()) {
      counts.get((Channel) row[0]).put((OutboxState) row[1], (Long) row[2]);
    }
    return counts;
  }

  /** Messages given up, or waiting after a failed attempt: the newest first. */
  public List<FailedMessage> failed(EntityManager em, Actor actor) {
    requireAdmin(actor);
    return em.createQuery("select m from OutboxMessage m where m.state = :gaveUp"
            + " or (m.state = :pending and m.attempts > 0) order by m.createdAt desc, m.id desc", OutboxMessage.class)
        .setParameter("gaveUp", OutboxState.GAVE_UP)
        .setParameter("pending", OutboxState.PENDING)
        .setMaxResults(LISTED)
        .getResultStream()
        .map(m -> new FailedMessage(m.id(), m.event(), m.channel(), m.permohonanNomor(), m.state(), m.attempts(),
            m.createdAt(), m.state() == OutboxState.PENDING ? m.nextAttemptAt() : null, m.lastError()))
        .toList();
  }

  /** Sends a given-up message again, from now, with a fresh count of attempts; audited. */
  public void retry(EntityManager em, Actor actor, long id) {
    requireAdmin(actor);
    OutboxMessage message = em.find(OutboxMessage.class, id);
    if (message == null || message.state() != OutboxState.GAVE_UP) {
      throw new WorkflowException("outbox.notGivenUp");
    }
    Instant now = clock.instant();
    message.retryNow(now);
    audit.append(em, AuditEvent.of(now, actor.username(), actor.role(), AuditEvent.NOTIFICATION_RETRY,
        message.permohonanNomor(), message.event() + " " + message.channel()));
  }

  /**
   * A message that failed, as the administrator sees it.
   *
   * @param nextAttemptAt when it is tried next; null once given up
   */
  public record FailedMessage(long id, NotificationEvent event, Channel channel, String permohonanNomor,
      OutboxState state, int attempts, Instant createdAt, Instant nextAttemptAt, String lastError) {}
}
