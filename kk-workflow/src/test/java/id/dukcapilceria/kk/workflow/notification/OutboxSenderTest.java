package id.dukcapilceria.kk.workflow.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.kontak.MessageLanguage;
import id.dukcapilceria.kk.workflow.notification.OutboxAdministration.FailedMessage;
import id.dukcapilceria.kk.workflow.notification.OutboxSender.Round;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import id.dukcapilceria.kk.workflow.permohonan.WorkflowException;
import id.dukcapilceria.kk.workflow.testing.MutableClock;
import id.dukcapilceria.kk.workflow.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The sender on a real database with a hand-moved clock: delivery and marking, back-off and giving
 * up, the administrator's view, and a sender that dies between delivering and marking. The channels
 * here are in-memory stand-ins for the port; the real SMTP server and HTTP gateway are exercised by
 * the portal's channel tests.
 */
class OutboxSenderTest {

  private static final RetryPolicy POLICY =
      new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(5), 5, Duration.ofMinutes(2));
  private static final Actor ADMIN = Actor.of("admin", Role.ADMIN);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-08-18T01:00:00Z"));

  /** Records what it was given; fails while {@link #failing} is set. */
  private static final class Recording implements NotificationChannel {
    final List<OutgoingMessage> delivered = new ArrayList<>();
    final List<Instant> attempts = new ArrayList<>();
    final MutableClock clock;
    boolean failing;

    Recording(MutableClock clock) {
      this.clock = clock;
    }

    @Override
    public Channel channel() {
      return Channel.GATEWAY;
    }

    @Override
    public void deliver(OutgoingMessage message) throws DeliveryFailure {
      attempts.add(clock.instant());
      if (failing) {
        throw new DeliveryFailure("HTTP 503 dari gateway");
      }
      delivered.add(message);
    }
  }

  private static OutboxSender.Transactor transactor(TestDatabase db) {
    return new OutboxSender.Transactor() {
      @Override
      public <T> T call(Function<jakarta.persistence.EntityManager, T> work) {
        return db.inTransaction(work);
      }
    };
  }

  private long written(TestDatabase db, String key) {
    return db.inTransaction(em -> {
      OutboxMessage message = new OutboxMessage(key, NotificationEvent.READY_TO_COLLECT, Channel.GATEWAY,
          "PMH-2026-00001", "+6281234567890", MessageLanguage.INDONESIAN, "KK siap diambil", "Isi pesan", clock.instant());
      em.persist(message);
      em.flush();
      return message.id();
    });
  }

  private static OutboxMessage load(TestDatabase db, long id) {
    return db.inTransaction(em -> em.find(OutboxMessage.class, id));
  }

  @Test
  void aDeliveredMessageIsMarkedSentOnceAndLosesItsRecipientAndText() {
    try (TestDatabase db = TestDatabase.create()) {
      Recording gateway = new Recording(clock);
      OutboxSender sender = new OutboxSender(transactor(db), List.of(gateway), clock, POLICY, "node-a");
      long id = written(db, "key-1");
      assertEquals(new Round(1, 0, 0), sender.sendDue(10));
      assertEquals(new Round(0, 0, 0), sender.sendDue(10), "nothing twice");
      assertEquals(List.of("key-1"), gateway.delivered.stream().map(OutgoingMessage::idempotencyKey).toList());
      assertEquals("+6281234567890", gateway.delivered.get(0).recipient());
      OutboxMessage sent = load(db, id);
      assertEquals(OutboxState.SENT, sent.state());
      assertEquals(clock.instant(), sent.sentAt().orElseThrow());
      assertTrue(sent.recipient().isEmpty() && sent.body().isEmpty(), "cleared once sent");
    }
  }

  @Test
  void aFailingGatewayIsRetriedWithBackOffThenGivenUpAndShownToTheAdministrator() {
    try (TestDatabase db = TestDatabase.create()) {
      Recording gateway = new Recording(clock);
      gateway.failing = true;
      OutboxSender sender = new OutboxSender(transactor(db), List.of(gateway), clock, POLICY, "node-a");
      OutboxAdministration admin = new OutboxAdministration(clock);
      Instant start = clock.instant();
      long id = written(db, "key-2");
      // run a round every 10 seconds for 20 minutes: attempts only when due
      for (int i = 0; i < 120; i++) {
        sender.sendDue(10);
        clock.advance(Duration.ofSeconds(10));
      }
      // waits after each failure: 1, 2, 4, 5 (the cap) minutes; the fifth failure gives up
      assertEquals(List.of(start, start.plusSeconds(60), start.plusSeconds(180), start.plusSeconds(420),
          start.plusSeconds(720)), gateway.attempts);
      OutboxMessage givenUp = load(db, id);
      assertEquals(OutboxState.GAVE_UP, givenUp.state());
      assertEquals(5, givenUp.attempts());
      assertEquals("HTTP 503 dari gateway", givenUp.lastError());

      List<FailedMessage> failed = db.inTransaction(em -> admin.failed(em, ADMIN));
      assertEquals(1, failed.size());
      assertEquals(new FailedMessage(id, NotificationEvent.READY_TO_COLLECT, Channel.GATEWAY, "PMH-2026-00001",
          OutboxState.GAVE_UP, 5, start, null, "HTTP 503 dari gateway"), failed.get(0));
      assertEquals(1L, db.inTransaction(em -> admin.counts(em, ADMIN)).get(Channel.GATEWAY).get(OutboxState.GAVE_UP));
      assertThrows(WorkflowException.class, () -> db.inTransaction(em -> admin.failed(em, Actor.of("kasi",
          Role.KASI_KABID))), "the outbox page is the administrator's");

      gateway.failing = false;
      db.inTransaction(em -> { admin.retry(em, ADMIN, id); return null; });
      assertThrows(WorkflowException.class, () -> db.inTransaction(em -> { admin.retry(em, ADMIN, id); return null; }),
          "only a given-up message is sent again");
      assertEquals(new Round(1, 0, 0), sender.sendDue(10));
      assertEquals(OutboxState.SENT, load(db, id).state());
      assertEquals(List.of(), db.inTransaction(em -> admin.failed(em, ADMIN)));
    }
  }

  /** Stands for the sender's process dying: thrown after the channel accepted the message. */
  private static final class Killed extends Error {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void aSenderThatDiesBetweenDeliveringAndMarkingLeavesTheMessageToTheNextAfterTheLeaseWithTheSameKey() {
    try (TestDatabase db = TestDatabase.create()) {
      Recording gateway = new Recording(clock);
      NotificationChannel dying = new NotificationChannel() {
        @Override
        public Channel channel() {
          return Channel.GATEWAY;
        }

        @Override
        public void deliver(OutgoingMessage message) throws DeliveryFailure {
          gateway.deliver(message);
          throw new Killed();
        }
      };
      long id = written(db, "key-3");
      OutboxSender first = new OutboxSender(transactor(db), List.of(dying), clock, POLICY, "node-a");
      assertThrows(Killed.class, () -> first.sendDue(10));
      OutboxSender second = new OutboxSender(transactor(db), List.of(gateway), clock, POLICY, "node-b");
      clock.advance(Duration.ofMinutes(1));
      assertEquals(new Round(0, 0, 0), second.sendDue(10), "still held by the dead sender's lease");
      clock.advance(Duration.ofMinutes(1).plusSeconds(1));
      assertEquals(new Round(1, 0, 0), second.sendDue(10));
      assertEquals(List.of("key-3", "key-3"), gateway.delivered.stream().map(OutgoingMessage::idempotencyKey).toList(),
          "delivered twice, recognisably the same message");
      assertEquals(OutboxState.SENT, load(db, id).state());
      assertNull(load(db, id).lastError());
      assertEquals(new Round(0, 0, 0), second.sendDue(10));
    }
  }
}
