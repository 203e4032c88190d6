package id.dukcapilceria.kk.workflow.notification;

import id.dukcapilceria.kk.domain.kontak.MessageLanguage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One notification waiting in, or gone through, the outbox. Written by {@link Notifications} in the
 * step's transaction; claimed, delivered and marked by {@link OutboxSender}. Its idempotency key is
 * unique: the same step cannot write the same message twice, and the receiver sees the same key at
 * every attempt. Once sent, the recipient and the text are cleared (data minimisation, UU 27/2022):
 * what stays is that it was sent, when, and under which key.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int MAX_ERROR = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
  @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 20)
  private Long id;

  @Column(name = "idempotency_key", length = 64, nullable = false, unique = true)
  private String idempotencyKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "event", length = 30, nullable = false)
  private NotificationEvent event;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", length = 10, nullable = false)
  private Channel channel;

  @Column(name = "permohonan_nomor", length = 20, nullable = false)
  private String permohonanNomor;

  @Column(name = "recipient", length = 254)
  private String recipient;

  @Column(name = "language", length = 2, nullable = false)
  private String language;

  @Column(name = "subject", length = 200)
  private String subject;

  @Column(name = "body", length = 2000)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 10, nullable = false)
  private OutboxState state;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "claimed_by", length = 60)
  private String claimedBy;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  @Column(name = "last_error", length = MAX_ERROR)
  private String lastError;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected OutboxMessage() {
    // for JPA
  }

  OutboxMessage(String idempotencyKey, NotificationEvent event, Channel channel, String permohonanNomor,
      String recipient, MessageLanguage language, String subject, String body, Instant now) {
    this.idempotencyKey = Objects.requireNonNull(idempotencyKey);
    this.event = Objects.requireNonNull(event);
    this.channel = Objects.requireNonNull(channel);
    this.permohonanNomor = Objects.requireNonNull(permohonanNomor);
    this.recipient = Objects.requireNonNull(recipient);
    this.language = language.tag();
    this.subject = fit(subject, 200);
    this.body = fit(body, 2000);
    this.state = OutboxState.PENDING;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  void markSent(Instant now) {
    state = OutboxState.SENT;
    sentAt = now;
    attempts++;
    claimedUntil = null;
    lastError = null;
    recipient = null;
    body = null;
  }

  void markFailed(String error, Instant now, RetryPolicy policy) {
    attempts++;
    lastError = fit(error == null ? "?" : error, MAX_ERROR);
    claimedUntil = null;
    if (attempts >= policy.maxAttempts()) {
      state = OutboxState.GAVE_UP;
    } else {
      nextAttemptAt = now.plus(policy.delayAfter(attempts));
    }
  }

  /** An administrator sends a given-up message again: from now, with a fresh count of attempts. */
  void retryNow(Instant now) {
    state = OutboxState.PENDING;
    attempts = 0;
    nextAttemptAt = now;
    claimedUntil = null;
  }

  String claimedBy() {
    return claimedBy;
  }

  /** {@code text} cut to {@code max} characters, for a column of that width. */
  static String fit(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  OutgoingMessage outgoing() {
    return new OutgoingMessage(idempotencyKey, recipient, MessageLanguage.ofTag(language), subject, body);
  }

  public Long id() {
    return id;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  public NotificationEvent event() {
    return event;
  }

  public Channel channel() {
    return channel;
  }

  public String permohonanNomor() {
    return permohonanNomor;
  }

  public OutboxState state() {
    return state;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public String lastError() {
    return lastError;
  }

  public java.util.Optional<Instant> sentAt() {
    return java.util.Optional.ofNullable(sentAt);
  }

  /** The recipient while the message waits; empty once sent. For the sender and tests, never listed. */
  public java.util.Optional<String> recipient() {
    return java.util.Optional.ofNullable(recipient);
  }

  /** The text while the message waits; empty once sent. */
  public java.util.Optional<String> body() {
    return java.util.Optional.ofNullable(body);
  }

  public String subject() {
    return subject;
  }
}
