package id.dukcapilceria.kk.signature.pades;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.x509.revocation.ocsp.OCSPSource;
import eu.europa.esig.dss.spi.x509.revocation.ocsp.OCSPToken;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.signature.pki.KadisCredentials;
import id.dukcapilceria.kk.signature.render.KkPdfRenderer;
import id.dukcapilceria.kk.signature.testdata.KkTestData;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signer asks DSS for the chain's revocation status once per set of signed answers: again as
 * soon as a source hands out another answer or after a revocation, and every time with a source
 * that does not say which answer it holds. Requests to the OCSP source are counted: DSS asks it for
 * the Kadis certificate and for the issuing CA's.
 */
class CheckedRevocationStatusTest {

  private static final char[] PASSPHRASE = "status".toCharArray();

  @TempDir Path dir;
  private DemoPki pki;
  private byte[] unsigned;

  @BeforeEach
  void setUp() {
    pki = DemoPki.createOrOpen(dir, PASSPHRASE);
    unsigned = new KkPdfRenderer().render(KkTestData.document(true));
  }

  /** The demo PKI's OCSP source, counting the requests; tells its kept answers when asked to. */
  private static class CountingOcsp implements OCSPSource {
    private static final long serialVersionUID = 1L;
    final transient OCSPSource demo;
    final AtomicInteger requests = new AtomicInteger();

    CountingOcsp(OCSPSource demo) {
      this.demo = demo;
    }

    @Override
    public OCSPToken getRevocationToken(CertificateToken certificate, CertificateToken issuer) {
      requests.incrementAndGet();
      return demo.getRevocationToken(certificate, issuer);
    }
  }

  /** As above, and says which answer it holds: the demo's, or another one the test puts in place. */
  private static final class CountingKeptOcsp extends CountingOcsp implements KeptRevocationAnswers {
    private static final long serialVersionUID = 1L;
    transient Object replacement;

    CountingKeptOcsp(OCSPSource demo) {
      super(demo);
    }

    @Override
    public Object keptAnswer(X509Certificate certificate) {
      return replacement != null ? replacement : ((KeptRevocationAnswers) demo).keptAnswer(certificate);
    }
  }

  /**
   * The requests of a third signature. The first one's check cannot be remembered: no answer was
   * kept before DSS asked, so which one DSS read is not known; the second is checked on kept ones.
   */
  private int requestsForAThirdSignature(CountingOcsp ocsp, SignatureLevel level) {
    KkPadesSigner signer = new KkPadesSigner(pki.tspSource(), ocsp, pki.rootCertificate());
    try (KadisCredentials key = pki.openKadisKey(PASSPHRASE)) {
      signer.sign(unsigned, key, level);
      assertEquals(2, ocsp.requests.get(), "DSS asks for the Kadis and the issuing CA certificates");
      signer.sign(unsigned, key, level);
      assertEquals(4, ocsp.requests.get());
      signer.sign(unsigned, key, level);
      return ocsp.requests.get() - 4;
    }
  }

  @Test
  void aSignatureOnAnswersAlreadyCheckedDoesNotAskAgain() {
    assertEquals(0, requestsForAThirdSignature(new CountingKeptOcsp(pki.ocspSource()), SignatureLevel.PAdES_BASELINE_B));
  }

  @Test
  void aSourceThatDoesNotSayWhichAnswerItHoldsIsAskedForEverySignature() {
    assertEquals(2, requestsForAThirdSignature(new CountingOcsp(pki.ocspSource()), SignatureLevel.PAdES_BASELINE_B));
  }

  @Test
  void withAnOcspSourceThatDoesNotSayAndListsThatDoTheStatusIsAskedForEverySignature() {
    CountingOcsp ocsp = new CountingOcsp(pki.ocspSource());
    KkPadesSigner signer = new KkPadesSigner(pki.tspSource(), ocsp, pki.crlSource(), pki.rootCertificate());
    try (KadisCredentials key = pki.openKadisKey(PASSPHRASE)) {
      // a signer with lists only, so that the demo CRL source holds a list for both certificates
      new KkPadesSigner(pki.tspSource(), null, pki.crlSource(), pki.rootCertificate())
          .sign(unsigned, key, SignatureLevel.PAdES_BASELINE_B);
      for (int i = 0; i < 3; i++) {
        signer.sign(unsigned, key, SignatureLevel.PAdES_BASELINE_B);
      }
    }
    assertEquals(6, ocsp.requests.get(), "DSS reads the status from the OCSP answers, which cannot be compared");
  }

