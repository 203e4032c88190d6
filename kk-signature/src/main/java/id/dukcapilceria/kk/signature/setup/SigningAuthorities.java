package id.dukcapilceria.kk.signature.setup;

import id.dukcapilceria.kk.signature.authority.LocalKeyAuthority;
import id.dukcapilceria.kk.signature.authority.Pkcs11Authority;
import id.dukcapilceria.kk.signature.authority.SigningAuthority;
import id.dukcapilceria.kk.signature.bsre.BsreAuthority;
import id.dukcapilceria.kk.signature.online.OnlineSources;
import id.dukcapilceria.kk.signature.pades.KkPadesSigner;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.signature.timestamp.TimeStamps;
import id.dukcapilceria.kk.signature.verify.TrustAnchors;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
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
 *       (v2, 10), {@code kk.signing.bsre.concurrency} (sign calls at once, 4), {@code
 *       kk.signing.bsre.appearance}: {@code invisible} (the default), {@code tag} (BSrE's stamp, the
 *       QR code of the card's link, at the text {@code kk.signing.bsre.tag}, by default {@code
 *       [qr_bsre]}, which the renderer then writes in the signature box) or {@code coordinates} (at
 *       the signature box by page and position).
 * </ul>
 *
 * <p>Production certificates (BSrE's under Root CA Indonesia, or a token's) are signed for when
 * {@code kk.signing.trust-anchors} is set; their cards are not specimens:
 *
 * <ul>
 *   <li>{@code kk.signing.trust-anchors}: a PEM file of the signing certificate's certification
 *       authorities, the root(s) and the issuing CA(s);
 *   <li>{@code kk.signing.officer-certificate}: the officer's certificate (PEM or DER), required for
 *       BSrE: a returned card signed with any other is refused;
 *   <li>{@code kk.signing.tsa.url} (required), {@code kk.signing.tsa.user}, {@code
 *       kk.signing.tsa.password}: the RFC 3161 time-stamp authority;
 *   <li>{@code kk.signing.online.hosts}: hosts ({@code host} or {@code host:port}, comma-separated)
 *       that may be asked besides the TSA and the OCSP and CRL addresses written in the configured
 *       certificates; {@code kk.signing.online.timeout-seconds} (15).
 * </ul>
 *
 * Without it, time stamps, revocation answers and the trust anchor are the demo PKI's: a token's
 * certificate and the BSrE simulator's are then the demo PKI's, and their cards are specimens.
 * Credentials come from this configuration only, never from a database or a page.
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

  public static final String BSRE_APPEARANCE = "kk.signing.bsre.appearance";
  public static final String BSRE_TAG = "kk.signing.bsre.tag";
  /** The tag OpenSID's integration writes for BSrE's stamp (docs/signing.md). */
  static final String DEFAULT_TAG = "[qr_bsre]";
  public static final String TRUST_ANCHORS = "kk.signing.trust-anchors";
  public static final String OFFICER_CERTIFICATE = "kk.signing.officer-certificate";
  public static final String TSA_URL = "kk.signing.tsa.url";
  public static final String TSA_USER = "kk.signing.tsa.user";
  public static final String TSA_PASSWORD = "kk.signing.tsa.password";
  public static final String ONLINE_HOSTS = "kk.signing.online.hosts";
  public static final String ONLINE_TIMEOUT = "kk.signing.online.timeout-seconds";
  /** Where the cards are signed, as the signatures made here name it (the issuing office's regency). */
  public static final String LOCATION = "kk.signing.location";

  /** Every key read here. */
  public static final List<String> KEYS = List.of(AUTHORITY, THREADS, PKCS11_LIBRARY, PKCS11_SLOT_INDEX,
      BSRE_URL, BSRE_USER, BSRE_PASSWORD, BSRE_CONNECT_TIMEOUT, BSRE_READ_TIMEOUT, BSRE_FILES_PER_CALL,
      BSRE_CONCURRENCY, BSRE_APPEARANCE, BSRE_TAG, TRUST_ANCHORS, OFFICER_CERTIFICATE, TSA_URL, TSA_USER, TSA_PASSWORD, ONLINE_HOSTS,
      ONLINE_TIMEOUT, LOCATION);

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
    if (!List.of(PKCS12, PKCS11, BSRE_V1, BSRE_V2).contains(name)) {
      throw new IllegalArgumentException(
          AUTHORITY + " is " + name + "; known: " + String.join(", ", PKCS12, PKCS11, BSRE_V1, BSRE_V2));
    }
    if (present(settings, TRUST_ANCHORS)) {
      return production(name, settings);
    }
    return switch (name) {
      case PKCS12 -> new LocalKeyAuthority(demoPki::openKadisKey, located(demoPki.padesSigner(), settings), true,
          threads(settings));
      case PKCS11 -> new Pkcs11Authority(Path.of(required(settings, PKCS11_LIBRARY)),
          number(settings, PKCS11_SLOT_INDEX, 0), located(demoPki.padesSigner(), settings), true, threads(settings));
      default -> BsreAuthority.overDemoPki(api(name), gateway(settings), demoPki, bsreOptions(settings));
    };
  }

  private static KkPadesSigner located(KkPadesSigner signer, Map<String, String> settings) {
    return present(settings, LOCATION) ? signer.locatedAt(settings.get(LOCATION).strip()) : signer;
  }

  /** An authority for a production certificate, with its chain and the online sources it needs. */
  private static SigningAuthority production(String name, Map<String, String> settings) {
    if (name.equals(PKCS12)) {
      throw new IllegalArgumentException(AUTHORITY + " pkcs12 signs with the demo key; with " + TRUST_ANCHORS
          + " set, choose pkcs11, bsre-v1 or bsre-v2");
    }
    List<X509Certificate> authorities = TrustAnchors.fromFile(Path.of(required(settings, TRUST_ANCHORS)));
    X509Certificate officer = present(settings, OFFICER_CERTIFICATE)
        ? certificate(Path.of(settings.get(OFFICER_CERTIFICATE).strip()))
        : null;
    OnlineSources online = online(settings, authorities, officer);
    if (name.equals(PKCS11)) {
      return new Pkcs11Authority(Path.of(required(settings, PKCS11_LIBRARY)), number(settings, PKCS11_SLOT_INDEX, 0),
          located(new KkPadesSigner(online.timeStamps(), online.ocsp(), online.crls(), authorities), settings), false,
          threads(settings));
    }
    if (officer == null) {
      throw new IllegalArgumentException(OFFICER_CERTIFICATE + " must be set for " + name
          + ": a card returned by BSrE is accepted only when signed with that certificate");
    }
    return BsreAuthority.overChain(api(name), gateway(settings), officer, authorities, online, bsreOptions(settings));
  }

  /**
   * The time-stamp authority of this system's own seals (the audit trail's): with a production
   * certificate, the configured one, trusted under the signing anchors; otherwise the demo PKI's.
   */
  public static TimeStamps timeStamps(Map<String, String> settings, DemoPki demoPki) {
    if (!present(settings, TRUST_ANCHORS)) {
      return new TimeStamps(demoPki.tspSource(), List.of(demoPki.rootCertificate()));
    }
    List<X509Certificate> authorities = TrustAnchors.fromFile(Path.of(required(settings, TRUST_ANCHORS)));
    return new TimeStamps(online(settings, authorities, null).timeStamps(), authorities);
  }

  private static OnlineSources online(Map<String, String> settings, List<X509Certificate> authorities,
      X509Certificate officer) {
    List<X509Certificate> configured = new ArrayList<>(authorities);
    if (officer != null) {
      configured.add(officer);
    }
    String tsaUser = present(settings, TSA_USER) ? settings.get(TSA_USER).strip() : null;
    return OnlineSources.of(URI.create(required(settings, TSA_URL)), tsaUser,
        tsaUser == null ? null : required(settings, TSA_PASSWORD).toCharArray(), configured,
        present(settings, ONLINE_HOSTS) ? List.of(settings.get(ONLINE_HOSTS).split(",")) : List.of(),
        Duration.ofSeconds(Math.max(1, number(settings, ONLINE_TIMEOUT, 15))));
  }

  private static BsreAuthority.Api api(String name) {
    return name.equals(BSRE_V1) ? BsreAuthority.Api.V1 : BsreAuthority.Api.V2;
  }

  private static BsreAuthority.Options bsreOptions(Map<String, String> settings) {
    String mode = settings.getOrDefault(BSRE_APPEARANCE, "invisible").strip().toUpperCase(Locale.ROOT);
    BsreAuthority.Appearance appearance;
    try {
      appearance = new BsreAuthority.Appearance(BsreAuthority.Appearance.Mode.valueOf(mode),
          settings.getOrDefault(BSRE_TAG, DEFAULT_TAG).strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(BSRE_APPEARANCE + " is invisible, tag or coordinates, not "
          + settings.get(BSRE_APPEARANCE), e);
    }
    return new BsreAuthority.Options(number(settings, BSRE_FILES_PER_CALL, 10), number(settings, BSRE_CONCURRENCY, 4),
        appearance);
  }

  private static BsreAuthority.Gateway gateway(Map<String, String> settings) {
    return new BsreAuthority.Gateway(URI.create(required(settings, BSRE_URL)), required(settings, BSRE_USER),
        required(settings, BSRE_PASSWORD).toCharArray(),
        Duration.ofSeconds(number(settings, BSRE_CONNECT_TIMEOUT, 10)),
        Duration.ofSeconds(number(settings, BSRE_READ_TIMEOUT, 60)));
  }

  /** The one certificate in {@code file} (PEM or DER). */
  private static X509Certificate certificate(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    } catch (IOException | CertificateException | ClassCastException e) {
      throw new IllegalArgumentException(OFFICER_CERTIFICATE + ": " + file + " holds no readable certificate", e);
    }
  }

  private static boolean present(Map<String, String> settings, String key) {
    return settings.get(key) != null && !settings.get(key).isBlank();
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
