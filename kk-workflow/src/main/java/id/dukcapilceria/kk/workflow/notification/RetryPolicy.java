package id.dukcapilceria.kk.workflow.notification;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how long a message is tried: the n-th failed attempt waits {@code firstDelay}
 * doubled n-1 times, at most {@code maxDelay}; after {@code maxAttempts} failures the message is
 * given up and shown to the administrator. {@code lease} is how long a sender holds a message it is
 * delivering: a sender that dies while holding it leaves it to another after the lease.
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts, Duration lease) {

  /** 1 minute, doubling to at most 1 hour, 8 attempts (about 2 hours in all), a 2-minute lease. */
  public static final RetryPolicy STANDARD =
      new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 8, Duration.ofMinutes(2));

  public RetryPolicy {
    Objects.requireNonNull(firstDelay, "firstDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    Objects.requireNonNull(lease, "lease");
    if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException("retry delays must be positive, the largest at least the first");
    }
    if (maxAttempts < 1 || maxAttempts > 50) {
      throw new IllegalArgumentException("retry attempts must be 1 to 50, not " + maxAttempts);
    }
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("the lease must be positive");
    }
  }

  /** The wait after the {@code failedAttempts}-th failure. */
  public Duration delayAfter(int failedAttempts) {
    Duration delay = firstDelay;
    for (int i = 1; i < failedAttempts && delay.compareTo(maxDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
