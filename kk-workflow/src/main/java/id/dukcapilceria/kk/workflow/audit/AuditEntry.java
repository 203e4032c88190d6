package id.dukcapilceria.kk.workflow.audit;

import id.dukcapilceria.kk.workflow.permohonan.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit trail. Its position is gapless (1, 2, 3, ...) and is the primary key; its
 * hash is {@code SHA-256(canonical form + previousHash)} (the canonical form is described on
 * {@link #canonicalForm()}), and the first entry's previous hash is {@link #GENESIS_HASH}. Entries
 * are only ever created by {@link AuditTrail#append}; there are no setters.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
    name = AuditEntry.ABOUT_SUBJECT,
    query = "select e from AuditEntry e where e.subject = :subject order by e.position")
public class AuditEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The previous hash of the first entry, and the head's hash while the trail is empty. */
  public static final String GENESIS_HASH = "0".repeat(64);

  static final String ABOUT_SUBJECT = "AuditEntry.aboutSubject";

  @Id
  @Column(name = "entry_position")
  private long position;

  @Column(name = "at_time", nullable = false)
  private Instant at;

  @Column(name = "username", length = 60, nullable = false)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(name = "actor_role", length = 20)
  private Role role;

  @Column(name = "action_name", length = 40, nullable = false)
  private String action;

  @Column(name = "subject", length = 100)
  private String subject;

  @Column(name = "from_status", length = 30)
  private String fromStatus;

  @Column(name = "to_status", length = 30)
  private String toStatus;

  @Column(name = "reason", length = 1000)
  private String reason;

  @Column(name = "data_sha256", length = 64)
  private String dataSha256;

  @Column(name = "previous_hash", length = 64, nullable = false)
  private String previousHash;

  @Column(name = "entry_hash", length = 64, nullable = false)
  private String hash;

  protected AuditEntry() {
    // for JPA
  }

  AuditEntry(long position, AuditEvent event, String previousHash) {
    if (position < 1) {
      throw new IllegalArgumentException("Audit positions start at 1");
    }
    this.position = position;
    this.at = event.at();
    this.username = event.username();
    this.role = event.role();
    this.action = event.action();
    this.subject = event.subject();
    this.fromStatus = event.fromStatus();
    this.toStatus = event.toStatus();
    this.reason = event.reason();
    this.dataSha256 = event.dataSha256();
    this.previousHash = Objects.requireNonNull(previousHash, "previousHash");
    this.hash = content().hash(previousHash);
  }

  EntryContent content() {
    return new EntryContent(
        position,
        at,
        username,
        role == null ? null : role.name(),
        action,
        subject,
        fromStatus,
        toStatus,
        reason,
        dataSha256);
  }

  /**
   * The text that is hashed (before the previous hash is appended): {@code kk-audit-v1}, then for
   * each of position, at, username, role, action, subject, fromStatus, toStatus, reason and
   * dataSha256 a {@code "|"} followed by {@code "~"} for null or {@code <UTF-8 byte length>:<value>};
   * the instant is written as {@code <epoch seconds>.<9-digit nanoseconds>}, enum values by name.
   */
  public String canonicalForm() {
    return content().canonical();
  }

  public long position() {
    return position;
  }

  public Instant at() {
    return at;
  }

  public String username() {
    return username;
  }

  /** The role acted in; null when there was none (e.g. a failed login). */
  public Role role() {
    return role;
  }

  public String action() {
    return action;
  }

  /** What the action concerned, e.g. the application number; may be null. */
  public String subject() {
    return subject;
  }

  /** May be null. */
  public String fromStatus() {
    return fromStatus;
  }

  /** May be null. */
  public String toStatus() {
    return toStatus;
  }

  /** May be null. */
  public String reason() {
    return reason;
  }

  /** May be null. */
  public String dataSha256() {
    return dataSha256;
  }

  public String previousHash() {
    return previousHash;
  }

  public String hash() {
    return hash;
  }
}
