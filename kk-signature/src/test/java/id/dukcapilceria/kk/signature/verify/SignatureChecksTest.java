package id.dukcapilceria.kk.signature.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.signature.pki.KadisCredentials;
import id.dukcapilceria.kk.signature.render.KkPdfRenderer;
import id.dukcapilceria.kk.signature.testdata.KkTestData;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks behind an indication, as a recipient reads them. */
class SignatureChecksTest {

  @TempDir static Path dir;
  private static DemoPki pki;
  private static byte[] signed;

  @BeforeAll
  static void sign() {
    pki = DemoPki.createOrOpen(dir.resolve("pki"), "checks".toCharArray());
    try (KadisCredentials key = pki.openKadisKey("checks".toCharArray())) {
      signed = pki.padesSigner().sign(new KkPdfRenderer().render(KkTestData.document(true)), key);
    }
  }

  @Test
  void aGoodSignaturePassesEveryCheckAndSaysSoInBothLanguages() {
    VerificationReport report = new KkSignatureVerifier(List.of(pki.rootCertificate())).verify(signed);

    assertEquals(new SignatureChecks(true, true, "GOOD", false), report.checks());
    assertTrue(report.detailedReportXml().contains("DetailedReport"));
    assertTrue(report.checks().reasons(Locale.forLanguageTag("id")).get(0).startsWith("Isi dokumen tidak berubah"));
    assertTrue(report.checks().reasons(Locale.ENGLISH).get(0).startsWith("The document is unchanged"));
  }

  @Test
  void anotherRootLeavesTheChainUntrustedButTheIntegrityIntact() {
    DemoPki other = DemoPki.createOrOpen(dir.resolve("other"), "lain".toCharArray());
    VerificationReport report = new KkSignatureVerifier(List.of(other.rootCertificate())).verify(signed);

    assertEquals(Indication.INDETERMINATE, report.indication());
    assertTrue(report.checks().integrity());
    assertFalse(report.checks().chainTrusted());
  }

  @Test
  void ourOwnDocumentsSayWhichKkAndWhetherItIsStillValid() {
    String ours = id.dukcapilceria.kk.domain.shared.Sha256.hex(signed);
    IssuedDocuments register = sha256 -> sha256.equals(ours)
        ? java.util.Optional.of(new IssuedDocuments.IssuedDocument("1305011203260001", false))
        : java.util.Optional.empty();

    VerificationReport report = new KkSignatureVerifier(List.of(pki.rootCertificate()), null, register).verify(signed);
    assertEquals(new IssuedDocuments.IssuedDocument("1305011203260001", false), report.issued(),
        "a genuine card that a newer one has replaced");
    assertEquals(null, new KkSignatureVerifier(List.of(pki.rootCertificate())).verify(signed).issued());
  }

  @Test
  void aChangedByteBreaksTheIntegrity() {
    byte[] tampered = signed.clone();
    tampered[tampered.length / 5] ^= 0x01;
    VerificationReport report = new KkSignatureVerifier(List.of(pki.rootCertificate())).verify(tampered);

    assertFalse(report.checks().integrity(), report.toString());
    assertFalse(report.isValid());
  }

  @Test
  void aDrawingAddedAfterSigningIsReportedAndTheRecipientIsNotToldTheCardIsValid() throws Exception {
    byte[] drawnOver;
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(signed);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      org.apache.pdfbox.pdmodel.PDPage page = document.getPage(0);
      try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(
          document, page, org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode.APPEND, true)) {
        // a white box over part of the family table, as a forger would cover a name
        content.setNonStrokingColor(java.awt.Color.WHITE);
        content.addRect(60, 300, 200, 30);
        content.fill();
      }
      page.getCOSObject().setNeedToBeUpdated(true);
      document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
      document.saveIncremental(out);
      drawnOver = out.toByteArray();
    }
    VerificationReport report = new KkSignatureVerifier(List.of(pki.rootCertificate())).verify(drawnOver);

    assertTrue(report.checks().integrity(), "the signed revision itself is intact: " + report);
    assertTrue(report.checks().modifiedAfterSigning(), report.toString());
    assertEquals(RecipientVerdict.CHANGED_AFTER_SIGNING, RecipientVerdict.of(report), report.toString());
    assertEquals(RecipientVerdict.Colour.RED, RecipientVerdict.of(report).colour());
  }
}
