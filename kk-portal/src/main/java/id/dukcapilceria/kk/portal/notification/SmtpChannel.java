package id.dukcapilceria.kk.portal.notification;

import id.dukcapilceria.kk.workflow.notification.Channel;
import id.dukcapilceria.kk.workflow.notification.DeliveryFailure;
import id.dukcapilceria.kk.workflow.notification.NotificationChannel;
import id.dukcapilceria.kk.workflow.notification.OutgoingMessage;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;

/**
 * E-mail over SMTP (Jakarta Mail). The message's idempotency key is its {@code Message-ID} and its
 * {@code X-KK-Idempotency-Key}: a message sent again after a crash between delivering and marking
 * has the same ones, and mail clients and servers that drop duplicates by Message-ID show it once.
 * {@code Auto-Submitted: auto-generated} (RFC 3834) keeps auto-replies away.
 */
public final class SmtpChannel implements NotificationChannel {

  /** How the connection is protected. */
  public enum Security {
    /** Plain connection upgraded with STARTTLS, which must succeed. */
    STARTTLS,
    /** TLS from the start (SMTPS). */
    SSL,
    /** No TLS: only for a relay on the same host or network segment. */
    NONE
  }

  /** Connect, read and write time-outs: a hanging server holds a message for this long at most. */
  private static final String TIMEOUT_MILLIS = "15000";

  private final Session session;
  private final InternetAddress from;
  private final String messageIdDomain;

  public SmtpChannel(String host, int port, Security security, Optional<String> user, String password,
      InternetAddress from) {
    Properties properties = new Properties();
    String protocol = security == Security.SSL ? "smtps" : "smtp";
    properties.put("mail.transport.protocol", protocol);
    properties.put("mail." + protocol + ".host", host);
    properties.put("mail." + protocol + ".port", String.valueOf(port));
    properties.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MILLIS);
    properties.put("mail." + protocol + ".timeout", TIMEOUT_MILLIS);
    properties.put("mail." + protocol + ".writetimeout", TIMEOUT_MILLIS);
    if (security == Security.STARTTLS) {
      properties.put("mail.smtp.starttls.enable", "true");
      properties.put("mail.smtp.starttls.required", "true");
    }
    if (security != Security.NONE) {
      properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
    }
    Authenticator authenticator = null;
    if (user.isPresent()) {
      properties.put("mail." + protocol + ".auth", "true");
      PasswordAuthentication credentials = new PasswordAuthentication(user.get(), password);
      authenticator = new Authenticator() {
        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
          return credentials;
        }
      };
    }
    this.session = Session.getInstance(properties, authenticator);
    this.from = from;
    String address = from.getAddress();
    this.messageIdDomain = address.substring(address.lastIndexOf('@') + 1);
  }

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  @Override
  public void deliver(OutgoingMessage message) throws DeliveryFailure {
    String messageId = "<" + message.idempotencyKey() + "@" + messageIdDomain + ">";
    try {
      MimeMessage mime = new MimeMessage(session) {
        @Override
        protected void updateMessageID() throws MessagingException {
          setHeader("Message-ID", messageId);
        }
      };
      mime.setFrom(from);
      mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.recipient(), true));
      mime.setSubject(message.subject(), "UTF-8");
      mime.setText(message.body(), "UTF-8");
      mime.setSentDate(new Date());
      mime.setHeader("Content-Language", message.language().tag());
      mime.setHeader("X-KK-Idempotency-Key", message.idempotencyKey());
      mime.setHeader("Auto-Submitted", "auto-generated");
      Transport.send(mime);
    } catch (AddressException e) {
      throw new DeliveryFailure("SMTP: alamat penerima tidak dapat dipakai");
    } catch (MessagingException e) {
      throw new DeliveryFailure("SMTP: " + Redaction.of(e));
    }
  }
}
