package id.dukcapilceria.kk.signature.setup;

import id.dukcapilceria.kk.signature.authority.LocalKeyAuthority;
import id.dukcapilceria.kk.signature.authority.Pkcs11Authority;
import id.dukcapilceria.kk.signature.authority.SigningAuthority;
import id.dukcapilceria.kk.signature.bsre.BsreAuthority;
import id.dukcapilceria.kk.signature.pades.KkPadesSigner;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Makes the signing authority a configuration names, so that a caller (the portal, the CLI, another
 * system) never names an implementation. Keys, as the portal reads them from MicroProfile Config or
 * the environment (docs/signing.md):
 *
 * <ul>
 *   <li>{@code kk.signing.authority}: {@code pkcs12} (the default: the demo PKI's key, specimens),
 *       {@code pkcs11} (a token or HSM), {@code bsre-v1} or {@code bsre-v2} (BSrE's gateway);
 *   <li>{@code kk.signing.threads}: cards signed at once by a key held here (default: one per
 *       processor);
 *   <li>{@code kk.signing.pkcs11.library}: the token's PKCS#11 module (a file path);
 *       {@code kk.signing.pkcs11.slot-index}: which slot holding a token, from 0 (default 0);
 *   <li>{@code kk.signing.bsre.url}, {@code kk.signing.bsre.user}, {@code kk.signing.bsre.password}:
 *       the gateway and this system's account there; {@code kk.signing.bsre.connect-timeout-seconds}
 *       (10), {@code kk.signing.bsre.read-timeout-seconds} (60), {@code kk.signing.bsre.files-per-call}
 *       (v2, 10), {@code kk.signing.bsre.concurrency} (sign calls at once, 4).
 * </ul>
 *
 * <p>Credentials come from this configuration only, never from a database or a page. Time stamps,
 * revocation answers and the trust anchor are the demo PKI's for every authority so far: a token's
 * certificate and the BSrE simulator's are the demo PKI's, so their cards are specimens. The
 * sources of a production certificate (BSrE's and Root CA Indonesia's) are not configurable yet.
 */
public final class SigningAuthorities {

  public static final String AUTHORITY = "kk.signing.authority";
  public static final String PKCS12 = "pkcs12";
  public static final String PKCS11 = "pkcs11";
  public static final String BSRE_V1 = "bsre-v1";
  public static final String BSRE_V2 = "bsre-v2";
  public static final String THREADS = "kk.signing.threads";
  public static final String PKCS11_LIBRARY = "kk.signing.pkcs11.library";
  public static final String PKCS11_SLOT_INDEX = "kk.signing.pkcs11.slot-index";
  public static final String BSRE_URL = "kk.signing.bsre.url";
  public static final String BSRE_USER = "kk.signing.bsre.user";
  public static final String BSRE_PASSWORD = "kk.signing.bsre.password";
  public static final String BSRE_CONNECT_TIMEOUT = "kk.signing.bsre.connect-timeout-seconds";
  public static final String BSRE_READ_TIMEOUT = "kk.signing.bsre.read-timeout-seconds";
  public static final String BSRE_FILES_PER_CALL = "kk.signing.bsre.files-per-call";
  public static final String BSRE_CONCURRENCY = "kk.signing.bsre.concurrency";

  /** Every key read here. */
  public static final List<String> KEYS = List.of(AUTHORITY, THREADS, PKCS11_LIBRARY, PKCS11_SLOT_INDEX,
      BSRE_URL, BSRE_USER, BSRE_PASSWORD, BSRE_CONNECT_TIMEOUT, BSRE_READ_TIMEOUT, BSRE_FILES_PER_CALL,
      BSRE_CONCURRENCY);

  private SigningAuthorities() {}

  /**
   * The configured authority.
   *
   * @param settings the {@code kk.signing.*} keys that are set
   * @param demoPki the demo PKI: the key of {@code pkcs12}, and the time-stamp authority,
   *     revocation sources and trust anchor of every authority so far
   * @throws IllegalArgumentException naming the key when the configuration is incomplete or unknown
   */
  public static SigningAuthority configured(Map<String, String> settings, DemoPki demoPki) {
    String name = settings.getOrDefault(AUTHORITY, PKCS12).strip().toLowerCase(Locale.ROOT);
    return switch (name) {
      case PKCS12 -> new LocalKeyAuthority(demoPki::openKadisKey, new KkPadesSigner(demoPki), true, threads(settings));
      case PKCS11 -> new Pkcs11Authority(Path.of(required(settings, PKCS11_LIBRARY)),
          number(settings, PKCS11_SLOT_INDEX, 0), new KkPadesSigner(demoPki), true, threads(settings));
      case BSRE_V1, BSRE_V2 -> BsreAuthority.overDemoPki(
          name.equals(BSRE_V1) ? BsreAuthority.Api.V1 : BsreAuthority.Api.V2,
          new BsreAuthority.Gateway(URI.create(required(settings, BSRE_URL)), required(settings, BSRE_USER),
              required(settings, BSRE_PASSWORD).toCharArray(),
              Duration.ofSeconds(number(settings, BSRE_CONNECT_TIMEOUT, 10)),
              Duration.ofSeconds(number(settings, BSRE_READ_TIMEOUT, 60))),
          demoPki, number(settings, BSRE_FILES_PER_CALL, 10), number(settings, BSRE_CONCURRENCY, 4));
      default -> throw new IllegalArgumentException(
          AUTHORITY + " is " + name + "; known: " + String.join(", ", PKCS12, PKCS11, BSRE_V1, BSRE_V2));
    };
  }

  private static String required(Map<String, String> settings, String key) {
    String value = settings.get(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(key + " must be set for " + settings.get(AUTHORITY));
    }
    return value.strip();
  }

  private static int number(Map<String, String> settings, String key, int otherwise) {
    String value = settings.get(key);
    try {
      int number = value == null || value.isBlank() ? otherwise : Integer.parseInt(value.strip());
      if (number < 0) {
        throw new IllegalArgumentException(key + " must not be negative");
      }
      return number;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, not " + value, e);
    }
  }

  private static int threads(Map<String, String> settings) {
    return Math.max(1, number(settings, THREADS, Runtime.getRuntime().availableProcessors()));
  }
}
