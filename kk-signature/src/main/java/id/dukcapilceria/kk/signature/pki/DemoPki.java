package id.dukcapilceria.kk.signature.pki;

import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import eu.europa.esig.dss.spi.x509.revocation.ocsp.OCSPSource;
import eu.europa.esig.dss.spi.x509.tsp.KeyEntityTSPSource;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * An offline demonstration PKI shaped like BSrE's three-level chain: a root CA, an issuing CA
 * under it, and under that the Kadis's signing certificate and a time-stamp authority, all clearly
 * named DEMO/SPESIMEN. It lets the whole issuance flow (sign, time-stamp,
 * revocation, verify) run without BSrE, for development, tests and training. Real deployments sign
 * with a BSrE certificate through the BSrE gateway instead.
 *
 * <p>Files in the directory:
 *
 * <ul>
 *   <li>{@code root-ca.cer}, {@code kadis.cer}: the public certificates (DER);
 *   <li>{@code kadis.p12}: the Kadis's key, protected <b>only</b> by the Kadis's passphrase, which
 *       is never written anywhere;
 *   <li>{@code revoked.txt}: certificates revoked with {@link #revoke}, if any;
 *   <li>{@code root-ca.p12}, {@code issuing-ca.p12}, {@code tsa.p12}: the CA and TSA keys. These are demo infrastructure
 *       that must work unattended, so they are protected by a random password kept next to them in
 *       {@code infrastructure.password} (owner-readable only). This is acceptable only for a demo.
 * </ul>
 */
public final class DemoPki {

  /** The passphrase of the demo Kadis key; the portal prints it on the demo login page. */
  public static final String DEMO_PASSPHRASE = "spesimen-kadis-2026";

  public static final String ROOT_SUBJECT =
      "CN=DEMO Root CA Dukcapil Ceria - SPESIMEN TIDAK BERLAKU, O=DEMO, C=ID";
  public static final String ISSUING_SUBJECT =
      "CN=DEMO Issuing CA Dukcapil Ceria - SPESIMEN TIDAK BERLAKU, O=DEMO, C=ID";
  public static final String KADIS_SUBJECT =
      "CN=DEMO Kepala Dinas Dukcapil Padang Pariaman - SPESIMEN, O=DEMO, C=ID";
  public static final String TSA_SUBJECT =
      "CN=DEMO Time-Stamp Authority Dukcapil Ceria - SPESIMEN, O=DEMO, C=ID";

  /** A policy OID under the ITU-T/ISO "example" arc 2.999: deliberately not a real policy. */
  static final String TSA_POLICY = "2.999.62.1";

  private static final String ROOT_FILE = "root-ca.p12";
  private static final String ROOT_CERT_FILE = "root-ca.cer";
  private static final String ISSUING_FILE = "issuing-ca.p12";
  private static final String TSA_FILE = "tsa.p12";
  private static final String KADIS_FILE = "kadis.p12";
  private static final String KADIS_CERT_FILE = "kadis.cer";
  private static final String PASSWORD_FILE = "infrastructure.password";
  private static final String ALIAS = "key";

  private final Path dir;
  private final X509Certificate root;
  private final PrivateKey rootKey;
  private final X509Certificate issuing;
  private final PrivateKey issuingKey;
  private final X509Certificate tsa;
  private final PrivateKey tsaKey;
  private final X509Certificate kadis;
  private final RevocationRegistry revocations;
  private final DemoOcspSource ocspSource;
  private final DemoCrlSource crlSource;

  private DemoPki(
      Path dir,
      X509Certificate root,
      PrivateKey rootKey,
      X509Certificate issuing,
      PrivateKey issuingKey,
      X509Certificate tsa,
      PrivateKey tsaKey,
      X509Certificate kadis) {
    this.dir = dir;
    this.root = root;
    this.rootKey = rootKey;
    this.issuing = issuing;
    this.issuingKey = issuingKey;
    this.tsa = tsa;
    this.tsaKey = tsaKey;
    this.kadis = kadis;
    this.revocations = new RevocationRegistry(dir);
    List<DemoAuthority> authorities =
        List.of(new DemoAuthority(issuing, issuingKey), new DemoAuthority(root, rootKey));
    this.ocspSource = new DemoOcspSource(authorities, revocations, Clock.systemUTC());
    this.crlSource = new DemoCrlSource(authorities, revocations, Clock.systemUTC());
  }

  /** Opens the demo PKI in {@code dir}, creating it with {@link #DEMO_PASSPHRASE} the first time. */
  public static DemoPki createOrOpen(Path dir) {
    return createOrOpen(dir, DEMO_PASSPHRASE.toCharArray());
  }

  /**
   * Opens the demo PKI in {@code dir}, or creates it with the Kadis key protected by {@code
   * kadisPassphrase}. The passphrase is used only on creation; an existing key keeps its own.
   */
  public static DemoPki createOrOpen(Path dir, char[] kadisPassphrase) {
    try {
      Files.createDirectories(dir);
      if (Files.exists(dir.resolve(KADIS_FILE))) {
        return open(dir);
      }
      return create(dir, kadisPassphrase, CertificateIssuer.Addresses.PLACEHOLDERS);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot use the demo PKI directory " + dir, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot use the demo PKI in " + dir, e);
    }
  }

  /**
   * Creates a demo PKI in the empty or new {@code dir} whose certificates name real OCSP and CRL
   * addresses under {@code services} ({@code ocsp} and {@code crl}), as a production certificate
   * does; {@link DemoPkiServices} answers there. For tests and demos of the online sources, where
   * the demo PKI stands in for BSrE and Root CA Indonesia.
   */
  public static DemoPki createWithServices(Path dir, char[] kadisPassphrase, URI services) {
    String base = services.toString().endsWith("/") ? services.toString() : services + "/";
    try {
      Files.createDirectories(dir);
      if (Files.exists(dir.resolve(KADIS_FILE))) {
        throw new IllegalArgumentException(dir + " already holds a demo PKI");
      }
      return create(dir, kadisPassphrase, new CertificateIssuer.Addresses(base + "ocsp", base + "crl"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot use the demo PKI directory " + dir, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot use the demo PKI in " + dir, e);
    }
  }

  private static DemoPki create(Path dir, char[] kadisPassphrase, CertificateIssuer.Addresses addresses)
      throws IOException, GeneralSecurityException {
    char[] password = randomPassword();
    KeyPair rootKeys = CertificateIssuer.newKeyPair();
    X509Certificate root =
        CertificateIssuer.root(ROOT_SUBJECT, rootKeys, Duration.ofDays(3650));
    KeyPair issuingKeys = CertificateIssuer.newKeyPair();
    X509Certificate issuing =
        CertificateIssuer.intermediate(
            ISSUING_SUBJECT, issuingKeys, root, rootKeys.getPrivate(), Duration.ofDays(3000), addresses);
    KeyPair tsaKeys = CertificateIssuer.newKeyPair();
    X509Certificate tsa =
        CertificateIssuer.timeStamping(
            TSA_SUBJECT, tsaKeys, issuing, issuingKeys.getPrivate(), Duration.ofDays(1825), addresses);
    KeyPair kadisKeys = CertificateIssuer.newKeyPair();
    X509Certificate kadis =
        CertificateIssuer.signer(
            KADIS_SUBJECT, kadisKeys, issuing, issuingKeys.getPrivate(), Duration.ofDays(730), addresses);

    writePrivate(dir.resolve(PASSWORD_FILE), new String(password).getBytes(StandardCharsets.UTF_8));
    writePrivate(dir.resolve(ROOT_FILE), pkcs12(rootKeys.getPrivate(), password, root));
    writePrivate(dir.resolve(ISSUING_FILE), pkcs12(issuingKeys.getPrivate(), password, issuing, root));
    writePrivate(dir.resolve(TSA_FILE), pkcs12(tsaKeys.getPrivate(), password, tsa, issuing, root));
    Files.write(dir.resolve(ROOT_CERT_FILE), root.getEncoded());
    Files.write(dir.resolve(KADIS_CERT_FILE), kadis.getEncoded());
    // written last: its presence marks a complete PKI
    writePrivate(
        dir.resolve(KADIS_FILE), pkcs12(kadisKeys.getPrivate(), kadisPassphrase, kadis, issuing, root));
    Arrays.fill(password, '\0');
    return new DemoPki(dir, root, rootKeys.getPrivate(), issuing, issuingKeys.getPrivate(),
        tsa, tsaKeys.getPrivate(), kadis);
  }

  private static DemoPki open(Path dir) throws IOException, GeneralSecurityException {
    char[] password =
        new String(Files.readAllBytes(dir.resolve(PASSWORD_FILE)), StandardCharsets.UTF_8)
            .trim()
            .toCharArray();
    KeyStore rootStore = load(Files.readAllBytes(dir.resolve(ROOT_FILE)), password);
    KeyStore issuingStore = load(Files.readAllBytes(dir.resolve(ISSUING_FILE)), password);
    KeyStore tsaStore = load(Files.readAllBytes(dir.resolve(TSA_FILE)), password);
    X509Certificate root = (X509Certificate) rootStore.getCertificate(ALIAS);
    PrivateKey rootKey = (PrivateKey) rootStore.getKey(ALIAS, password);
    X509Certificate issuing = (X509Certificate) issuingStore.getCertificate(ALIAS);
    PrivateKey issuingKey = (PrivateKey) issuingStore.getKey(ALIAS, password);
    X509Certificate tsa = (X509Certificate) tsaStore.getCertificate(ALIAS);
    PrivateKey tsaKey = (PrivateKey) tsaStore.getKey(ALIAS, password);
    Arrays.fill(password, '\0');
    X509Certificate kadis = readCertificate(dir.resolve(KADIS_CERT_FILE));
    return new DemoPki(dir, root, rootKey, issuing, issuingKey, tsa, tsaKey, kadis);
  }

  /** The folder the demo PKI lives in. */
  public Path folder() {
    return dir;
  }

  /** The trust anchor to configure in verifiers. */
  public X509Certificate rootCertificate() {
    return root;
  }

  /** The Kadis's certificate, readable without the passphrase (e.g. to show who will sign). */
  public X509Certificate kadisCertificate() {
    return kadis;
  }

  /**
   * Opens the Kadis's key for one signing session. The caller should wipe {@code passphrase}
   * afterwards and close the returned credentials.
   *
   * @throws WrongPassphraseException when the passphrase does not open the key
   */
  public KadisCredentials openKadisKey(char[] passphrase) {
    byte[] p12;
    try {
      p12 = Files.readAllBytes(dir.resolve(KADIS_FILE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      load(p12, passphrase); // fails fast with a clear cause on a wrong passphrase
    } catch (IOException e) {
      if (e.getCause() instanceof UnrecoverableKeyException) {
        throw new WrongPassphraseException(e);
      }
      throw new UncheckedIOException("The Kadis key store is damaged", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The Kadis key store cannot be read", e);
    }
    Pkcs12SignatureToken token =
        new Pkcs12SignatureToken(p12, new KeyStore.PasswordProtection(passphrase));
    List<DSSPrivateKeyEntry> keys = token.getKeys();
    if (keys.isEmpty()) {
      token.close();
      throw new IllegalStateException("The Kadis key store holds no key");
    }
    return new KadisCredentials(token, keys.get(0));
  }

  /** A signer under this PKI: its TSA, its OCSP responder and CRLs, its root as trust anchor. */
  public id.dukcapilceria.kk.signature.pades.KkPadesSigner padesSigner() {
    return new id.dukcapilceria.kk.signature.pades.KkPadesSigner(tspSource(), ocspSource(), crlSource(), rootCertificate());
  }

  /** An in-process RFC 3161 time-stamp authority signed by the demo TSA key. */
  public TSPSource tspSource() {
    KeyEntityTSPSource source = new KeyEntityTSPSource(tsaKey, tsa, List.of(tsa, issuing, root));
    source.setTsaPolicy(TSA_POLICY);
    return source;
  }

  /** The issuing CA between the root and the Kadis / TSA certificates. */
  public X509Certificate issuingCertificate() {
    return issuing;
  }

  /**
   * In-process OCSP answers for every certificate of the demo PKI: the issuing CA answers for the
   * Kadis and TSA certificates, the root for the issuing CA. One responder per PKI, so its
   * responses are reused across documents.
   */
  public OCSPSource ocspSource() {
    return ocspSource;
  }

  /** In-process CRLs of the issuing CA and of the root, the fallback when OCSP gives no answer. */
  public CRLSource crlSource() {
    return crlSource;
  }

  /**
   * Revokes a certificate of this PKI from now on (e.g. the Kadis key was compromised): OCSP and
   * CRLs say so at once, and the revocation is kept in the PKI directory.
   */
  public void revoke(X509Certificate certificate) {
    boolean ours = List.of(root, issuing).stream()
        .anyMatch(ca -> new DemoAuthority(ca, null).issued(certificate));
    if (!ours) {
      throw new IllegalArgumentException("Not a certificate of this demo PKI: "
          + certificate.getSubjectX500Principal().getName());
    }
    revocations.revoke(certificate, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    ocspSource.forgetResponses();
    crlSource.forgetLists();
  }

  /**
   * Another signing certificate from the issuing CA, valid from an hour ago for {@code validity}:
   * for tests of certificates that expire.
   */
  X509Certificate issueSigningCertificate(String subject, java.security.KeyPair keys, Duration validity)
      throws GeneralSecurityException {
    return CertificateIssuer.signer(subject, keys, issuing, issuingKey, validity,
        CertificateIssuer.Addresses.PLACEHOLDERS);
  }

  /** The certificates this PKI issued and answers OCSP for (not the root, which is its own authority). */
  List<X509Certificate> certificates() {
    return List.of(issuing, tsa, kadis);
  }

  /** The CA of this PKI that issued {@code certificate}. */
  X509Certificate issuerOf(X509Certificate certificate) {
    return certificate.equals(issuing) ? root : issuing;
  }

  /** The time-stamping certificate, e.g. to revoke it in a test. */
  public X509Certificate tsaCertificate() {
    return tsa;
  }

  private static char[] randomPassword() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
  }

  private static byte[] pkcs12(PrivateKey key, char[] password, X509Certificate... chain)
      throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(ALIAS, key, password, chain);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.store(out, password);
    return out.toByteArray();
  }

  private static KeyStore load(byte[] p12, char[] password)
      throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(new ByteArrayInputStream(p12), password);
    return store;
  }

  private static X509Certificate readCertificate(Path file)
      throws IOException, CertificateException {
    Certificate certificate =
        java.security.cert.CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(file)));
    return (X509Certificate) certificate;
  }

  /** Writes a secret file readable by its owner only, where the file system supports it. */
  private static void writePrivate(Path file, byte[] content) throws IOException {
    Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system (Windows): rely on the directory's access rights
    }
  }
}
