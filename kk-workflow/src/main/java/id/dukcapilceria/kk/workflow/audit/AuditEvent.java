package id.dukcapilceria.kk.workflow.audit;

import id.dukcapilceria.kk.workflow.permohonan.Role;
import id.dukcapilceria.kk.workflow.permohonan.StepRecord;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Something to record in the audit trail, before it has a position and a hash.
 *
 * <p>The instant is truncated to milliseconds, so that it survives a round trip through every
 * supported database (PostgreSQL keeps microseconds) and the hash computed when appending is the
 * hash recomputed when verifying.
 *
 * @param at when it happened (required; truncated to milliseconds)
 * @param username who did it, or the name typed in a failed login (required, at most 60 characters)
 * @param role the role acted in; null when there is none (e.g. a failed login)
 * @param action what happened: a {@link id.dukcapilceria.kk.workflow.permohonan.Transition} name
 *     or a portal event such as {@link #LOGIN}; free text, at most 40 characters
 * @param subject what it happened to, e.g. the application number; nullable, at most 100
 *     characters
 * @param fromStatus status before a transition; nullable, at most 30 characters
 * @param toStatus status after a transition; nullable, at most 30 characters
 * @param reason the reason given; nullable, at most 1000 characters
 * @param dataSha256 fingerprint of the data concerned (64 lower-case hex); nullable
 */
public record AuditEvent(
    Instant at,
    String username,
    Role role,
    String action,
    String subject,
    String fromStatus,
    String toStatus,
    String reason,
    String dataSha256) {

  public static final String LOGIN = "LOGIN";
  public static final String LOGIN_FAILED = "LOGIN_FAILED";
  /** A sign-in refused unchecked because the name must still wait after wrong passwords (at most one a minute per name). */
  public static final String LOGIN_LOCKED = "LOGIN_LOCKED";
  /**
   * Sign-ins with user names that do not exist, summed up (one entry for many, the subject holds
   * how many): a flood of made-up names cannot fill the audit trail.
   */
  public static final String LOGIN_UNKNOWN_NAMES = "LOGIN_UNKNOWN_NAMES";
  /** The administrator sealed the chain's head outside the database; the subject is the position. */
  public static final String AUDIT_SEALED = "AUDIT_SEALED";
  /**
   * A backup of the database, the documents and the seals was taken (by the administrator, or "-"
   * for the nightly one); the subject is the backup's folder name.
   */
  public static final String BACKUP_TAKEN = "BACKUP_TAKEN";
  /** The Kadis typed a wrong signing passphrase (the passphrase itself is never recorded). */
  public static final String PASSPHRASE_WRONG = "PASSPHRASE_WRONG";
  /**
   * The signing authority did not sign (other than a wrong passphrase); the subject holds the
   * application's number, if one was being signed, and the reason.
   */
  public static final String SIGNING_REFUSED = "SIGNING_REFUSED";
  public static final String ACCESS_DENIED = "ACCESS_DENIED";
  public static final String DOCUMENT_DOWNLOADED = "DOCUMENT_DOWNLOADED";
  /** An application's data (every member's NIK and details) shown to an officer or another system. */
  public static final String PERMOHONAN_READ = "PERMOHONAN_READ";
  /** A card drawn as a preview for an officer before signing: it shows every member's NIK. */
  public static final String CARD_PREVIEWED = "CARD_PREVIEWED";
  /**
   * A page of the buku register shown to an officer or another system (numbers of KK and names of
   * heads of family); the subject is the year and the rows.
   */
  public static final String BUKU_REGISTER_READ = "BUKU_REGISTER_READ";
  /** A page of the buku permasalahan shown (what was wrong with whose application); the subject is the rows. */
  public static final String BUKU_PERMASALAHAN_READ = "BUKU_PERMASALAHAN_READ";
  /** A register (buku register or buku permasalahan) downloaded as a file. */
  public static final String REGISTER_EXPORTED = "REGISTER_EXPORTED";
  /** Administration: a portal user created; the subject is the new user name. */
  public static final String USER_CREATED = "USER_CREATED";
  /** Administration: a user may no longer sign in. */
  public static final String USER_DISABLED = "USER_DISABLED";
  public static final String USER_ENABLED = "USER_ENABLED";
  /** Administration: an administrator set a new password (the password itself is never recorded). */
  public static final String USER_PASSWORD_RESET = "USER_PASSWORD_RESET";
  /** Administration: role and/or nagari changed; the reason holds old and new. */
  public static final String USER_ROLE_CHANGED = "USER_ROLE_CHANGED";
  /** A user set up an authenticator app for the second factor (the secret is never recorded). */
  public static final String SECOND_FACTOR_ENROLLED = "SECOND_FACTOR_ENROLLED";
  /** Administration: a user's authenticator removed (a lost phone); they enrol again. */
  public static final String SECOND_FACTOR_RESET = "SECOND_FACTOR_RESET";
  /** Administration: a Kadis account designated to act for the head (Plh./Plt.); the reason holds capacity, name and period. */
  public static final String ACTING_DESIGNATED = "ACTING_DESIGNATED";
  /** Administration: a designation ended before its time. */
  public static final String ACTING_REVOKED = "ACTING_REVOKED";
  /** A nagari operator gave a citizen a new tanda terima: a new kode lacak, the old one void. */
  public static final String TRACKING_CODE_REISSUED = "TRACKING_CODE_REISSUED";
  /** A user set or removed the address their notifications go to (the address itself is not recorded). */
  public static final String NOTIFICATION_ADDRESS_CHANGED = "NOTIFICATION_ADDRESS_CHANGED";
  /** Administration: a given-up notification sent again; the subject is the application, the reason what and how. */
  public static final String NOTIFICATION_RETRY = "NOTIFICATION_RETRY";
  /** Administration: a stored setting changed; the subject is its key, the reason old and new. */
  public static final String SETTING_CHANGED = "SETTING_CHANGED";

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  public AuditEvent {
    at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MILLIS);
    requireText(username, "username", 60);
    requireText(action, "action", 40);
    limit(subject, "subject", 100);
    limit(fromStatus, "fromStatus", 30);
    limit(toStatus, "toStatus", 30);
    limit(reason, "reason", 1000);
    if (dataSha256 != null && !SHA256_HEX.matcher(dataSha256).matches()) {
      throw new IllegalArgumentException("dataSha256 must be 64 lower-case hex digits");
    }
  }

  /** A completed workflow transition of the application {@code nomorPermohonan}. */
  public static AuditEvent transition(String nomorPermohonan, StepRecord step) {
    Objects.requireNonNull(nomorPermohonan, "nomorPermohonan");
    String reason = step.reason();
    return new AuditEvent(
        step.at(),
        step.username(),
        step.role(),
        step.transition().name(),
        nomorPermohonan,
        step.from().map(Enum::name).orElse(null),
        step.to().name(),
        reason == null || reason.isBlank() ? null : reason,
        step.dataFingerprint());
  }

  /** An event that is not a transition (login, refused access, download, ...). */
  public static AuditEvent of(
      Instant at, String username, Role role, String action, String subject, String reason) {
    return new AuditEvent(at, username, role, action, subject, null, null, reason, null);
  }

  private static void requireText(String value, String name, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    limit(value, name, max);
  }

  private static void limit(String value, String name, int max) {
    if (value != null && value.length() > max) {
      throw new IllegalArgumentException(name + " is longer than " + max + " characters");
    }
  }
}
