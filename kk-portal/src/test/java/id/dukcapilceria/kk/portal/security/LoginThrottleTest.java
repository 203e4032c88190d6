package id.dukcapilceria.kk.portal.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final SteppingClock clock = new SteppingClock();
  private final LoginThrottle throttle = new LoginThrottle(clock);

  @Test
  void fiveWrongPasswordsInARowLockTheNameForFifteenMinutes() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("kasi");
    }
    assertFalse(throttle.isLocked("kasi"), "four mistakes are allowed");
    throttle.failed("Kasi ");
    assertTrue(throttle.isLocked("kasi"), "the fifth locks, however the name is typed");
    assertFalse(throttle.isLocked("kadis"), "other names are not affected");

    clock.now = clock.now.plus(Duration.ofMinutes(14));
    assertTrue(throttle.isLocked("kasi"));
    clock.now = clock.now.plus(Duration.ofMinutes(2));
    assertFalse(throttle.isLocked("kasi"), "unlocked after 15 minutes");

    throttle.failed("kasi");
    assertTrue(throttle.isLocked("kasi"), "after a lock, each further mistake locks again");
  }

  @Test
  void aSuccessfulLoginClearsTheCount() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("operator");
    }
    throttle.succeeded("operator");
    throttle.failed("operator");
    assertFalse(throttle.isLocked("operator"));
  }
}
