package id.dukcapilceria.kk.signature.pades;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.signature.pki.KadisCredentials;
import id.dukcapilceria.kk.signature.render.KkPdfRenderer;
import id.dukcapilceria.kk.signature.testdata.KkTestData;
import id.dukcapilceria.kk.signature.verify.Indication;
import id.dukcapilceria.kk.signature.verify.InvalidPdfException;
import id.dukcapilceria.kk.signature.verify.KkSignatureVerifier;
import id.dukcapilceria.kk.signature.verify.VerificationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Round trips render → sign → verify at every baseline level, and tampering. */
class SignAndVerifyTest {

  private static final Path TARGET = Path.of("target");

  @TempDir static Path pkiDir;
  private static DemoPki pki;
  private static KkPadesSigner signer;
  private static KadisCredentials credentials;
  private static byte[] rendered;

  @BeforeAll
  static void setUp() {
    pki = DemoPki.createOrOpen(pkiDir);
    signer = pki.padesSigner();
    credentials = pki.openKadisKey(DemoPki.DEMO_PASSPHRASE.toCharArray());
    rendered = new KkPdfRenderer().render(KkTestData.document(true));
  }

  @AfterAll
  static void tearDown() {
    credentials.close();
  }

  private static KkSignatureVerifier selfContained() {
    return new KkSignatureVerifier(List.of(pki.rootCertificate()));
  }

  private static KkSignatureVerifier withRevocation() {
    return new KkSignatureVerifier(List.of(pki.rootCertificate()), pki.ocspSource());
  }

  private static byte[] timedSign(SignatureLevel level) {
    long start = System.nanoTime();
    byte[] signed = signer.sign(rendered, credentials, level);
    System.out.printf(
        "sign %s: %d ms, %d bytes%n",
        level, (System.nanoTime() - start) / 1_000_000, signed.length);
    return signed;
  }

  private static VerificationReport timedVerify(KkSignatureVerifier verifier, byte[] pdf) {
    long start = System.nanoTime();
    VerificationReport report = verifier.verify(pdf);
    System.out.printf(
        "verify: %d ms -> %s %s %s%n",
        (System.nanoTime() - start) / 1_000_000,
        report.level(),
        report.indication(),
        report.subIndication());
    return report;
  }

