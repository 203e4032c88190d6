package id.dukcapilceria.kk.portal.notification;

import id.dukcapilceria.kk.workflow.notification.Channel;
import id.dukcapilceria.kk.workflow.notification.DeliveryFailure;
import id.dukcapilceria.kk.workflow.notification.NotificationChannel;
import id.dukcapilceria.kk.workflow.notification.OutboxSender;
import id.dukcapilceria.kk.workflow.notification.OutgoingMessage;
import id.dukcapilceria.kk.workflow.notification.RetryPolicy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The outbox's sender in a process of its own, for {@link OutboxKillTest}: it delivers through the
 * real SMTP channel and, after the {@code holdAfter}-th message the server accepted, writes {@code
 * held} and waits inside the delivery, before the message is marked, until it is killed.
 *
 * <p>Arguments: JDBC URL, SMTP port, folder for the marker, holdAfter.
 */
public final class OutboxSenderProcess {

  /** The lease both this process and the restarted sender use. */
  static final Duration LEASE = Duration.ofSeconds(3);

  private OutboxSenderProcess() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    int port = Integer.parseInt(args[1]);
    Path folder = Path.of(args[2]);
    int holdAfter = Integer.parseInt(args[3]);
    EntityManagerFactory factory = factory(url);
    SmtpChannel smtp = SmtpChannelTest.channel(port);
    AtomicInteger delivered = new AtomicInteger();
    NotificationChannel holding = new NotificationChannel() {
      @Override
      public Channel channel() {
        return Channel.EMAIL;
      }

      @Override
      public void deliver(OutgoingMessage message) throws DeliveryFailure {
        smtp.deliver(message);
        if (delivered.incrementAndGet() == holdAfter) {
          try {
            Files.writeString(folder.resolve("held"), message.idempotencyKey());
            Thread.sleep(Long.MAX_VALUE);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }
      }
    };
    OutboxSender sender = new OutboxSender(transactor(factory), List.of(holding), Clock.systemUTC(), policy(),
        "killed-process");
    while (true) {
      sender.sendDue(10);
      Thread.sleep(200);
    }
  }

  static RetryPolicy policy() {
    return new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(2), 3, LEASE);
  }

  static EntityManagerFactory factory(String url) {
    return Persistence.createEntityManagerFactory("kk-outbox-test", Map.of(
        "jakarta.persistence.jdbc.driver", "org.apache.derby.iapi.jdbc.AutoloadedDriver",
        "jakarta.persistence.jdbc.url", url));
  }

  static OutboxSender.Transactor transactor(EntityManagerFactory factory) {
    return new OutboxSender.Transactor() {
      @Override
      public <T> T call(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
          em.getTransaction().begin();
          T result = work.apply(em);
          em.getTransaction().commit();
          return result;
        } finally {
          if (em.getTransaction().isActive()) {
            em.getTransaction().rollback();
          }
          em.close();
        }
      }
    };
  }
}
