package id.dukcapilceria.kk.workflow.notification;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers what is due in the outbox. A round claims due messages one by one (a short transaction
 * each: the claim holds the message for the policy's lease, so two senders, on one node or on
 * several, never deliver the same message at once), delivers each outside any transaction, then
 * marks it sent, or schedules the next attempt with back-off, or gives it up after the last.
 *
 * <p>Delivery is at least once: a sender killed after the channel accepted a message and before it
 * was marked leaves it claimed; when the lease runs out, the next round delivers it again with the
 * same idempotency key, which the receiver sees and can drop.
 */
public final class OutboxSender {

  private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

  private final Transactor transactions;
  private final Map<Channel, NotificationChannel> channels = new EnumMap<>(Channel.class);
  private final Clock clock;
  private final RetryPolicy policy;
  private final String sender;

  /**
   * @param transactions runs work in one committed transaction
   * @param sender who claims: the node's name, so a claim can be traced to the node that held it
   */
  public OutboxSender(Transactor transactions, List<NotificationChannel> channels, Clock clock, RetryPolicy policy,
      String sender) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    channels.forEach(channel -> this.channels.put(channel.channel(), channel));
    this.clock = Objects.requireNonNull(clock, "clock");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.sender = OutboxMessage.fit(sender, 60);
  }

  /** Delivers up to {@code limit} due messages; what each came to. */
  public Round sendDue(int limit) {
    Instant now = clock.instant();
    List<Long> due = transactions.call(em -> em.createQuery(
            "select m.id from OutboxMessage m where m.state = :pending and m.nextAttemptAt <= :now"
                + " and (m.claimedUntil is null or m.claimedUntil < :now) order by m.nextAttemptAt, m.id", Long.class)
        .setParameter("pending", OutboxState.PENDING)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList());
    int sent = 0;
    int retrying = 0;
    int gaveUp = 0;
    for (Long id : due) {
      Optional<OutboxMessage> claimed = transactions.call(em -> claim(em, id));
      if (claimed.isEmpty()) {
        continue;
      }
      OutboxMessage message = claimed.get();
      NotificationChannel channel = channels.get(message.channel());
      String failure = null;
      if (channel == null) {
        failure = "Saluran " + message.channel() + " tidak dikonfigurasi";
      } else {
        try {
          channel.deliver(message.outgoing());
        } catch (DeliveryFailure e) {
          failure = e.getMessage();
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "outbox channel " + message.channel() + " failed unexpectedly", e);
          failure = e.getClass().getSimpleName();
        }
      }
      String error = failure;
      OutboxState state = transactions.call(em -> mark(em, id, error));
      switch (state) {
        case SENT -> sent++;
        case PENDING -> retrying++;
        case GAVE_UP -> gaveUp++;
      }
    }
    return new Round(sent, retrying, gaveUp);
  }

  private Optional<OutboxMessage> claim(EntityManager em, long id) {
    Instant now = clock.instant();
    int claimed = em.createQuery("update OutboxMessage m set m.claimedBy = :sender, m.claimedUntil = :until"
            + " where m.id = :id and m.state = :pending and (m.claimedUntil is null or m.claimedUntil < :now)")
        .setParameter("sender", sender)
        .setParameter("until", now.plus(policy.lease()))
        .setParameter("id", id)
        .setParameter("pending", OutboxState.PENDING)
        .setParameter("now", now)
        .executeUpdate();
    if (claimed != 1) {
      return Optional.empty();
    }
    OutboxMessage message = em.find(OutboxMessage.class, id);
    em.refresh(message);
    return Optional.of(message);
  }

  /** Sent when {@code error} is null, else the next attempt or giving up; answers the new state. */
  private OutboxState mark(EntityManager em, long id, String error) {
    OutboxMessage message = em.find(OutboxMessage.class, id);
    em.refresh(message);
    if (message.state() != OutboxState.PENDING || !sender.equals(message.claimedBy())) {
      // the lease ran out and another sender took it over: its outcome counts
      return message.state();
    }
    if (error == null) {
      message.markSent(clock.instant());
    } else {
      message.markFailed(error, clock.instant(), policy);
    }
    return message.state();
  }

  /** What one round came to. */
  public record Round(int sent, int retrying, int gaveUp) {}

  /** Runs work in one transaction that commits when the work returns and rolls back when it throws. */
  public interface Transactor {
    <T> T call(Function<EntityManager, T> work);
  }
}
