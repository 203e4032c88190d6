package id.dukcapilceria.kk.signature.pki;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.util.Collections;
import java.util.concurrent.TimeUnit;

/**
 * The demo PKI's Kadis key on a real PKCS#11 token, for the {@code pkcs11} signing authority in
 * tests, benchmarks and a demo: SoftHSM2 (Debian {@code softhsm2}) with a fresh token in the folder
 * of {@code SOFTHSM2_CONF}, the key and chain put on it through the JDK's SunPKCS11 provider.
 * SoftHSM2 reads {@code SOFTHSM2_CONF} when a process first loads the module, so the variable is set
 * before the JVM starts (failsafe does it for the tests), and the configuration is written here
 * before anything in this JVM loads the module. A production token holds a key that never left it.
 */
public final class DemoToken {

  public static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");

  private DemoToken() {}

  /**
   * A new token with the Kadis key of {@code pki} (whose key file opens with {@code pkiPassphrase}),
   * the token's PIN {@code pin}; everything in the configuration's folder is replaced.
   *
   * @return the folder of the configuration
   */
  public static Path create(DemoPki pki, char[] pkiPassphrase, String pin)
      throws IOException, InterruptedException, GeneralSecurityException {
    String conf = System.getenv("SOFTHSM2_CONF");
    if (conf == null || conf.isBlank()) {
      throw new IllegalStateException("SOFTHSM2_CONF must be set before the JVM starts");
    }
    if (!Files.isReadable(LIBRARY)) {
      throw new IllegalStateException("SoftHSM2 is not installed (Debian softhsm2; .ci/run installs it)");
    }
    Path folder = Path.of(conf).getParent();
    Path tokens = folder.resolve("tokens");
    if (Files.exists(tokens)) {
      try (var old = Files.walk(tokens)) {
        old.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(tokens);
    Files.writeString(Path.of(conf), "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
    Process init = new ProcessBuilder("softhsm2-util", "--init-token", "--free", "--label", "kk-uji",
        "--pin", pin, "--so-pin", "13579111").redirectErrorStream(true).start();
    String output = new String(init.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!init.waitFor(60, TimeUnit.SECONDS) || init.exitValue() != 0) {
      throw new IllegalStateException("softhsm2-util --init-token failed: " + output);
    }
    KeyStore p12 = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(pki.folder().resolve("kadis.p12"))) {
      p12.load(in, pkiPassphrase);
    }
    String alias = p12.aliases().nextElement();
    Key key = p12.getKey(alias, pkiPassphrase);
    Provider sunPkcs11 = Security.getProvider("SunPKCS11").configure("--name=kkuji\nlibrary=" + LIBRARY + "\nslotListIndex=0\n");
    KeyStore token = KeyStore.getInstance("PKCS11", sunPkcs11);
    token.load(null, pin.toCharArray());
    token.setKeyEntry("kadis", (PrivateKey) key, null, p12.getCertificateChain(alias));
    return folder;
  }
}
