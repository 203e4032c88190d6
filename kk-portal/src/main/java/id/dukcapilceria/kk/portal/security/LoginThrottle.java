package id.dukcapilceria.kk.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} wrong passwords in a row for one user
 * name, that name cannot sign in for {@link #LOCK} (even with the right password), then gets one
 * try at a time. A successful login clears the count. Counted per typed name, known or not, so the
 * lock says nothing about which accounts exist; kept in memory, so a restart clears it (this
 * portal runs as one node; a cluster would keep the counts in the database).
 */
@ApplicationScoped
public class LoginThrottle {

  static final int MAX_FAILURES = 5;
  static final Duration LOCK = Duration.ofMinutes(15);
  /** Names remembered at most, so that a flood of random names cannot fill the memory. */
  private static final int MAX_TRACKED = 10_000;

  private record Failures(int count, Instant last) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private Clock clock;

  public LoginThrottle() {
    this(Clock.systemUTC());
  }

  @Inject
  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** True while this name is locked: the password is then not even checked. */
  public boolean isLocked(String username) {
    Failures seen = failures.get(key(username));
    return seen != null
        && seen.count() >= MAX_FAILURES
        && clock.instant().isBefore(seen.last().plus(LOCK));
  }

  public void failed(String username) {
    if (failures.size() >= MAX_TRACKED) {
      Instant expired = clock.instant().minus(LOCK);
      failures.values().removeIf(f -> f.last().isBefore(expired));
    }
    Instant now = clock.instant();
    failures.merge(key(username), new Failures(1, now),
        (before, one) -> new Failures(before.count() + 1, now));
  }

  public void succeeded(String username) {
    failures.remove(key(username));
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
