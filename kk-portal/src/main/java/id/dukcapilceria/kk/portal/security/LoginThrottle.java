package id.dukcapilceria.kk.portal.security;

import id.dukcapilceria.kk.portal.cluster.SharedMap;
import id.dukcapilceria.kk.portal.cluster.SharedState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/**
 * Slows down password guessing without locking anyone out: counted per typed name <em>and</em>
 * client address, after {@link #FREE_TRIES} wrong passwords in a row each further try from that
 * address must wait twice as long as the one before (1 s, 2 s, 4 s … at most {@link #LONGEST});
 * a try made sooner is refused without checking the password. Guesses for one name from many
 * addresses are slowed too, to one try per {@link #SPREAD_PAUSE} for that name once {@link
 * #SPREAD_TRIES} have failed within {@link #WINDOW}; that costs the rightful user from their own
 * address a second at most. So an attacker at one address who keeps {@code kadis} busy does not
 * keep the Kadis out (the old lock per name did). A successful sign-in clears that name and
 * address. Counted per typed name, known or not, so the delays say nothing about which accounts
 * exist; kept in the cluster's shared memory ({@link SharedState}: a try on another node counts
 * the same; restarting every node clears it).
 */
@ApplicationScoped
public class LoginThrottle {

  static final int FREE_TRIES = 3;
  static final Duration LONGEST = Duration.ofMinutes(15);
  static final int SPREAD_TRIES = 30;
  static final Duration SPREAD_PAUSE = Duration.ofSeconds(1);
  static final Duration WINDOW = Duration.ofMinutes(15);
  /** Entries remembered at most per map and node, so that a flood of random names cannot fill the memory. */
  private static final int MAX_TRACKED = 20_000;

  private record Failures(int count, Instant last) implements Serializable {}

  private SharedMap<Failures> byNameAndAddress;
  private SharedMap<Failures> byName;
  private Clock clock;

  /** For CDI's proxy. */
  LoginThrottle() {}

  LoginThrottle(Clock clock) {
    this(clock, SharedState.alone());
  }

  @Inject
  LoginThrottle(Clock clock, SharedState shared) {
    this.clock = clock;
    this.byNameAndAddress = shared.map("kk.login-throttle.name-address", LONGEST.plus(WINDOW), MAX_TRACKED);
    this.byName = shared.map("kk.login-throttle.name", WINDOW, MAX_TRACKED);
  }

  /** How long this name must still wait before a try from this address is checked; zero: now. */
  public Duration waitFor(String username, String address) {
    Instant now = clock.instant();
    Duration wait = Duration.ZERO;
    Failures here = byNameAndAddress.get(key(username, address));
    if (here != null && here.count() >= FREE_TRIES) {
      wait = later(wait, Duration.between(now, here.last().plus(delayAfter(here.count()))));
    }
    Failures everywhere = byName.get(key(username, null));
    if (everywhere != null && everywhere.count() >= SPREAD_TRIES && now.isBefore(everywhere.last().plus(WINDOW))) {
      wait = later(wait, Duration.between(now, everywhere.last().plus(SPREAD_PAUSE)));
    }
    return wait;
  }

  /** 1 s after the first try past the free ones, doubling, at most {@link #LONGEST}. */
  static Duration delayAfter(int failures) {
    int doublings = Math.min(failures - FREE_TRIES, 20);
    Duration delay = Duration.ofSeconds(1L << Math.max(0, doublings));
    return delay.compareTo(LONGEST) > 0 ? LONGEST : delay;
  }

  public void failed(String username, String address) {
    Instant now = clock.instant();
    count(byNameAndAddress, key(username, address), now, LONGEST.plus(WINDOW));
    count(byName, key(username, null), now, WINDOW);
  }

  public void succeeded(String username, String address) {
    byNameAndAddress.remove(key(username, address));
    byName.remove(key(username, null));
  }

  /** One more failure; a count whose last failure is older than {@code forgetAfter} starts again. */
  private static void count(SharedMap<Failures> counts, String key, Instant now, Duration forgetAfter) {
    counts.update(key, before -> before == null || before.last().plus(forgetAfter).isBefore(now)
        ? new Failures(1, now) : new Failures(before.count() + 1, now));
  }

  private static Duration later(Duration a, Duration b) {
    return b.compareTo(a) > 0 ? b : a;
  }

  private static String key(String username, String address) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return address == null ? name : name + "\u0000" + address;
  }
}
