package id.dukcapilceria.kk.portal.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2-HMAC-SHA256 with 600,000 iterations (OWASP Password Storage Cheat Sheet, 2023). The
 * Jakarta Security default of 1,024 iterations is far too low, so every parameter is set here.
 */
@ApplicationScoped
public class PasswordHasher {

  static final int ITERATIONS = 600_000;

  @Inject Pbkdf2PasswordHash pbkdf2;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  public String hash(char[] password) {
    return pbkdf2.generate(password);
  }

  public boolean matches(char[] password, String storedHash) {
    return pbkdf2.verify(password, storedHash);
  }
}
