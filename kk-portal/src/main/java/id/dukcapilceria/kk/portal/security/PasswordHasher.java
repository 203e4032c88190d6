package id.dukcapilceria.kk.portal.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Duration;
import java.util.Map;

/**
 * PBKDF2-HMAC-SHA256 with 600,000 iterations (OWASP Password Storage Cheat Sheet, 2023). The
 * Jakarta Security default of 1,024 iterations is far too low, so every parameter is set here. It
 * also knows how long one check takes here, so that a sign-in with an unknown name can take as long
 * without spending the CPU ({@link #pauseAsLongAsACheck}).
 */
@ApplicationScoped
public class PasswordHasher {

  static final int ITERATIONS = 600_000;
  private static final char[] CALIBRATION = "calibration-only".toCharArray();

  @Inject Pbkdf2PasswordHash pbkdf2;

  /** The last checks' time, in nanoseconds, smoothed. */
  private volatile long typicalCheck;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    String calibration = hash(CALIBRATION);
    for (int i = 0; i < 3; i++) {
      typicalCheck = 0; // the last of three: the first ones run before the JIT compiler has helped
      matches(CALIBRATION, calibration);
    }
  }

  public String hash(char[] password) {
    return pbkdf2.generate(password);
  }

  public boolean matches(char[] password, String storedHash) {
    long started = System.nanoTime();
    boolean matches = pbkdf2.verify(password, storedHash);
    long took = System.nanoTime() - started;
    typicalCheck = typicalCheck == 0 ? took : (typicalCheck * 7 + took) / 8;
    return matches;
  }

  /**
   * Waits about as long as a password check takes, without computing one: an unknown user name is
   * answered no sooner than a known one (nothing to learn from the time), and costs no CPU.
   */
  public void pauseAsLongAsACheck() {
    try {
      Thread.sleep(Duration.ofNanos(typicalCheck).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
