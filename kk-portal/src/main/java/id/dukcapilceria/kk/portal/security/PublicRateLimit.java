package id.dukcapilceria.kk.portal.security;

import id.dukcapilceria.kk.portal.cluster.SharedMap;
import id.dukcapilceria.kk.portal.cluster.SharedState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How often one client address may use a public, unauthenticated service that costs real work
 * (verifying an uploaded PDF takes tens of milliseconds of CPU): {@value #PER_MINUTE} times per
 * minute, on all nodes together (counted in the cluster's {@link SharedState}, like the sign-in
 * throttle), per client address as {@link ClientAddress} finds it (behind a configured proxy, the
 * address the proxy forwarded for).
 */
@ApplicationScoped
public class PublicRateLimit {

  public static final int PER_MINUTE = 20;
  private static final Duration WINDOW = Duration.ofMinutes(1);
  /** Addresses remembered at most per node; the least recently seen are forgotten first. */
  private static final int MAX_TRACKED = 10_000;

  private record Window(Instant start, int used) implements Serializable {}

  private SharedMap<Window> windows;
  private Clock clock;
  private int perWindow = PER_MINUTE;

  /** For CDI's proxy. */
  PublicRateLimit() {}

  PublicRateLimit(Clock clock, int perWindow) {
    this(clock, SharedState.alone());
    this.perWindow = perWindow;
  }

  @Inject
  PublicRateLimit(Clock clock, SharedState shared) {
    this.clock = clock;
    this.windows = shared.map("kk.public-rate-limit", WINDOW, MAX_TRACKED);
  }

  /** Counts one use by {@code client}; false when its allowance for this minute is spent. */
  public boolean tryAcquire(String client) {
    Instant now = clock.instant();
    Window window = windows.update(String.valueOf(client), current ->
        current == null || !current.start().plus(WINDOW).isAfter(now)
            ? new Window(now, 1)
            : new Window(current.start(), current.used() + 1));
    return window.used() <= perWindow;
  }
}
