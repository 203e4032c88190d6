package id.dukcapilceria.kk.signature.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.europa.esig.dss.enumerations.Context;
import eu.europa.esig.dss.enumerations.SubContext;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.policy.CryptographicSuite;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.policy.ValidationPolicyLoader;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.signature.pki.KadisCredentials;
import id.dukcapilceria.kk.signature.render.KkPdfRenderer;
import id.dukcapilceria.kk.signature.testdata.KkTestData;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy with its cryptographic suites built once judges exactly as DSS's own policy. */
class RememberedCryptographicSuitesTest {

  @TempDir Path dir;

  @Test
  void eachSuiteIsBuiltOnceAndAcceptsWhatDssAccepts() {
    ValidationPolicy dss = ValidationPolicyLoader.fromDefaultValidationPolicy().create();
    ValidationPolicy remembered = RememberedCryptographicSuites.of(
        ValidationPolicyLoader.fromDefaultValidationPolicy().create());

    for (Context context : List.of(Context.SIGNATURE, Context.COUNTER_SIGNATURE, Context.TIMESTAMP, Context.REVOCATION)) {
      CryptographicSuite ours = remembered.getSignatureCryptographicConstraint(context);
      assertSame(ours, remembered.getSignatureCryptographicConstraint(context), "built once: " + context);
      assertSuitesEqual(dss.getSignatureCryptographicConstraint(context), ours);
      for (SubContext subContext : SubContext.values()) {
        assertSuitesEqual(dss.getCertificateCryptographicConstraint(context, subContext),
            remembered.getCertificateCryptographicConstraint(context, subContext));
      }
    }
    assertEquals(dss.getPolicyName(), remembered.getPolicyName(), "other questions go to DSS's policy");
    // and DSS's refusals come through as they are
    assertThrows(UnsupportedOperationException.class, () -> dss.getSignatureCryptographicConstraint(Context.EVIDENCE_RECORD));
    assertThrows(UnsupportedOperationException.class,
        () -> remembered.getSignatureCryptographicConstraint(Context.EVIDENCE_RECORD));
  }

  private static void assertSuitesEqual(CryptographicSuite expected, CryptographicSuite actual) {
    if (expected == null || actual == null) {
      assertSame(expected, actual);
      return;
    }
    assertEquals(expected.getAcceptableSignatureAlgorithms(), actual.getAcceptableSignatureAlgorithms());
    assertEquals(expected.getAcceptableDigestAlgorithms(), actual.getAcceptableDigestAlgorithms());
    assertEquals(expected.getLevel(), actual.getLevel());
  }

  @Test
  void validSignedChangedAndForeignCardsGetTheSameVerdictsWithEitherPolicy() {
    DemoPki pki = DemoPki.createOrOpen(dir.resolve("pki"), "suites".toCharArray());
    DemoPki other = DemoPki.createOrOpen(dir.resolve("other"), "lain".toCharArray());
    byte[] signed;
    try (KadisCredentials key = pki.openKadisKey("suites".toCharArray())) {
      signed = pki.padesSigner().sign(new KkPdfRenderer().render(KkTestData.document(true)), key);
    }
    byte[] changed = signed.clone();
    changed[signed.length / 3] ^= 0x01;
    ValidationPolicy dss = ValidationPolicyLoader.fromDefaultValidationPolicy().create();
    ValidationPolicy remembered = RememberedCryptographicSuites.of(
        ValidationPolicyLoader.fromDefaultValidationPolicy().create());

    for (byte[] pdf : List.of(signed, changed)) {
      for (X509Certificate root : List.of(pki.rootCertificate(), other.rootCertificate())) {
        SimpleReport expected = validate(pdf, root, dss);
        SimpleReport actual = validate(pdf, root, remembered);
        String id = expected.getFirstSignatureId();
        assertEquals(expected.getIndication(id), actual.getIndication(id));
        assertEquals(expected.getSubIndication(id), actual.getSubIndication(id));
        assertEquals(expected.getAdESValidationErrors(id), actual.getAdESValidationErrors(id));
        assertEquals(expected.getAdESValidationWarnings(id), actual.getAdESValidationWarnings(id));
        assertEquals(expected.getAdESValidationInfo(id), actual.getAdESValidationInfo(id));
        assertEquals(expected.getSignatureFormat(id), actual.getSignatureFormat(id));
      }
    }
  }

  private static SimpleReport validate(byte[] pdf, X509Certificate root, ValidationPolicy policy) {
    PDFDocumentValidator validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
    CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
    trusted.addCertificate(new CertificateToken(root));
    CommonCertificateVerifier certificates = new CommonCertificateVerifier();
    certificates.setTrustedCertSources(trusted);
    validator.setCertificateVerifier(certificates);
    return validator.validateDocument(policy).getSimpleReport();
  }
}