  @Test
  void aChainThatDoesNotReachItsRootIsAskedForEverySignature() {
    CountingKeptOcsp ocsp = new CountingKeptOcsp(pki.ocspSource());
    KkPadesSigner signer = new KkPadesSigner(pki.tspSource(), ocsp, pki.rootCertificate());
    try (KadisCredentials key = pki.openKadisKey(PASSPHRASE)) {
      DigestSigner withoutRoot = new DigestSigner() {
        @Override
        public X509Certificate certificate() {
          return key.certificate();
        }

        @Override
        public List<X509Certificate> chain() {
          return key.chain().stream().filter(c -> !c.equals(pki.rootCertificate())).toList();
        }

        @Override
        public SignatureAlgorithm signatureAlgorithm() {
          return key.signatureAlgorithm();
        }

        @Override
        public byte[] signDigest(DigestAlgorithm algorithm, byte[] digest) {
          return key.signDigest(algorithm, digest);
        }
      };
      for (int i = 0; i < 3; i++) {
        signer.sign(unsigned, withoutRoot, SignatureLevel.PAdES_BASELINE_B);
      }
    }
    assertEquals(6, ocsp.requests.get(), "which issuers DSS checks is not known from the chain given");
  }

  @Test
  void anotherAnswerIsCheckedAgain() {
    CountingKeptOcsp ocsp = new CountingKeptOcsp(pki.ocspSource());
    KkPadesSigner signer = new KkPadesSigner(pki.tspSource(), ocsp, pki.rootCertificate());
    try (KadisCredentials key = pki.openKadisKey(PASSPHRASE)) {
      for (int i = 0; i < 3; i++) {
        signer.sign(unsigned, key, SignatureLevel.PAdES_BASELINE_B);
      }
      assertEquals(4, ocsp.requests.get());

      ocsp.replacement = new Object(); // e.g. the kept response expired and a new one is handed out
      signer.sign(unsigned, key, SignatureLevel.PAdES_BASELINE_B);
      assertEquals(6, ocsp.requests.get(), "checked again on the new answer");
      signer.sign(unsigned, key, SignatureLevel.PAdES_BASELINE_B);
      assertEquals(6, ocsp.requests.get(), "and that check is remembered in turn");
    }
  }

  @Test
  void aRevocationAfterCheckedSignaturesStopsTheNextOneAtEveryLevel() {
    KkPadesSigner signer = pki.padesSigner();
    try (KadisCredentials key = pki.openKadisKey(PASSPHRASE)) {
      for (SignatureLevel level : SignatureLevel.values()) {
        if (level.name().startsWith("PAdES_BASELINE")) {
          for (int i = 0; i < 3; i++) {
            signer.sign(unsigned, key, level); // the third on the remembered check
          }
        }
      }
      pki.revoke(pki.kadisCertificate());
      for (SignatureLevel level : SignatureLevel.values()) {
        if (level.name().startsWith("PAdES_BASELINE")) {
          SigningRefusedException refused =
              assertThrows(SigningRefusedException.class, () -> signer.sign(unsigned, key, level), level.name());
          assertTrue(refused.getMessage().contains("dicabut"), refused.getMessage());
        }
      }
    }
  }

  @Test
  void revokingTheIssuingCaIsSeenAsWell() {
    KkPadesSigner signer = pki.padesSigner();
    try (KadisCredentials key = pki.openKadisKey(PASSPHRASE)) {
      for (int i = 0; i < 3; i++) {
        signer.sign(unsigned, key, SignatureLevel.PAdES_BASELINE_B);
      }
      pki.revoke(pki.issuingCertificate());
      assertThrows(SigningRefusedException.class,
          () -> signer.sign(unsigned, key, SignatureLevel.PAdES_BASELINE_B));
    }
  }
}
