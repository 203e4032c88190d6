package id.dukcapilceria.kk.portal.security;

import id.dukcapilceria.kk.portal.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The browser sessions of each signed-in user, so that they can be ended: when the administrator
 * resets the user's password or disables the account (whoever had the old password or the
 * account's open session is out at once), and when a session outlives the absolute lifetime
 * ({@link Settings#sessionLifetime}), however busy it is. The idle limit ({@link
 * Settings#sessionIdle}) is set on each session at sign-in. Kept in this node's memory, as the
 * sessions themselves are.
 */
@ApplicationScoped
public class SignedInSessions {

  static final String SIGNED_IN_AT = "kk.signedInAt";
  static final String USERNAME = "kk.username";

  private final Map<String, Set<HttpSession>> byUser = new ConcurrentHashMap<>();

  @Inject Settings settings;
  @Inject Clock clock;

  /** A browser session that has just signed in as {@code username}. */
  public void signedIn(String username, HttpSession session) {
    session.setAttribute(SIGNED_IN_AT, clock.instant().toEpochMilli());
    session.setAttribute(USERNAME, username);
    session.setMaxInactiveInterval((int) settings.sessionIdle().toSeconds());
    byUser.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(session);
  }

  /** Whether a signed-in session has outlived the absolute lifetime. */
  public boolean outlived(HttpSession session) {
    Object at = session.getAttribute(SIGNED_IN_AT);
    return at instanceof Long millis
        && !clock.instant().isBefore(Instant.ofEpochMilli(millis).plus(settings.sessionLifetime()));
  }

  /** Ends every session of this user (password reset, account disabled). */
  public void endAll(String username) {
    Set<HttpSession> sessions = byUser.remove(username);
    if (sessions != null) {
      for (HttpSession session : sessions) {
        try {
          session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
          // ended meanwhile
        }
      }
    }
  }

  void ended(HttpSession session) {
    Object username = session.getAttribute(USERNAME);
    if (username instanceof String name) {
      Set<HttpSession> sessions = byUser.get(name);
      if (sessions != null) {
        sessions.remove(session);
      }
    }
  }

  /** Tells the registry when the container ends a session (idle limit, sign-out, invalidation). */
  @WebListener
  public static class Ended implements HttpSessionListener {
    @Inject SignedInSessions sessions;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
      sessions.ended(event.getSession());
    }
  }
}