  @Test
  void defaultLevelLtVerifiesOfflineAndWithPdfsig() throws Exception {
    Instant before = Instant.now().minusSeconds(1);
    byte[] signed = signer.sign(rendered, credentials);
    timedSign(SignatureLevel.PAdES_BASELINE_LT); // a warm figure for the report

    VerificationReport report = timedVerify(selfContained(), signed);
    assertEquals(Indication.TOTAL_PASSED, report.indication(), report.simpleReportXml());
    assertEquals(1, report.signatureCount());
    assertEquals("PAdES-BASELINE-LT", report.level());
    assertTrue(report.signerName().contains("DEMO Kepala Dinas"), report.signerName());
    assertNotNull(report.signingTime());
    assertTrue(report.signingTime().isAfter(before), report.signingTime().toString());
    assertTrue(report.signingTime().isBefore(Instant.now().plusSeconds(2)));

    Files.createDirectories(TARGET);
    Path file = TARGET.resolve("demo-signed-kk.pdf");
    Files.write(file, signed);
    String pdfsig = run("/usr/bin/pdfsig", file.toString());
    assertTrue(pdfsig.contains("Signature is Valid"), pdfsig);
    // LT appends the revocation data (DSS dictionary) as an incremental update after the signature
    assertTrue(pdfsig.contains("Not total document signed"), pdfsig);

    try (PDDocument document = Loader.loadPDF(signed)) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("SPESIMEN"), text);
      assertTrue(text.contains(KkTestData.NOMOR_KK), text);
      assertTrue(text.contains(KkTestData.NAMA_KEPALA), text);
    }
  }

  @Test
  void levelBNeedsRevocationDataAtVerification() {
    byte[] signed = timedSign(SignatureLevel.PAdES_BASELINE_B);
    VerificationReport report = timedVerify(withRevocation(), signed);
    assertEquals(Indication.TOTAL_PASSED, report.indication(), report.simpleReportXml());
    assertEquals("PAdES-BASELINE-B", report.level());

    VerificationReport offline = timedVerify(selfContained(), signed);
    assertEquals(Indication.INDETERMINATE, offline.indication(), offline.simpleReportXml());
  }

  @Test
  void levelBReservesRoomForItsOwnCmsOnly() throws IOException {
    byte[] signed = signer.sign(rendered, credentials, SignatureLevel.PAdES_BASELINE_B);
    try (PDDocument document = Loader.loadPDF(signed)) {
      int[] range = document.getLastSignatureDictionary().getByteRange();
      int reserved = (range[2] - range[1] - 2) / 2; // hex digits between < and >
      byte[] cms = document.getLastSignatureDictionary().getContents(signed);
      // DER: a SEQUENCE with a two-byte length, the rest of the room zeros
      assertEquals(0x30, cms[0] & 0xFF);
      assertEquals(0x82, cms[1] & 0xFF);
      int used = 4 + ((cms[2] & 0xFF) << 8 | (cms[3] & 0xFF));
      assertEquals(KkPadesSigner.basicContentSize(credentials), reserved);
      assertTrue(used <= reserved && reserved < 9472,
          "the CMS (" + used + " bytes) fits in less room than DSS's 9,472 bytes: " + reserved);
    }
  }

  @Test
  void levelTVerifiesWithRevocationSourceAndPdfsig() throws Exception {
    byte[] signed = timedSign(SignatureLevel.PAdES_BASELINE_T);
    VerificationReport report = timedVerify(withRevocation(), signed);
    assertEquals(Indication.TOTAL_PASSED, report.indication(), report.simpleReportXml());
    assertEquals("PAdES-BASELINE-T", report.level());

    VerificationReport offline = timedVerify(selfContained(), signed);
    assertEquals(Indication.INDETERMINATE, offline.indication(), offline.simpleReportXml());

    Path file = TARGET.resolve("demo-signed-kk-T.pdf");
    Files.createDirectories(TARGET);
    Files.write(file, signed);
    String pdfsig = run("/usr/bin/pdfsig", file.toString());
    assertTrue(pdfsig.contains("Signature is Valid"), pdfsig);
    assertTrue(pdfsig.contains("Total document signed"), pdfsig);
    assertFalse(pdfsig.contains("Not total document signed"), pdfsig);
  }

  @Test
  void levelLtaVerifiesOffline() {
    byte[] signed = timedSign(SignatureLevel.PAdES_BASELINE_LTA);
    VerificationReport report = timedVerify(selfContained(), signed);
    assertEquals(Indication.TOTAL_PASSED, report.indication(), report.simpleReportXml());
    assertEquals("PAdES-BASELINE-LTA", report.level());
    assertEquals(1, report.signatureCount());
  }

  @Test
  void changedContentIsDetected() throws Exception {
    byte[] signed = signer.sign(rendered, credentials);
    byte[] tampered = changeOneByteInPageContent(signed);

    VerificationReport report = timedVerify(selfContained(), tampered);
    assertEquals(Indication.TOTAL_FAILED, report.indication(), report.simpleReportXml());
    assertEquals("HASH_FAILURE", report.subIndication());

    Path file = TARGET.resolve("demo-signed-kk-tampered.pdf");
    Files.createDirectories(TARGET);
    Files.write(file, tampered);
    String pdfsig = run("/usr/bin/pdfsig", file.toString());
    assertFalse(pdfsig.contains("Signature is Valid"), pdfsig);
  }

  @Test
  void untrustedRootIsNotAccepted() throws Exception {
    byte[] signed = signer.sign(rendered, credentials);
    DemoPki other = DemoPki.createOrOpen(pkiDir.resolve("other"));
    VerificationReport report =
        new KkSignatureVerifier(List.of(other.rootCertificate())).verify(signed);
    assertNotEquals(Indication.TOTAL_PASSED, report.indication());
  }

  @Test
  void unsignedPdfHasNoSignature() {
    VerificationReport report = selfContained().verify(rendered);
    assertEquals(Indication.NO_SIGNATURE, report.indication());
    assertEquals(0, report.signatureCount());
  }

  @Test
  void somethingElseThanPdfIsRejectedClearly() {
    InvalidPdfException notPdf =
        assertThrows(
            InvalidPdfException.class,
            () -> selfContained().verify("bukan pdf".getBytes(StandardCharsets.UTF_8)));
    assertEquals("Berkas bukan dokumen PDF.", notPdf.getMessage());

    byte[] truncated = java.util.Arrays.copyOf(rendered, 200);
    assertThrows(InvalidPdfException.class, () -> selfContained().verify(truncated));
  }

  /** Flips one byte inside the data of page 1's content stream (inside the signed range). */
  private static byte[] changeOneByteInPageContent(byte[] signed) throws IOException {
    long objectOffset;
    try (PDDocument document = Loader.loadPDF(signed)) {
      COSBase contents =
          document.getPage(0).getCOSObject().getItem(org.apache.pdfbox.cos.COSName.CONTENTS);
      COSObjectKey key = ((COSObject) contents).getKey();
      objectOffset = document.getDocument().getXrefTable().get(key);
    }
    String latin = new String(signed, StandardCharsets.ISO_8859_1);
    int streamStart = latin.indexOf("stream", (int) objectOffset) + "stream".length() + 2;
    int position = streamStart + 40;
    byte[] copy = signed.clone();
    copy[position] = (byte) (copy[position] ^ 0x01);
    return copy;
  }

  private static String run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    System.out.println(String.join(" ", command) + "\n" + output);
    return output;
  }
}
