package id.dukcapilceria.kk.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final String ATTACKER = "203.0.113.7";
  private static final String OFFICE = "10.13.5.20";

  private final SteppingClock clock = new SteppingClock();
  private final LoginThrottle throttle = new LoginThrottle(clock);

  @Test
  void afterThreeWrongPasswordsEachTryWaitsTwiceAsLongUpToFifteenMinutes() {
    for (int i = 0; i < 3; i++) {
      assertEquals(Duration.ZERO, throttle.waitFor("kasi", ATTACKER), "try " + (i + 1) + " is free");
      throttle.failed("kasi", ATTACKER);
    }
    assertEquals(Duration.ofSeconds(1), throttle.waitFor("Kasi ", ATTACKER), "however the name is typed");
    clock.now = clock.now.plusSeconds(1);
    assertEquals(Duration.ZERO, throttle.waitFor("kasi", ATTACKER));
    throttle.failed("kasi", ATTACKER);
    assertEquals(Duration.ofSeconds(2), throttle.waitFor("kasi", ATTACKER));
    for (int i = 0; i < 30; i++) {
      clock.now = clock.now.plus(throttle.waitFor("kasi", ATTACKER));
      throttle.failed("kasi", ATTACKER);
    }
    assertEquals(LoginThrottle.LONGEST, throttle.waitFor("kasi", ATTACKER), "never longer than 15 minutes");
  }

  @Test
  void anAttackerAtOneAddressDoesNotKeepTheUserOutFromAnother() {
    for (int i = 0; i < 1_000; i++) {
      clock.now = clock.now.plus(throttle.waitFor("kadis", ATTACKER));
      throttle.failed("kadis", ATTACKER);
    }
    assertTrue(throttle.waitFor("kadis", ATTACKER).compareTo(Duration.ofMinutes(1)) > 0, "the attacker waits");
    assertTrue(throttle.waitFor("kadis", OFFICE).compareTo(LoginThrottle.SPREAD_PAUSE) <= 0,
        "the Kadis at the office waits a second at most: " + throttle.waitFor("kadis", OFFICE));
    assertEquals(Duration.ZERO, throttle.waitFor("kasi", ATTACKER), "other names are not affected");
  }

  @Test
  void guessesFromManyAddressesAreSlowedForThatName() {
    for (int i = 0; i < LoginThrottle.SPREAD_TRIES; i++) {
      throttle.failed("admin", "198.51.100." + i);
    }
    assertEquals(LoginThrottle.SPREAD_PAUSE, throttle.waitFor("admin", "198.51.100.200"));
    clock.now = clock.now.plus(LoginThrottle.SPREAD_PAUSE);
    assertEquals(Duration.ZERO, throttle.waitFor("admin", "198.51.100.200"));
  }

  @Test
  void aSuccessfulSignInClearsTheCount() {
    for (int i = 0; i < 3; i++) {
      throttle.failed("operator", OFFICE);
    }
    throttle.succeeded("operator", OFFICE);
    throttle.failed("operator", OFFICE);
    assertEquals(Duration.ZERO, throttle.waitFor("operator", OFFICE));
  }
}
