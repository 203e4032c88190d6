package id.dukcapilceria.kk.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * API credentials checked a moment ago, so that a system calling the API many times does not pay
 * a full password hash (about 0.1 s of CPU) on every call, and the audit trail gets one sign-in, not
 * one per call. What is kept is an HMAC of the name and password under a key made at start (never
 * the password), with the stored hash the password matched; an entry is used for at most {@link
 * #KEPT}, and not at all once the user's password changes or the user is disabled (both are read
 * again on every call).
 */
@ApplicationScoped
public class RememberedCredentials {

  static final Duration KEPT = Duration.ofMinutes(5);
  private static final int MAX_ENTRIES = 10_000;

  private record Entry(String username, String passwordHash, Instant until) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final byte[] key = new byte[32];

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public RememberedCredentials() {
    new SecureRandom().nextBytes(key);
  }

  /**
   * The active user these credentials were checked for a moment ago, if they were. A user with an
   * authenticator is recalled only with the code that was checked with the password (sent again
   * unchanged by the calling system): the password alone recalls nothing for them.
   */
  public Optional<PortalUser> recall(String username, char[] password, String code) {
    Entry entry = entries.get(fingerprint(username, password, code));
    if (entry == null || !clock.instant().isBefore(entry.until()) || !entry.username().equals(username)) {
      return Optional.empty();
    }
    PortalUser user = em.find(PortalUser.class, username);
    if (user == null || !user.isActive() || user.hasSecondFactor() && (code == null || code.isBlank())
        || !MessageDigest.isEqual(user.passwordHash().getBytes(StandardCharsets.UTF_8),
            entry.passwordHash().getBytes(StandardCharsets.UTF_8))) {
      return Optional.empty();
    }
    return Optional.of(user);
  }

  /** Keeps credentials that were just checked against the user's stored hash. */
  public void remember(String username, char[] password, String code, String passwordHash) {
    Instant now = clock.instant();
    if (entries.size() >= MAX_ENTRIES) {
      entries.values().removeIf(e -> !now.isBefore(e.until()));
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
    }
    entries.put(fingerprint(username, password, code), new Entry(username, passwordHash, now.plus(KEPT)));
  }

  private String fingerprint(String username, char[] password, String code) {
    ByteBuffer secret = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    byte[] bytes = new byte[secret.remaining()];
    secret.get(bytes);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      mac.update((code == null ? "" : code.strip()).getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return HexFormat.of().formatHex(mac.doFinal(bytes));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    } finally {
      Arrays.fill(bytes, (byte) 0);
      if (secret.hasArray()) {
        Arrays.fill(secret.array(), (byte) 0);
      }
    }
  }
}
