package id.dukcapilceria.kk.portal.security;

import id.dukcapilceria.kk.workflow.audit.AuditEvent;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing the Kadis's signing passphrase (whoever has the Kadis's session or API
 * password must not get unlimited tries at the key): every wrong passphrase is audited, and after
 * {@link LoginThrottle#FREE_TRIES} in a row each further try waits twice as long as the one before,
 * as for sign-ins. The right passphrase clears the count.
 */
@ApplicationScoped
public class PassphraseAttempts {

  private record Failures(int count, Instant last) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  @Inject Clock clock;
  @Inject AuditLog audit;

  /** Refuses the try, before the key is touched, while this officer must still wait. */
  public void requireMayTry(Actor actor) {
    Failures seen = failures.get(actor.username());
    if (seen != null && seen.count() >= LoginThrottle.FREE_TRIES) {
      Duration left = Duration.between(clock.instant(), seen.last().plus(LoginThrottle.delayAfter(seen.count())));
      if (!left.isNegative() && !left.isZero()) {
        throw new PassphraseWaitException(Math.max(1, left.toSeconds()));
      }
    }
  }

  public void failed(Actor actor) {
    Instant now = clock.instant();
    failures.merge(actor.username(), new Failures(1, now), (before, one) -> new Failures(before.count() + 1, now));
    audit.record(actor.username(), actor.role(), AuditEvent.PASSPHRASE_WRONG, null);
  }

  public void succeeded(Actor actor) {
    failures.remove(actor.username());
  }

  /** A passphrase try refused unchecked: the officer must wait {@link #seconds()} more. */
  public static final class PassphraseWaitException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long seconds;

    PassphraseWaitException(long seconds) {
      super("Too many wrong passphrases; wait " + seconds + " s");
      this.seconds = seconds;
    }

    public long seconds() {
      return seconds;
    }
  }
}
