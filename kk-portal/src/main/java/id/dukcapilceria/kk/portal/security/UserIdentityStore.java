package id.dukcapilceria.kk.portal.security;

import id.dukcapilceria.kk.workflow.audit.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Checks a sign-in against the users in the database; the user's role becomes their one group.
 * What an attacker can make it do is bounded: a name that must still wait ({@link LoginThrottle})
 * is refused without a check; an unknown name is refused after a pause as long as a check, with no
 * hash computed; unknown names reach the audit trail summed up, at most one entry a minute, and a
 * waiting name at most one entry a minute per name. A user with an authenticator ({@link
 * SecondFactor}) must send its current code too; a wrong code counts as a wrong password.
 */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {

  private static final Logger LOG = Logger.getLogger(UserIdentityStore.class.getName());
  private static final Duration SUMMARY_EVERY = Duration.ofMinutes(1);

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject AuditLog audit;
  @Inject LoginThrottle throttle;
  @Inject ClientAddress clientAddress;
  @Inject HttpServletRequest request;
  @Inject Clock clock;
  @Inject SignedInSessions sessions;
  @Inject SecondFactor secondFactor;

  /** The login form's field for the authenticator's code. */
  public static final String CODE_FIELD = "j_kode";
  /** The API's header for the authenticator's code. */
  public static final String CODE_HEADER = "X-Kode-Autentikator";

  private final AtomicLong unknownNames = new AtomicLong();
  private volatile Instant lastSummary = Instant.EPOCH;
  private final Map<String, Instant> lastWaitingEntry = new ConcurrentHashMap<>();

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String address = address();
    if (!throttle.waitFor(login.getCaller(), address).isZero()) {
      LOG.fine("Sign-in refused unchecked: the name must still wait after wrong passwords");
      PortalUser known = em.find(PortalUser.class, login.getCaller());
      if (known != null && firstThisMinute(known.username())) {
        audit.record(known.username(), known.role(), AuditEvent.LOGIN_LOCKED, address);
      }
      return CredentialValidationResult.INVALID_RESULT;
    }
    PortalUser user = em.find(PortalUser.class, login.getCaller());
    if (user == null || !user.isActive()) {
      hasher.pauseAsLongAsACheck();
      throttle.failed(login.getCaller(), address);
      if (user == null) {
        unknownName();
      } else {
        audit.record(user.username(), user.role(), AuditEvent.LOGIN_FAILED, "inactive");
      }
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!hasher.matches(login.getPassword().getValue(), user.passwordHash())) {
      LOG.info(() -> "Sign-in refused: wrong password for " + user.username());
      audit.record(user.username(), user.role(), AuditEvent.LOGIN_FAILED, address);
      throttle.failed(login.getCaller(), address);
      return CredentialValidationResult.INVALID_RESULT;
    }
    SecondFactor.Check code = user.hasSecondFactor() ? secondFactor.accept(user.username(), typedCode()) : null;
    if (code != null && code != SecondFactor.Check.ACCEPTED) {
      // the answer is the same as for a wrong password: a guesser learns nothing about which was wrong
      String why = code == SecondFactor.Check.REUSED ? "kode autentikator dipakai ulang" : "kode autentikator salah";
      LOG.info(() -> "Sign-in refused for " + user.username() + ": " + why);
      audit.record(user.username(), user.role(), AuditEvent.LOGIN_FAILED, why);
      throttle.failed(login.getCaller(), address);
      return CredentialValidationResult.INVALID_RESULT;
    }
    throttle.succeeded(login.getCaller(), address);
    renewSessionId(user.username());
    audit.record(user.username(), user.role(), AuditEvent.LOGIN, address);
    return new CredentialValidationResult(user.username(), Set.of(user.role().name()));
  }

  /** Counts a made-up name; the count goes into the audit trail once a minute at most. */
  private void unknownName() {
    unknownNames.incrementAndGet();
    Instant now = clock.instant();
    if (now.isAfter(lastSummary.plus(SUMMARY_EVERY))) {
      synchronized (this) {
        if (now.isAfter(lastSummary.plus(SUMMARY_EVERY))) {
          lastSummary = now;
          audit.record("-", null, AuditEvent.LOGIN_UNKNOWN_NAMES, String.valueOf(unknownNames.getAndSet(0)));
        }
      }
    }
  }

  private boolean firstThisMinute(String username) {
    Instant now = clock.instant();
    Instant last = lastWaitingEntry.get(username);
    if (last != null && now.isBefore(last.plus(SUMMARY_EVERY))) {
      return false;
    }
    if (lastWaitingEntry.size() > 10_000) {
      lastWaitingEntry.clear();
    }
    lastWaitingEntry.put(username, now);
    return true;
  }

  /** The authenticator's code sent with this sign-in: the form's field, or the API's header. */
  private String typedCode() {
    try {
      String header = request.getHeader(CODE_HEADER);
      if (header != null) {
        return header;
      }
      // only the login form's own post is read as a form: an API body is never parsed here
      return request.getRequestURI().endsWith("/j_security_check") ? request.getParameter(CODE_FIELD) : null;
    } catch (IllegalStateException e) {
      return null; // not inside an HTTP request: no code was sent
    }
  }

  private String address() {
    try {
      return clientAddress.of(request);
    } catch (IllegalStateException e) {
      return "-"; // not inside an HTTP request (a programmatic check)
    }
  }

  /**
   * A new session id at login: an id someone planted or read before the login (session fixation)
   * is worth nothing afterwards. The session's content (the page to return to) is kept. The
   * session is then known as this user's ({@link SignedInSessions}); the API creates none.
   */
  private void renewSessionId(String username) {
    try {
      if (request.getSession(false) != null) {
        request.changeSessionId();
        sessions.signedIn(username, request.getSession(false));
      }
    } catch (IllegalStateException e) {
      // not inside an HTTP request (e.g. a programmatic check): no session to renew
    }
  }
}
