package id.dukcapilceria.kk.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often one client address may use a public, unauthenticated service that costs real work
 * (verifying an uploaded PDF takes tens of milliseconds of CPU): {@value #PER_MINUTE} times per
 * minute. Counted in memory per node, like the sign-in throttle, per client address as {@link
 * ClientAddress} finds it (behind a configured proxy, the address the proxy forwarded for).
 */
@ApplicationScoped
public class PublicRateLimit {

  public static final int PER_MINUTE = 20;
  private static final Duration WINDOW = Duration.ofMinutes(1);
  /** Above this many remembered addresses, windows that have ended are forgotten. */
  private static final int PRUNE_ABOVE = 10_000;

  private record Window(Instant start, int used) {}

  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
  private Clock clock;
  private int perWindow = PER_MINUTE;

  /** For CDI. */
  PublicRateLimit() {}

  PublicRateLimit(Clock clock, int perWindow) {
    this.clock = clock;
    this.perWindow = perWindow;
  }

  @Inject
  void setClock(Clock clock) {
    this.clock = clock;
  }

  /** Counts one use by {@code client}; false when its allowance for this minute is spent. */
  public boolean tryAcquire(String client) {
    Instant now = clock.instant();
    if (windows.size() > PRUNE_ABOVE) {
      windows.values().removeIf(w -> !w.start().plus(WINDOW).isAfter(now));
    }
    Window window = windows.compute(String.valueOf(client), (address, current) ->
        current == null || !current.start().plus(WINDOW).isAfter(now)
            ? new Window(now, 1)
            : new Window(current.start(), current.used() + 1));
    return window.used() <= perWindow;
  }
}
