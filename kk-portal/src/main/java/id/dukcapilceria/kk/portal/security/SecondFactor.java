package id.dukcapilceria.kk.portal.security;

import id.dukcapilceria.kk.portal.config.Settings;
import id.dukcapilceria.kk.workflow.audit.AuditEvent;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The second factor of a sign-in (verifikasi dua langkah): a six-digit code from an authenticator
 * app ({@link Totp}). A user who enrolled one gives its code at every sign-in, on the login page or
 * in the API's {@code X-Kode-Autentikator} header; a user whose role requires one ({@link
 * Settings#secondFactorRoles}) and has none yet may, after the password, open only the enrolment
 * page ({@link WorkspaceAccessFilter}) and is refused by the API.
 *
 * <p>The secret is stored encrypted with a key outside the database ({@link SecondFactorKey}). Each
 * code is good once: the step of the last
 * code accepted is kept and the row is locked while a code is checked, so two requests with one
 * code cannot both pass.
 */
@ApplicationScoped
public class SecondFactor {

  /** The name an authenticator app shows above the codes. */
  static final String ISSUER = "Dukcapil Ceria KK";

  @PersistenceContext EntityManager em;
  @Inject Settings settings;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject SecondFactorKey keys;

  /** A secret offered for enrolment, with the link its QR code carries. */
  public record Enrolment(String secret, String uri) implements java.io.Serializable {}

  /** Whether this user must enrol an authenticator before they may do anything else. */
  public boolean mustEnrol(PortalUser user) {
    return !user.hasSecondFactor() && settings.secondFactorRoles().contains(user.role());
  }

  /** Whether users of this role must use the second factor (the enrolment page says so). */
  public boolean required(Role role) {
    return settings.secondFactorRoles().contains(role);
  }

  /** Whether this user has enrolled an authenticator. */
  public boolean enrolled(String username) {
    PortalUser user = em.find(PortalUser.class, username);
    return user != null && user.hasSecondFactor();
  }

  /** What a code given at sign-in turned out to be. */
  public enum Check {
    ACCEPTED,
    /** Not a code of this authenticator now (or none given). */
    WRONG,
    /** A good code that was used before: someone may have seen it (ASVS V2.8.5), audited as such. */
    REUSED
  }

  /** Checks a code of the user's authenticator; a good code is used up here. */
  @Transactional
  public Check accept(String username, String code) {
    PortalUser user = em.find(PortalUser.class, username, LockModeType.PESSIMISTIC_WRITE);
    if (user == null || !user.hasSecondFactor()) {
      return Check.WRONG;
    }
    Optional<String> secret = keys.open(user.username(), user.secondFactorSecret());
    if (secret.isEmpty()) {
      return Check.WRONG;
    }
    OptionalLong step = Totp.matchingStep(secret.get(), code, clock.instant(), user.secondFactorStep());
    if (step.isPresent()) {
      user.usedSecondFactorStep(step.getAsLong());
      return Check.ACCEPTED;
    }
    return Totp.matchingStep(secret.get(), code, clock.instant(), Long.MIN_VALUE).isPresent() ? Check.REUSED : Check.WRONG;
  }

  /** A new secret for the enrolment page; nothing is stored until a code of it is confirmed. */
  public Enrolment newEnrolment(String username) {
    String secret = Totp.newSecret();
    return new Enrolment(secret, Totp.enrolmentUri(ISSUER, username, secret));
  }

  /** Why an enrolment was not stored. */
  public enum Refusal {
    /** The code is not the app's current code for this secret. */
    WRONG_CODE,
    /** The user has an authenticator already; only the administrator removes it. */
    ALREADY_ENROLLED
  }

  /**
   * Stores the secret once the user typed its current code (proof that the app holds it), for the
   * signed-in user only, audited.
   *
   * @return the refusal, or empty when the authenticator is now the user's
   */
  @Transactional
  public Optional<Refusal> enrol(Actor actor, String secret, String code) {
    PortalUser user = em.find(PortalUser.class, actor.username(), LockModeType.PESSIMISTIC_WRITE);
    if (user == null || !user.isActive()) {
      throw new IllegalStateException("The signed-in user no longer exists or is inactive");
    }
    if (user.hasSecondFactor()) {
      return Optional.of(Refusal.ALREADY_ENROLLED);
    }
    OptionalLong step = Totp.matchingStep(secret, code, clock.instant(), 0);
    if (step.isEmpty()) {
      return Optional.of(Refusal.WRONG_CODE);
    }
    user.enrolSecondFactor(keys.seal(user.username(), secret), step.getAsLong());
    audit.recordWithChange(user.username(), user.role(), AuditEvent.SECOND_FACTOR_ENROLLED, user.username(), null);
    return Optional.empty();
  }
}
