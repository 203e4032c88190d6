package id.dukcapilceria.kk.signature.pades;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.signature.pki.KadisCredentials;
import id.dukcapilceria.kk.signature.render.KkPdfRenderer;
import id.dukcapilceria.kk.signature.testdata.KkTestData;
import id.dukcapilceria.kk.signature.verify.Indication;
import id.dukcapilceria.kk.signature.verify.IssuedDocuments;
import id.dukcapilceria.kk.signature.verify.KkSignatureVerifier;
import id.dukcapilceria.kk.signature.verify.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Revocation through the demo PKI's in-process OCSP responder and CRLs: a card signed with CRLs
 * only verifies offline, and revoking the Kadis certificate changes what verifiers say about
 * signatures without their own revocation data, and stops new signatures.
 */
class RevocationTest {

  @TempDir Path dir;

  @Test
  void aCardSignedWithRevocationListsOnlyCarriesThemAndVerifiesOffline() {
    DemoPki pki = DemoPki.createOrOpen(dir, "crl".toCharArray());
    KkPadesSigner crlOnly =
        new KkPadesSigner(pki.tspSource(), null, pki.crlSource(), pki.rootCertificate());
    byte[] signed;
    try (KadisCredentials key = pki.openKadisKey("crl".toCharArray())) {
      signed = crlOnly.sign(new KkPdfRenderer().render(KkTestData.document(true)), key);
    }

    VerificationReport report = new KkSignatureVerifier(List.of(pki.rootCertificate())).verify(signed);
    assertEquals(Indication.TOTAL_PASSED, report.indication(), report.simpleReportXml());
    assertEquals("PAdES-BASELINE-LT", report.level());
    assertEquals("GOOD", report.checks().revocation());
    String raw = new String(signed, StandardCharsets.ISO_8859_1);
    assertTrue(raw.contains("/CRLs"), "the DSS dictionary holds the lists");
    assertTrue(!raw.contains("/OCSPs"), "and no OCSP response was asked for");
  }

  @Test
  void revokingTheKadisCertificateIsSeenByOcspAndCrlAndStopsSigning() {
    DemoPki pki = DemoPki.createOrOpen(dir, "cabut".toCharArray());
    KkPadesSigner signer = pki.padesSigner();
    byte[] unsigned = new KkPdfRenderer().render(KkTestData.document(true));
    byte[] basic;
    byte[] longTerm;
    try (KadisCredentials key = pki.openKadisKey("cabut".toCharArray())) {
      basic = signer.sign(unsigned, key, SignatureLevel.PAdES_BASELINE_B);
      longTerm = signer.sign(unsigned, key, SignatureLevel.PAdES_BASELINE_LT);
    }
    KkSignatureVerifier byOcsp = new KkSignatureVerifier(List.of(pki.rootCertificate()), pki.ocspSource());
    KkSignatureVerifier byCrl = new KkSignatureVerifier(
        List.of(pki.rootCertificate()), null, pki.crlSource(), IssuedDocuments.NONE);
    assertEquals(Indication.TOTAL_PASSED, byOcsp.verify(basic).indication());
    assertEquals(Indication.TOTAL_PASSED, byCrl.verify(basic).indication());

    pki.revoke(pki.kadisCertificate());

    for (KkSignatureVerifier verifier : List.of(byOcsp, byCrl)) {
      VerificationReport report = verifier.verify(basic);
      // a B-level signature has no time-stamp proving it was made before the revocation
      assertEquals(Indication.INDETERMINATE, report.indication(), report.simpleReportXml());
      assertEquals("REVOKED_NO_POE", report.subIndication());
      assertEquals("REVOKED", report.checks().revocation());
    }
    assertEquals(Indication.TOTAL_PASSED,
        new KkSignatureVerifier(List.of(pki.rootCertificate())).verify(longTerm).indication(),
        "a B-LT card made before the revocation keeps its proof: time-stamp and good status inside");

    try (KadisCredentials key = pki.openKadisKey("cabut".toCharArray())) {
      // at every level: B-B and B-T carry no revocation data, but the certificate is still asked
      for (SignatureLevel level : List.of(SignatureLevel.PAdES_BASELINE_B, SignatureLevel.PAdES_BASELINE_T,
          SignatureLevel.PAdES_BASELINE_LT, SignatureLevel.PAdES_BASELINE_LTA)) {
        SigningRefusedException refused = assertThrows(SigningRefusedException.class,
            () -> signer.sign(unsigned, key, level), level.toString());
        assertTrue(refused.getMessage().startsWith("Penandatanganan ditolak: sertifikat penandatangan dicabut"));
      }
    }
  }

  @Test
  void withoutAnAnswerAboutTheCertificateNothingIsSignedAtAnyLevel() {
    DemoPki pki = DemoPki.createOrOpen(dir.resolve("diam"), "diam".toCharArray());
    // an OCSP responder that never answers, and no revocation lists
    KkPadesSigner signer = new KkPadesSigner(pki.tspSource(), (certificate, issuer) -> null, pki.rootCertificate());
    byte[] unsigned = new KkPdfRenderer().render(KkTestData.document(true));
    try (KadisCredentials key = pki.openKadisKey("diam".toCharArray())) {
      for (SignatureLevel level : List.of(SignatureLevel.PAdES_BASELINE_B, SignatureLevel.PAdES_BASELINE_T,
          SignatureLevel.PAdES_BASELINE_LT, SignatureLevel.PAdES_BASELINE_LTA)) {
        assertThrows(SigningRefusedException.class, () -> signer.sign(unsigned, key, level), level.toString());
      }
    }
  }
}
