package id.dukcapilceria.kk.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecondFactorKeyTest {

  private static SecondFactorKey keyIn(Path file) {
    SecondFactorKey key = new SecondFactorKey();
    key.configuredFile = Optional.of(file.toString());
    return key;
  }

  @Test
  void aSecretOpensOnlyWithItsKeyFileAndForItsUser(@TempDir Path folder) throws Exception {
    SecondFactorKey key = keyIn(folder.resolve("kunci/second-factor.key"));
    String secret = Totp.newSecret();
    String stored = key.seal("kasi.budi", secret);
    assertFalse(stored.contains(secret), "the database never holds the secret itself");
    assertNotEquals(stored, key.seal("kasi.budi", secret), "a fresh nonce each time");
    assertEquals(Optional.of(secret), key.open("kasi.budi", stored));
    assertEquals(Optional.of(secret), keyIn(folder.resolve("kunci/second-factor.key")).open("kasi.budi", stored),
        "after a restart, from the same file");

    assertEquals(Optional.empty(), key.open("kadis", stored), "copied to another user's row");
    assertEquals(Optional.empty(), keyIn(folder.resolve("lain.key")).open("kasi.budi", stored), "another key file");
    byte[] bytes = Base64.getDecoder().decode(stored.substring(3));
    bytes[bytes.length - 1] ^= 1;
    assertEquals(Optional.empty(), key.open("kasi.budi", "v1:" + Base64.getEncoder().encodeToString(bytes)), "changed");
    for (String broken : new String[] {null, "", "v1:", "v1:AAAA", "v1:!!!", secret}) {
      assertEquals(Optional.empty(), key.open("kasi.budi", broken), String.valueOf(broken));
    }
    assertTrue(stored.length() <= 100, "fits its column");

    Path file = folder.resolve("kunci/second-factor.key");
    assertEquals(32, Files.size(file));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }
}
