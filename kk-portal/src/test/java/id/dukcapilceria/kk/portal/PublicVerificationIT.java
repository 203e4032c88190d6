package id.dukcapilceria.kk.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.kartukeluarga.StatusKartuKeluarga;
import id.dukcapilceria.kk.portal.demo.DemoSetup;
import id.dukcapilceria.kk.portal.permohonan.Transactions;
import id.dukcapilceria.kk.portal.signing.KkSigningService;
import id.dukcapilceria.kk.workflow.dokumen.SignedKkDocument;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import id.dukcapilceria.kk.workflow.sop.DinasReads;
import id.dukcapilceria.kk.workflow.sop.PermohonanReads;
import id.dukcapilceria.kk.workflow.sop.PermohonanSteps;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public verification page as a recipient uses it, without signing in: the page behind the
 * QR code of an active, a superseded and an unknown card, and the upload form with the active
 * card, the superseded one, a tampered copy and a file that is not a PDF. The first test runs
 * inside the server and hands the demo data's cards to the browser tests through files under
 * {@code target/public-verification}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicVerificationIT {

  private static final Path HANDOVER =
      Path.of(System.getProperty("kk.it.output", "target"), "public-verification");
  private static final Path SCREENSHOTS =
      Path.of(System.getProperty("kk.it.output", "target"), "screenshots");

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.portal(PublicVerificationIT.class);
  }

  @Inject Transactions tx;
  @Inject PermohonanSteps steps;
  @Inject PermohonanReads reads;
  @Inject DinasReads dinas;
  @Inject KkSigningService signing;
  @ArquillianResource URL deploymentUrl;

  @Test
  @Order(1)
  void theDemoDataHoldsAnActiveCardAndTheCardItSuperseded() throws IOException {
    Actor operator = DemoSetup.USERS.stream().filter(u -> u.username().equals("operator")).findFirst()
        .orElseThrow().toActor();
    List<Permohonan> all = tx.call(em -> reads.all(em, operator, 0, 1000)).items();
    Permohonan superseded = all.stream()
        .filter(p -> p.kartuKeluarga().status() == StatusKartuKeluarga.DIGANTIKAN)
        .findFirst().orElseThrow(() -> new AssertionError("the demo data re-issues one card"));
    Permohonan active = all.stream()
        .filter(p -> p.kartuKeluarga().status() == StatusKartuKeluarga.AKTIF)
        .filter(p -> p.kartuKeluarga().nomorKk().equals(superseded.kartuKeluarga().nomorKk()))
        .findFirst().orElseThrow(() -> new AssertionError("the re-issued card is the active one"));

    Files.createDirectories(HANDOVER);
    write("active", tx.call(em -> reads.signedDocument(em, operator, active.id())));
    write("superseded", tx.call(em -> reads.signedDocument(em, operator, superseded.id())));
    Files.writeString(HANDOVER.resolve("nomor-kk.txt"), active.kartuKeluarga().nomorKk().orElseThrow().value());
    Files.write(HANDOVER.resolve("root.der"), encoded());
  }

  private byte[] encoded() {
    try {
      return signing.trustedRoot().getEncoded();
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(String name, SignedKkDocument document) throws IOException {
    Files.write(HANDOVER.resolve(name + ".pdf"), document.pdf());
    Files.writeString(HANDOVER.resolve(name + ".token"), document.verificationToken());
  }

  @Test
  @Order(2)
  @RunAsClient
  void theQrPageIsGreenForTheActiveCardYellowForTheSupersededOneAndRedForAnUnknownCode() throws IOException {
    String nomor = Files.readString(HANDOVER.resolve("nomor-kk.txt"));
    String masked = nomor.substring(0, 4) + "********" + nomor.substring(12);
    try (PublicPage page = new PublicPage(base(), SCREENSHOTS)) {
      page.open("/verifikasi.xhtml?t=" + Files.readString(HANDOVER.resolve("active.token")));
      assertEquals("ACTIVE", page.attribute("verification-state", "data-state"));
      assertTrue(page.text("verification-state").contains("masih berlaku"), page.text("verification-state"));
      assertTrue(page.attribute("verification", "class").contains("kk-verify-active"));
      assertEquals(masked, page.text("qr-nomor"), "only a masked KK number is shown");
      assertFalse(page.source().contains(nomor), "the full KK number is nowhere on the page");
      page.screenshot("qr-active");

      page.open("/verifikasi.xhtml?t=" + Files.readString(HANDOVER.resolve("superseded.token")));
      assertEquals("SUPERSEDED", page.attribute("verification-state", "data-state"));
      assertTrue(page.text("verification-state").contains("KK yang lebih baru"), page.text("verification-state"));
      assertTrue(page.attribute("verification", "class").contains("kk-verify-superseded"));
      page.screenshot("qr-superseded");

      page.open("/verifikasi.xhtml?t=bukan-kode-yang-pernah-diterbitkan");
      assertEquals("UNKNOWN", page.attribute("verification-state", "data-state"));
      assertTrue(page.attribute("verification", "class").contains("kk-verify-unknown"));
      assertFalse(page.present("qr-nomor"), "nothing about any card for an unknown code");
      page.screenshot("qr-unknown");

      // in English on request
      page.click("language:en");
      page.awaitText("verification-state", "Unknown document");
      page.screenshot("qr-unknown-english");
    }
  }

  @Test
  @Order(3)
  @RunAsClient
  void theUploadFormJudgesAnyPdfGreenYellowOrRedAndRefusesWhatIsNotAPdf() throws IOException {
    byte[] active = Files.readAllBytes(HANDOVER.resolve("active.pdf"));
    byte[] tampered = active.clone();
    // one byte of the page content, inside the signed range, before the signature (the
    // kk-signature tests check that this offset is signed content)
    tampered[tampered.length / 5] ^= 0x01;
    Path tamperedFile = HANDOVER.resolve("tampered.pdf");
    Files.write(tamperedFile, tampered);
    Path notPdf = HANDOVER.resolve("bukan-pdf.pdf");
    Files.writeString(notPdf, "MZ this is a renamed program, not a PDF");
    String nomor = Files.readString(HANDOVER.resolve("nomor-kk.txt"));
    try (PublicPage page = new PublicPage(base(), SCREENSHOTS)) {
      page.open("/verifikasi.xhtml");

      page.upload(HANDOVER.resolve("active.pdf"));
      assertEquals("TOTAL_PASSED", page.awaitVerdict("green"));
      assertTrue(page.text("verdict-text").contains("masih berlaku"));
      assertTrue(page.text("pv:pv-signer").contains("DEMO"), "the signer is named");
      assertEquals(nomor.substring(0, 4) + "********" + nomor.substring(12), page.text("pv:pv-nomor"));
      assertEquals(4, page.count("#checks li"), "each check in plain words");
      assertTrue(page.present("pv:detailedReport"), "the detailed report can be downloaded");
      page.screenshot("upload-active");

      page.upload(HANDOVER.resolve("superseded.pdf"));
      assertEquals("TOTAL_PASSED", page.awaitVerdict("yellow"), "the signature itself is sound");
      assertTrue(page.text("verdict-text").contains("KK yang lebih baru"));
      page.screenshot("upload-superseded");

      page.upload(tamperedFile);
      assertEquals("TOTAL_FAILED", page.awaitVerdict("red"));
      assertTrue(page.text("verdict-why").contains("diubah setelah ditandatangani"), page.text("verdict-why"));
      page.screenshot("upload-tampered");

      page.upload(notPdf);
      page.awaitText("pv:messages", "bukan PDF");
      assertFalse(page.present("verdict"), "no verdict for a file that is not a PDF");
      assertFalse(page.source().contains("Exception"));
      page.screenshot("upload-not-pdf");
    }
  }

  @Test
  @Order(4)
  @RunAsClient
  void theRootCertificateIsPublicInBothEncodings() throws Exception {
    byte[] root = Files.readAllBytes(HANDOVER.resolve("root.der"));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    HttpResponse<byte[]> der = http.send(HttpRequest.newBuilder(URI.create(base() + "/sertifikat/akar.cer")).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, der.statusCode());
    assertTrue(java.util.Arrays.equals(root, der.body()), "the .cer file is the root the cards chain to");

    HttpResponse<String> pem = http.send(HttpRequest.newBuilder(URI.create(base() + "/sertifikat/akar.pem")).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.US_ASCII));
    assertEquals(200, pem.statusCode());
    String body = pem.body().replace("-----BEGIN CERTIFICATE-----", "").replace("-----END CERTIFICATE-----", "")
        .replaceAll("\\s", "");
    assertTrue(java.util.Arrays.equals(root, Base64.getDecoder().decode(body)));

    assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(base() + "/sertifikat/kunci.p12")).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode(), "nothing else is served from there");
  }

  private String base() {
    // Micro announces its first non-loopback address; the tests only ever use loopback
    String base = "http://127.0.0.1:" + deploymentUrl.getPort() + deploymentUrl.getPath();
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }
}
