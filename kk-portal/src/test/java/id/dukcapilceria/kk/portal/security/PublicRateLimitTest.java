package id.dukcapilceria.kk.portal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PublicRateLimitTest {

  private final SteppingClock clock = new SteppingClock();
  private final PublicRateLimit limit = new PublicRateLimit(clock, 3);

  @Test
  void eachAddressHasItsOwnAllowancePerMinute() {
    assertTrue(limit.tryAcquire("10.0.0.1"));
    assertTrue(limit.tryAcquire("10.0.0.1"));
    assertTrue(limit.tryAcquire("10.0.0.1"));
    assertFalse(limit.tryAcquire("10.0.0.1"), "the fourth within the minute is refused");
    assertTrue(limit.tryAcquire("10.0.0.2"), "another address is not affected");

    clock.now = clock.now.plus(Duration.ofSeconds(59));
    assertFalse(limit.tryAcquire("10.0.0.1"), "still the same minute");
    clock.now = clock.now.plus(Duration.ofSeconds(1));
    assertTrue(limit.tryAcquire("10.0.0.1"), "a new minute, a new allowance");
  }
}
