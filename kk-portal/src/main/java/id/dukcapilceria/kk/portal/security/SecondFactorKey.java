package id.dukcapilceria.kk.portal.security;

import id.dukcapilceria.kk.portal.config.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the authenticators' secrets unreadable to whoever reads only the database: each is
 * encrypted with AES-256-GCM under a key in a file of its own ({@code kk.second-factor.key-file},
 * by default {@code second-factor.key} in the data folder, made at first use, readable by the
 * portal's user only). The user name is authenticated with it, so a secret copied to another
 * user's row does not open. Whoever holds the key file and the database can make codes: keep the
 * file where the database's administrators cannot read it, and back it up with the database (without
 * it every user must enrol again).
 */
@ApplicationScoped
public class SecondFactorKey {

  private static final Logger LOG = Logger.getLogger(SecondFactorKey.class.getName());
  private static final String VERSION = "v1:";
  private static final int KEY_BYTES = 32;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject PortalConfig config;

  @Inject
  @ConfigProperty(name = "kk.second-factor.key-file")
  Optional<String> configuredFile;

  private volatile SecretKeySpec key;

  /** The secret (Base32) as stored for {@code username}. */
  public String seal(String username, String base32Secret) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(username.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(Totp.fromBase32(base32Secret));
      return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
          .put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  /**
   * The secret (Base32) stored for {@code username}, or empty when it does not open (another key
   * file, another user's row, changed bytes): the code is then refused, and the log says why.
   */
  public Optional<String> open(String username, String stored) {
    if (stored == null || !stored.startsWith(VERSION)) {
      return Optional.empty();
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(stored.substring(VERSION.length()));
      if (bytes.length <= NONCE_BYTES) {
        return Optional.empty();
      }
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
      cipher.updateAAD(username.getBytes(StandardCharsets.UTF_8));
      return Optional.of(Totp.base32(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES)));
    } catch (javax.crypto.AEADBadTagException | IllegalArgumentException e) {
      LOG.severe(() -> "The authenticator of " + username + " does not open with " + file()
          + ": another key file than the one it was enrolled with? Restore that file, or the administrator"
          + " removes the authenticator and the user enrols again.");
      return Optional.empty();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  private SecretKeySpec key() {
    SecretKeySpec current = key;
    if (current == null) {
      synchronized (this) {
        if (key == null) {
          key = new SecretKeySpec(readOrCreate(file()), "AES");
        }
        current = key;
      }
    }
    return current;
  }

  /** Where the key is kept: {@code kk.second-factor.key-file}, else in the data folder. */
  public Path file() {
    return configuredFile.filter(f -> !f.isBlank()).map(f -> Path.of(f.strip()))
        .orElseGet(() -> config.dataDirectory().resolve("second-factor.key"));
  }

  private static byte[] readOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        byte[] fresh = new byte[KEY_BYTES];
        RANDOM.nextBytes(fresh);
        try {
          Files.createDirectories(file.toAbsolutePath().getParent());
          Files.write(file, fresh, java.nio.file.StandardOpenOption.CREATE_NEW);
          try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
          } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's own permissions apply
          }
          LOG.info(() -> "Made the key of the authenticators' secrets: " + file + " (back it up with the database)");
        } catch (FileAlreadyExistsException madeMeanwhile) {
          // another node or thread made it first: read theirs
        }
      }
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length != KEY_BYTES) {
        throw new IllegalStateException(file + " is not a key of " + KEY_BYTES + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or make the key file " + file, e);
    }
  }
}
