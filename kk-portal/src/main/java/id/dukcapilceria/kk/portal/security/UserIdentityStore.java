package id.dukcapilceria.kk.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import id.dukcapilceria.kk.workflow.audit.AuditEvent;
import java.util.Set;
import java.util.logging.Logger;

/** Checks a login against the users in the database; the user's role becomes their one group. */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {

  private static final Logger LOG = Logger.getLogger(UserIdentityStore.class.getName());
  /** Hash of a random password: unknown users cost the same time as known ones. */
  private static final char[] DUMMY = "no-such-user-placeholder".toCharArray();

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject AuditLog audit;
  @Inject LoginThrottle throttle;
  @Inject HttpServletRequest request;

  private volatile String dummyHash;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    if (throttle.isLocked(login.getCaller())) {
      LOG.info(() -> "Login refused: too many wrong passwords for this name");
      audit.record(truncated(login.getCaller()), null, AuditEvent.LOGIN_LOCKED, null);
      return CredentialValidationResult.INVALID_RESULT;
    }
    PortalUser user = em.find(PortalUser.class, login.getCaller());
    if (user == null || !user.isActive()) {
      hasher.matches(login.getPassword().getValue(), dummyHash());
      LOG.info(() -> "Login refused for unknown or inactive user");
      audit.record(truncated(login.getCaller()), null, AuditEvent.LOGIN_FAILED, null);
      throttle.failed(login.getCaller());
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!hasher.matches(login.getPassword().getValue(), user.passwordHash())) {
      LOG.info(() -> "Login refused: wrong password for " + user.username());
      audit.record(user.username(), user.role(), AuditEvent.LOGIN_FAILED, null);
      throttle.failed(login.getCaller());
      return CredentialValidationResult.INVALID_RESULT;
    }
    throttle.succeeded(login.getCaller());
    renewSessionId();
    audit.record(user.username(), user.role(), AuditEvent.LOGIN, null);
    return new CredentialValidationResult(user.username(), Set.of(user.role().name()));
  }

  /**
   * A new session id at login: an id someone planted or read before the login (session fixation)
   * is worth nothing afterwards. The session's content (the page to return to) is kept.
   */
  private void renewSessionId() {
    try {
      if (request.getSession(false) != null) {
        request.changeSessionId();
      }
    } catch (IllegalStateException e) {
      // not inside an HTTP request (e.g. a programmatic check): no session to renew
    }
  }

  /** What was typed as a user name, cut to the audit field's size; it may be anything. */
  private static String truncated(String typed) {
    String name = typed == null || typed.isBlank() ? "-" : typed.strip();
    return name.length() > 60 ? name.substring(0, 60) : name;
  }

  private String dummyHash() {
    if (dummyHash == null) {
      dummyHash = hasher.hash(DUMMY);
    }
    return dummyHash;
  }
}
