package id.dukcapilceria.kk.workflow.notification;

import id.dukcapilceria.kk.domain.kontak.MessageLanguage;
import java.util.Objects;

/**
 * One message as a channel delivers it. {@code idempotencyKey} is the same at every attempt of the
 * same message: a channel hands it to the receiver (an e-mail's Message-ID, a gateway's
 * Idempotency-Key header) so that a message sent twice is recognisably one.
 */
public record OutgoingMessage(
    String idempotencyKey, String recipient, MessageLanguage language, String subject, String body) {

  public OutgoingMessage {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
  }
}
