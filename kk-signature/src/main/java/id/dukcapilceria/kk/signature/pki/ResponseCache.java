package id.dukcapilceria.kk.signature.pki;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Keeps each signed revocation response (OCSP response or CRL) for a while and hands out the same
 * one again, as real responders do with pre-produced responses (RFC 5019): signing one per
 * document would cost an RSA signature per certificate of the chain per KK.
 *
 * <p>A response is valid for {@link #VALIDITY} and handed out for {@link #REUSE}, so a signer
 * never embeds one that expires within the next 45 minutes.
 */
final class ResponseCache<T> {

  static final Duration VALIDITY = Duration.ofHours(1);
  static final Duration REUSE = Duration.ofMinutes(15);

  private record Produced<T>(T response, Instant reuseUntil) {}

  private final Clock clock;
  private final Map<String, Produced<T>> responses = new ConcurrentHashMap<>();

  ResponseCache(Clock clock) {
    this.clock = clock;
  }

  /**
   * The response kept under {@code key}, or a new one from {@code produce}, which receives the
   * production time: now rounded up to the next whole second, because OCSP and CRL encodings drop
   * the milliseconds and DSS would otherwise see the response as produced before the signature's
   * time-stamp.
   */
  T get(String key, Function<Instant, T> produce) {
    Instant now = clock.instant();
    Produced<T> kept = responses.get(key);
    if (kept != null && now.isBefore(kept.reuseUntil())) {
      return kept.response();
    }
    return responses.compute(key, (k, current) -> {
      if (current != null && now.isBefore(current.reuseUntil())) {
        return current; // another thread produced it meanwhile
      }
      Instant producedAt = now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
      return new Produced<>(produce.apply(producedAt), producedAt.plus(REUSE));
    }).response();
  }

  /**
   * The response {@link #get} would hand out now under {@code key}, or null when it would make a
   * new one: lets a caller see that the answer has not changed since it last checked it.
   */
  T kept(String key) {
    Produced<T> kept = responses.get(key);
    return kept != null && clock.instant().isBefore(kept.reuseUntil()) ? kept.response() : null;
  }

  /** Forgets every kept response, e.g. after a revocation. */
  void clear() {
    responses.clear();
  }
}
