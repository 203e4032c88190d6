package id.dukcapilceria.kk.portal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.dukcapilceria.kk.domain.kontak.MessageLanguage;
import id.dukcapilceria.kk.workflow.notification.DeliveryFailure;
import id.dukcapilceria.kk.workflow.notification.OutgoingMessage;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The e-mail channel against a real SMTP server (GreenMail) on this machine. */
class SmtpChannelTest {

  private GreenMail smtp;
  private int port;

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @BeforeEach
  void start() throws IOException {
    port = freePort();
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void stop() {
    smtp.stop();
  }

  static SmtpChannel channel(int port) throws Exception {
    return new SmtpChannel("127.0.0.1", port, SmtpChannel.Security.NONE, Optional.empty(), "",
        new InternetAddress("Disdukcapil Padang Pariaman <noreply@disdukcapil.example.go.id>", true));
  }

  @Test
  void aMessageArrivesWithItsIdempotencyKeyAsMessageIdInTheRecipientsLanguage() throws Exception {
    channel(port).deliver(new OutgoingMessage("0123456789abcdef0123456789abcdef01234567", "siti@contoh.id",
        MessageLanguage.INDONESIAN, "KK untuk permohonan PMH-2026-00001 siap diambil",
        "Kartu Keluarga untuk permohonan PMH-2026-00001 sudah ditandatangani dan siap diambil di kantor nagari Lubuk Alung."));
    assertTrue(smtp.waitForIncomingEmail(5000, 1));
    MimeMessage received = smtp.getReceivedMessages()[0];
    assertEquals("<0123456789abcdef0123456789abcdef01234567@disdukcapil.example.go.id>", received.getMessageID());
    assertEquals("0123456789abcdef0123456789abcdef01234567", received.getHeader("X-KK-Idempotency-Key")[0]);
    assertEquals("auto-generated", received.getHeader("Auto-Submitted")[0]);
    assertEquals("id", received.getHeader("Content-Language")[0]);
    assertEquals("siti@contoh.id", ((InternetAddress) received.getRecipients(Message.RecipientType.TO)[0]).getAddress());
    assertEquals("KK untuk permohonan PMH-2026-00001 siap diambil", received.getSubject());
    assertTrue(((String) received.getContent()).contains("siap diambil di kantor nagari Lubuk Alung."));
  }

  @Test
  void aServerThatIsNotThereIsADeliveryFailureThatNamesNoAddress() throws Exception {
    int nobody = freePort();
    DeliveryFailure failure = assertThrows(DeliveryFailure.class, () -> channel(nobody).deliver(
        new OutgoingMessage("k", "siti@contoh.id", MessageLanguage.INDONESIAN, "s", "b")));
    assertTrue(failure.getMessage().startsWith("SMTP: "), failure.getMessage());
    assertFalse(failure.getMessage().contains("siti@contoh.id"), failure.getMessage());
  }

  @Test
  void redactionKeepsAddressesAndNumbersOutOfWhatTheAdministratorReads() {
    assertEquals("550 5.1.1 <[alamat]>: mailbox unavailable; [nomor] rejected",
        Redaction.of("550 5.1.1 <siti@contoh.id>: mailbox unavailable;\r\n+62 812-3456-7890 rejected"));
  }
}
