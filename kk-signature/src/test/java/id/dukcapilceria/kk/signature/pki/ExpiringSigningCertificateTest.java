package id.dukcapilceria.kk.signature.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import id.dukcapilceria.kk.signature.pades.DigestSigner;
import id.dukcapilceria.kk.signature.pades.KkPadesSigner;
import id.dukcapilceria.kk.signature.pades.SigningRefusedException;
import id.dukcapilceria.kk.signature.render.KkPdfRenderer;
import id.dukcapilceria.kk.signature.testdata.KkTestData;
import id.dukcapilceria.kk.signature.verify.Indication;
import id.dukcapilceria.kk.signature.verify.KkSignatureVerifier;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A signing certificate outside its validity period signs nothing, also when the signer has
 * already checked its revocation status on the answers it holds (the check the signer remembers
 * covers revocation only; the validity period is checked for every signature).
 */
class ExpiringSigningCertificateTest {

  @TempDir Path dir;

  /** A key of our own with a certificate from the demo issuing CA. */
  private record OwnKey(KeyPair keys, X509Certificate certificate, DemoPki pki) implements DigestSigner {
    @Override
    public List<X509Certificate> chain() {
      return List.of(certificate, pki.issuingCertificate(), pki.rootCertificate());
    }

    @Override
    public SignatureAlgorithm signatureAlgorithm() {
      return SignatureAlgorithm.RSA_SHA256;
    }

    @Override
    public byte[] signDigest(DigestAlgorithm algorithm, byte[] digest) {
      try {
        Signature rsa = Signature.getInstance("NONEwithRSA");
        rsa.initSign(keys.getPrivate());
        rsa.update(new DigestInfo(
            new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE), digest).getEncoded());
        return rsa.sign();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private OwnKey keyValidFor(DemoPki pki, Duration validity) throws GeneralSecurityException {
    KeyPair keys = CertificateIssuer.newKeyPair();
    return new OwnKey(keys, pki.issueSigningCertificate("CN=DEMO Kadis Sementara,O=DEMO", keys, validity), pki);
  }

  @Test
  void anExpiredCertificateSignsAtNoLevel() throws Exception {
    DemoPki pki = DemoPki.createOrOpen(dir, "habis".toCharArray());
    OwnKey expired = keyValidFor(pki, Duration.ofMinutes(30)); // from an hour ago: ended half an hour ago
    KkPadesSigner signer = pki.padesSigner();
    byte[] unsigned = new KkPdfRenderer().render(KkTestData.document(true));
    for (SignatureLevel level : List.of(SignatureLevel.PAdES_BASELINE_B, SignatureLevel.PAdES_BASELINE_T,
        SignatureLevel.PAdES_BASELINE_LT, SignatureLevel.PAdES_BASELINE_LTA)) {
      assertThrows(SigningRefusedException.class, () -> signer.sign(unsigned, expired, level), level.name());
    }
  }

  @Test
  void aCertificateThatExpiresBetweenTwoSignaturesSignsOnlyBefore() throws Exception {
    DemoPki pki = DemoPki.createOrOpen(dir, "sebentar".toCharArray());
    // 12 s left: the three signatures below took under 5 s on the project's machine, warm-up included
    OwnKey shortLived = keyValidFor(pki, Duration.ofHours(1).plusSeconds(12));
    Instant notAfter = shortLived.certificate().getNotAfter().toInstant();
    KkPadesSigner signer = pki.padesSigner();
    byte[] unsigned = new KkPdfRenderer().render(KkTestData.document(true));

    byte[] signed = null;
    for (int i = 0; i < 3; i++) { // the third on the revocation check the signer remembers
      signed = signer.sign(unsigned, shortLived, SignatureLevel.PAdES_BASELINE_B);
    }
    assertTrue(Instant.now().isBefore(notAfter), "the signatures above were made while the certificate was valid");
    assertEquals(Indication.TOTAL_PASSED,
        new KkSignatureVerifier(List.of(pki.rootCertificate()), pki.ocspSource()).verify(signed).indication());

    Thread.sleep(Math.max(0, Duration.between(Instant.now(), notAfter).toMillis()) + 1500);
    assertThrows(SigningRefusedException.class,
        () -> signer.sign(unsigned, shortLived, SignatureLevel.PAdES_BASELINE_B));
  }
}
