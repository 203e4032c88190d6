package id.dukcapilceria.kk.portal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.dukcapilceria.kk.portal.schema.SchemaMigrator;
import id.dukcapilceria.kk.workflow.notification.OutboxSender;
import id.dukcapilceria.kk.workflow.notification.OutboxSender.Round;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

/**
 * Must show of issue 23: a sender killed between the SMTP server's acceptance and the marking, and
 * restarted, delivers every event, the one in flight twice with the same Message-ID and
 * idempotency key, so that the receiver, dropping what it has seen, keeps exactly one message per
 * event. The sender runs in its own JVM, killed with SIGKILL; the database is a Derby file both
 * processes open in turn, the SMTP server GreenMail in this JVM.
 */
class OutboxKillTest {

  private static final int EVENTS = 3;

  @Test
  void aSenderKilledBetweenSendingAndMarkingLeavesExactlyOneMessagePerEventForTheReceiver() throws Exception {
    Path folder = Files.createTempDirectory(Path.of("target"), "outbox-kill-");
    String url = "jdbc:derby:" + folder.resolve("db").toAbsolutePath();
    int port = SmtpChannelTest.freePort();
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      EmbeddedDataSource created = new EmbeddedDataSource();
      created.setDatabaseName(folder.resolve("db").toAbsolutePath().toString());
      created.setCreateDatabase("create");
      SchemaMigrator.Migrations.flyway(created, getClass().getClassLoader()).migrate();
      try (Connection connection = created.getConnection()) {
        for (int i = 1; i <= EVENTS; i++) {
          write(connection, i);
        }
      }
      shutDown(url);

      Process sender = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"),
          "-Dderby.stream.error.file=" + folder.resolve("derby-child.log"),
          OutboxSenderProcess.class.getName(), url, String.valueOf(port), folder.toString(), "2")
          .redirectErrorStream(true)
          .redirectOutput(folder.resolve("sender.log").toFile())
          .start();
      Path held = folder.resolve("held");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      while (!Files.exists(held) && sender.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertTrue(Files.exists(held), "the sender delivered two messages: " + Files.readString(folder.resolve("sender.log")));
      sender.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no marking
      assertTrue(sender.waitFor(30, TimeUnit.SECONDS));
      String heldKey = Files.readString(held);
      assertEquals(2, smtp.getReceivedMessages().length, "accepted before the kill");
      assertEquals(Map.of("SENT", 1L, "PENDING", 2L), states(url), "the second was delivered, never marked");

      // the restarted sender, once the dead one's lease has run out
      EntityManagerFactory factory = OutboxSenderProcess.factory(url);
      try {
        Clock afterLease = Clock.offset(Clock.systemUTC(), OutboxSenderProcess.LEASE.plusSeconds(1));
        OutboxSender restarted = new OutboxSender(OutboxSenderProcess.transactor(factory),
            List.of(SmtpChannelTest.channel(port)), afterLease, OutboxSenderProcess.policy(), "restarted");
        assertEquals(new Round(2, 0, 0), restarted.sendDue(10));
        assertEquals(new Round(0, 0, 0), restarted.sendDue(10), "nothing a third time");
      } finally {
        factory.close();
      }
      assertTrue(smtp.waitForIncomingEmail(5000, EVENTS + 1));

      MimeMessage[] received = smtp.getReceivedMessages();
      assertEquals(EVENTS + 1, received.length, "at least once: the one in flight arrived twice");
      Map<String, List<String>> keysById = new TreeMap<>();
      for (MimeMessage message : received) {
        keysById.computeIfAbsent(message.getMessageID(), id -> new java.util.ArrayList<>())
            .add(message.getHeader("X-KK-Idempotency-Key")[0]);
      }
      assertEquals(EVENTS, keysById.size(), "exactly one message per event for a receiver that drops a seen Message-ID");
      List<String> twice = keysById.values().stream().filter(keys -> keys.size() == 2).flatMap(List::stream).toList();
      assertEquals(List.of(heldKey, heldKey), twice, "the duplicate is the one the kill interrupted, with the same key");
      assertEquals(Map.of("SENT", (long) EVENTS), states(url));
    } finally {
      smtp.stop();
      shutDown(url);
    }
  }

  private static void write(Connection connection, int event) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_message (id, idempotency_key,"
        + " event, channel, permohonan_nomor, recipient, language, subject, body, state, created_at, attempts,"
        + " next_attempt_at) VALUES (?, ?, 'READY_TO_COLLECT', 'EMAIL', ?, ?, 'id', ?, ?, 'PENDING', ?, 0, ?)")) {
      Timestamp now = Timestamp.from(Instant.now().minus(Duration.ofMinutes(1)).plusSeconds(event));
      String nomor = String.format("PMH-2026-%05d", event);
      insert.setLong(1, event);
      insert.setString(2, String.format("%040d", event));
      insert.setString(3, nomor);
      insert.setString(4, "warga" + event + "@contoh.id");
      insert.setString(5, "KK untuk permohonan " + nomor + " siap diambil");
      insert.setString(6, "Kartu Keluarga untuk permohonan " + nomor + " siap diambil.");
      insert.setTimestamp(7, now);
      insert.setTimestamp(8, now);
      insert.executeUpdate();
    }
  }

  private static Map<String, Long> states(String url) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        ResultSet rows = connection.createStatement().executeQuery("SELECT state FROM outbox_message")) {
      List<String> states = new java.util.ArrayList<>();
      while (rows.next()) {
        states.add(rows.getString(1));
      }
      return states.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    } finally {
      shutDown(url);
    }
  }

  /** Closes the database in this JVM, so that another process may open it. */
  private static void shutDown(String url) {
    try {
      DriverManager.getConnection(url + ";shutdown=true").close();
    } catch (SQLException expected) {
      // Derby reports a database shut down with SQLState 08006, or XJ004 when it was not open
    }
  }

  static String describe(MimeMessage[] messages) {
    return Arrays.toString(messages);
  }
}
