package id.dukcapilceria.kk.signature.authority;

import id.dukcapilceria.kk.signature.pades.KkPadesSigner;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import java.util.Locale;
import java.util.Map;

/**
 * Makes the signing authority a configuration names, so that a caller (the portal, the CLI, another
 * system) never names an implementation. Keys, as the portal reads them from MicroProfile Config or
 * the environment:
 *
 * <ul>
 *   <li>{@code kk.signing.authority}: {@code pkcs12} (the default: the demo PKI's key, specimens)
 *       or {@code pkcs11} (a token or HSM);
 *   <li>{@code kk.signing.pkcs11.library}: the token's PKCS#11 module (a file path);
 *   <li>{@code kk.signing.pkcs11.slot-index}: which slot holding a token, from 0 (default 0);
 *   <li>{@code kk.signing.threads}: cards signed at once (default: one per processor).
 * </ul>
 *
 * <p>The token's certificate is taken as issued by the demo PKI, whose time-stamp authority and
 * revocation answers serve it, so its cards are specimens: the time-stamp and revocation sources
 * of a production certificate are not configurable yet.
 *
 * Credentials of an authority come from this configuration only, never from a database or a page.
 */
public final class SigningAuthorities {

  public static final String AUTHORITY = "kk.signing.authority";
  public static final String PKCS12 = "pkcs12";
  public static final String PKCS11 = "pkcs11";
  public static final String PKCS11_LIBRARY = "kk.signing.pkcs11.library";
  public static final String PKCS11_SLOT_INDEX = "kk.signing.pkcs11.slot-index";
  public static final String THREADS = "kk.signing.threads";

  private SigningAuthorities() {}

  /**
   * The configured authority.
   *
   * @param settings the {@code kk.signing.*} keys that are set
   * @param demoPki the demo PKI, for {@code pkcs12}
   * @throws IllegalArgumentException naming the key when the configuration is incomplete or unknown
   */
  public static SigningAuthority configured(Map<String, String> settings, DemoPki demoPki) {
    String name = settings.getOrDefault(AUTHORITY, PKCS12).strip().toLowerCase(Locale.ROOT);
    return switch (name) {
      case PKCS12 -> LocalKeyAuthority.demo(demoPki);
      case PKCS11 -> new Pkcs11Authority(java.nio.file.Path.of(required(settings, PKCS11_LIBRARY)),
          number(settings, PKCS11_SLOT_INDEX, 0), new KkPadesSigner(demoPki), true, threads(settings));
      default -> throw new IllegalArgumentException(
          AUTHORITY + " is " + name + "; known: " + PKCS12 + ", " + PKCS11);
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
      return value == null || value.isBlank() ? otherwise : Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, not " + value, e);
    }
  }

  private static int threads(Map<String, String> settings) {
    return Math.max(1, number(settings, THREADS, Runtime.getRuntime().availableProcessors()));
  }
}
