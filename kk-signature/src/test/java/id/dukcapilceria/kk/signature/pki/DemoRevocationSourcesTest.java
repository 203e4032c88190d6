package id.dukcapilceria.kk.signature.pki;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.CertificateStatus;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLToken;
import eu.europa.esig.dss.spi.x509.revocation.ocsp.OCSPToken;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo PKI's OCSP responder and CRLs: what they answer, and how long an answer is reused. */
class DemoRevocationSourcesTest {

  @TempDir Path dir;
  private DemoPki pki;
  private CertificateToken kadis;
  private CertificateToken issuing;
  private CertificateToken root;

  @BeforeEach
  void createPki() {
    pki = DemoPki.createOrOpen(dir.resolve("pki"), "cabut".toCharArray());
    kadis = new CertificateToken(pki.kadisCertificate());
    issuing = new CertificateToken(pki.issuingCertificate());
    root = new CertificateToken(pki.rootCertificate());
  }

  @Test
  void ocspAnswersGoodForEachCertificateFromItsOwnCaAndNothingForOthers() {
    OCSPToken forKadis = (OCSPToken) pki.ocspSource().getRevocationToken(kadis, issuing);
    assertEquals(CertificateStatus.GOOD, forKadis.getStatus());
    assertTrue(forKadis.isSignedBy(issuing), "the issuing CA signs the answers for its certificates");
    OCSPToken forIssuing = (OCSPToken) pki.ocspSource().getRevocationToken(issuing, root);
    assertTrue(forIssuing.isSignedBy(root));

    assertNull(pki.ocspSource().getRevocationToken(kadis, root), "the root did not issue the Kadis certificate");
    DemoPki other = DemoPki.createOrOpen(dir.resolve("other"), "lain".toCharArray());
    assertNull(pki.ocspSource().getRevocationToken(
        new CertificateToken(other.kadisCertificate()), new CertificateToken(other.issuingCertificate())));
  }

  @Test
  void crlOfTheIssuingCaIsSignedByItAndListsNothingUntilARevocation() {
    CRLToken crl = pki.crlSource().getRevocationToken(kadis, issuing);
    assertNotNull(crl);
    assertTrue(crl.isValid(), "signature and issuer of the list check out");
    assertEquals(CertificateStatus.GOOD, crl.getStatus());
    assertNotNull(crl.getNextUpdate());

    pki.revoke(pki.kadisCertificate());

    CRLToken after = pki.crlSource().getRevocationToken(kadis, issuing);
    assertEquals(CertificateStatus.REVOKED, after.getStatus());
    assertEquals(CertificateStatus.REVOKED,
        ((OCSPToken) pki.ocspSource().getRevocationToken(kadis, issuing)).getStatus(),
        "OCSP knows it at once too, the kept answer is forgotten");
    assertEquals(CertificateStatus.GOOD, pki.crlSource().getRevocationToken(issuing, root).getStatus());
  }

  @Test
  void aRevocationIsKeptInThePkiDirectory() {
    pki.revoke(pki.kadisCertificate());
    DemoPki reopened = DemoPki.createOrOpen(dir.resolve("pki"));
    assertEquals(CertificateStatus.REVOKED,
        ((OCSPToken) reopened.ocspSource().getRevocationToken(kadis, issuing)).getStatus());
  }

  @Test
  void onlyCertificatesOfThisPkiCanBeRevoked() {
    DemoPki other = DemoPki.createOrOpen(dir.resolve("other"), "lain".toCharArray());
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> pki.revoke(other.kadisCertificate()));
  }

  @Test
  void anAnswerIsReusedForFifteenMinutesAndValidForAnHour() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-24T08:00:00.250Z"));
    List<DemoAuthority> authorities = List.of(new DemoAuthority(
        pki.issuingCertificate(), privateKeyOfIssuingCa()));
    RevocationRegistry registry = new RevocationRegistry(dir);
    DemoOcspSource ocsp = new DemoOcspSource(authorities, registry, clock);

    OCSPToken first = ocsp.getRevocationToken(kadis, issuing);
    assertEquals(Instant.parse("2026-11-24T08:00:01Z"), first.getThisUpdate().toInstant(),
        "rounded up to the next second, as the encoding drops milliseconds");
    assertEquals(Instant.parse("2026-11-24T09:00:01Z"), first.getNextUpdate().toInstant());

    clock.advance(Duration.ofMinutes(14));
    assertArrayEquals(first.getEncoded(), ocsp.getRevocationToken(kadis, issuing).getEncoded(),
        "the same signed answer, not a new RSA signature");

    clock.advance(Duration.ofMinutes(2));
    OCSPToken fresh = ocsp.getRevocationToken(kadis, issuing);
    assertFalse(java.util.Arrays.equals(first.getEncoded(), fresh.getEncoded()));
    assertEquals(Instant.parse("2026-11-24T08:16:01Z"), fresh.getThisUpdate().toInstant());
  }

  private java.security.PrivateKey privateKeyOfIssuingCa() throws Exception {
    char[] password = java.nio.file.Files.readString(dir.resolve("pki/infrastructure.password")).trim().toCharArray();
    java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
    try (var in = java.nio.file.Files.newInputStream(dir.resolve("pki/issuing-ca.p12"))) {
      store.load(in, password);
    }
    return (java.security.PrivateKey) store.getKey("key", password);
  }

  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
