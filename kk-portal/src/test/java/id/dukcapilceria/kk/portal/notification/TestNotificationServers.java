package id.dukcapilceria.kk.portal.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The SMTP server (GreenMail) and the WhatsApp/SMS gateway ({@link RecordingGateway}) that the
 * portal under test is configured to notify through (pom.xml, {@code kk.it.notify}): started once
 * per test JVM, on the ports the build reserves, stopped when it exits.
 */
public final class TestNotificationServers {

  private static GreenMail smtp;
  private static RecordingGateway gateway;

  private TestNotificationServers() {}

  public static synchronized void ensureRunning() {
    if (smtp != null) {
      return;
    }
    GreenMail mail = new GreenMail(new ServerSetup(Integer.getInteger("kk.it.smtp.port", 33925), "127.0.0.1",
        ServerSetup.PROTOCOL_SMTP));
    mail.start();
    try {
      gateway = new RecordingGateway(Integer.getInteger("kk.it.gateway.port", 33926));
    } catch (IOException e) {
      mail.stop();
      throw new UncheckedIOException(e);
    }
    smtp = mail;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      smtp.stop();
      gateway.close();
    }));
  }

  public static GreenMail smtp() {
    ensureRunning();
    return smtp;
  }

  public static RecordingGateway gateway() {
    ensureRunning();
    return gateway;
  }

  /**
   * The text of the first e-mail to {@code address} whose subject is {@code subject}, waiting up to
   * 30 s for it; white space folded to single spaces.
   */
  public static String mailText(String address, String subject) throws Exception {
    long until = System.nanoTime() + 30_000_000_000L;
    while (true) {
      for (jakarta.mail.internet.MimeMessage m : smtp().getReceivedMessages()) {
        if (subject.equals(m.getSubject()) && m.getAllRecipients()[0].toString().equals(address)) {
          return ((String) m.getContent()).replaceAll("\\s+", " ");
        }
      }
      if (System.nanoTime() > until) {
        throw new AssertionError("no e-mail '" + subject + "' to " + address);
      }
      Thread.sleep(200);
    }
  }
}
