package id.dukcapilceria.kk.signature.pki;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.TimestampBinary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Stream;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoPkiTest {

  private static final String OWN_PASSPHRASE = "rahasia-kadis-uji-123";

  @TempDir static Path dir;
  private static DemoPki pki;

  @BeforeAll
  static void createPki() {
    pki = DemoPki.createOrOpen(dir, OWN_PASSPHRASE.toCharArray());
  }

  @Test
  void reopensTheSamePki() throws Exception {
    DemoPki again = DemoPki.createOrOpen(dir);
    assertArrayEquals(pki.rootCertificate().getEncoded(), again.rootCertificate().getEncoded());
    assertArrayEquals(pki.kadisCertificate().getEncoded(), again.kadisCertificate().getEncoded());
    // the passphrase given on creation still protects the key
    try (KadisCredentials credentials = again.openKadisKey(OWN_PASSPHRASE.toCharArray())) {
      assertEquals(pki.kadisCertificate(), credentials.certificate());
    }
  }

  @Test
  void wrongPassphraseIsRejectedInIndonesian() {
    WrongPassphraseException e =
        assertThrows(
            WrongPassphraseException.class,
            () -> pki.openKadisKey(DemoPki.DEMO_PASSPHRASE.toCharArray()));
    assertEquals("Passphrase salah.", e.getMessage());
  }

  @Test
  void passphraseIsNotWrittenToDisk() throws IOException {
    byte[] secret = OWN_PASSPHRASE.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertFalse(
            content.contains(new String(secret, StandardCharsets.ISO_8859_1)), file.toString());
      }
    }
  }

  @Test
  void certificatesAreMarkedAsDemoAndHaveTheRightUsages() throws Exception {
    X509Certificate root = pki.rootCertificate();
    assertTrue(root.getSubjectX500Principal().getName().contains("SPESIMEN"));
    assertTrue(root.getBasicConstraints() >= 0, "root is a CA");

    X509Certificate kadis = pki.kadisCertificate();
    assertTrue(kadis.getSubjectX500Principal().getName().contains("DEMO"));
    X509Certificate issuing = pki.issuingCertificate();
    assertEquals(root.getSubjectX500Principal(), issuing.getIssuerX500Principal());
    issuing.verify(root.getPublicKey());
    assertEquals(0, issuing.getBasicConstraints(), "the issuing CA signs end entities only");
    assertEquals(issuing.getSubjectX500Principal(), kadis.getIssuerX500Principal());
    kadis.verify(issuing.getPublicKey());
    boolean[] usage = kadis.getKeyUsage();
    assertTrue(usage[0], "digitalSignature");
    assertTrue(usage[1], "nonRepudiation");
    assertEquals("SHA256withRSA", kadis.getSigAlgName());
    assertEquals(-1, kadis.getBasicConstraints());
  }

  @Test
  void tsaCertificateHasCriticalTimeStampingUsage() throws Exception {
    // the TSA certificate is only reachable through the tokens it signs
    TimestampBinary response =
        pki.tspSource().getTimeStampResponse(DigestAlgorithm.SHA256, new byte[32]);
    assertNotNull(response);
    TimeStampToken token = new TimeStampToken(new CMSSignedData(response.getBytes()));
    X509CertificateHolder holder =
        (X509CertificateHolder) token.getCertificates().getMatches(token.getSID()).iterator().next();
    X509Certificate tsa = new JcaX509CertificateConverter().getCertificate(holder);
    assertEquals(List.of("1.3.6.1.5.5.7.3.8"), tsa.getExtendedKeyUsage());
    assertTrue(tsa.getCriticalExtensionOIDs().contains("2.5.29.37"));
    assertTrue(tsa.getSubjectX500Principal().getName().contains("DEMO"));
  }
}
