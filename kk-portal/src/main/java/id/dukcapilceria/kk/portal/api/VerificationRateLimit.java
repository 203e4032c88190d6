package id.dukcapilceria.kk.portal.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public verification costs a full PAdES validation (tens of milliseconds and megabytes of
 * memory per call), so each client address gets {@code kk.api.verification.perMinute} calls per
 * minute (20 unless configured). Counted in memory per node, in fixed one-minute windows; the
 * address is the connection's, never a header the client could choose.
 */
@ApplicationScoped
public class VerificationRateLimit {

  /** Addresses remembered at most, so that a flood from many addresses cannot fill the memory. */
  private static final int MAX_TRACKED = 10_000;

  private record Window(long minute, int count) {}

  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "kk.api.verification.perMinute", defaultValue = "20")
  int perMinute;

  /** Counts one call from {@code address}; throws a 429 problem over the limit. */
  public void count(String address) {
    long minute = clock.millis() / 60_000;
    if (windows.size() >= MAX_TRACKED) {
      windows.values().removeIf(w -> w.minute() < minute);
    }
    Window now = windows.merge(address == null ? "" : address, new Window(minute, 1),
        (before, one) -> before.minute() == minute ? new Window(minute, before.count() + 1) : one);
    if (now.count() > perMinute) {
      throw new ApiProblem(429, "api.problem.tooManyRequests", List.of(), perMinute);
    }
  }
}
