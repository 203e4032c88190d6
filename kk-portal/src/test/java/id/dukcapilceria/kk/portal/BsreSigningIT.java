package id.dukcapilceria.kk.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.portal.demo.DemoSetup;
import id.dukcapilceria.kk.signature.bsre.BsreSimulator;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.signature.pki.DemoPkiServices;
import id.dukcapilceria.kk.signature.render.KkPdfRenderer;
import id.dukcapilceria.kk.signature.verify.TrustAnchors;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal signing through BSrE's gateway (v2), played by the simulator in this JVM over the
 * portal's own demo PKI, the portal in a Payara Micro process of its own configured as a deployment
 * would be. Every refusal of the gateway reaches the Kadis as a clear message, leaves the
 * application waiting for the signature with no card stored, and is audited; then the Kadis signs,
 * over the API with the passphrase and with a BeSign one-time code, and as a batch on the phone page
 * with a one-time code. Then the same through v1 for a production certificate, with BSrE's stamp.
 */
class BsreSigningIT {

  private static final String NIK = "1305010101700001";
  private static final String PASSPHRASE = DemoPki.DEMO_PASSPHRASE;

  @Test
  void everyRefusalOfTheGatewayLeavesTheApplicationWaitingAndTheKadisSignsThroughIt(@TempDir Path data)
      throws Exception {
    // the portal's demo PKI made first, so that the simulator signs with the portal's demo key
    DemoPki pki = DemoPki.createOrOpen(data.resolve("kk").resolve("demo-pki"));
    try (BsreSimulator simulator = new BsreSimulator(pki, PASSPHRASE.toCharArray(), "kk-portal", "gerbang-uji")
        .officer(NIK, PASSPHRASE)) {
      URI gateway = simulator.start(0);
      Map<String, String> environment = Map.of("KK_DEMO", "true", "KK_SIGNING_AUTHORITY", "bsre-v2",
          "KK_SIGNING_BSRE_URL", gateway.toString(), "KK_SIGNING_BSRE_USER", "kk-portal",
          "KK_SIGNING_BSRE_PASSWORD", "gerbang-uji", "KK_SIGNING_BSRE_READ_TIMEOUT_SECONDS", "3",
          "KK_KADIS_NIK", NIK);
      try (StartedPortal portal = StartedPortal.start(data, List.of(), environment)) {
        String base = portal.base();
        KadisOverHttp kadis = new KadisOverHttp(base);
        assertTrue(kadis.get("health/ready").body().contains("\"authority\":\"bsre-v2\""));
        List<Long> waiting = kadis.waiting();
        assertTrue(waiting.size() >= 3, "the demo data has applications waiting for the Kadis: " + waiting);
        long id = waiting.get(0);

        refusedAndStillWaiting(kadis, kadis.sign(id, "salah"), id, 422, "Passphrase salah");
        simulator.fault(BsreSimulator.Fault.CHANGED_DOCUMENT);
        refusedAndStillWaiting(kadis, kadis.sign(id, PASSPHRASE), id, 409, "tidak diterima");
        simulator.fault(BsreSimulator.Fault.OTHER_SIGNER);
        refusedAndStillWaiting(kadis, kadis.sign(id, PASSPHRASE), id, 409, "bukan penanda tangan yang ditetapkan");
        simulator.fault(BsreSimulator.Fault.SERVER_ERROR);
        refusedAndStillWaiting(kadis, kadis.sign(id, PASSPHRASE), id, 503, "tidak dapat dihubungi");
        simulator.fault(BsreSimulator.Fault.NONE);
        simulator.delay(Duration.ofSeconds(5));
        refusedAndStillWaiting(kadis, kadis.sign(id, PASSPHRASE), id, 504, "tidak menjawab tepat waktu");
        simulator.delay(Duration.ZERO);
        Thread.sleep(3_000); // the gateway finishes the call nobody waits for any more
        simulator.officerWithoutCertificate(NIK);
        refusedAndStillWaiting(kadis, kadis.sign(id, PASSPHRASE), id, 409, "belum memiliki sertifikat");
        simulator.unregister(NIK);
        refusedAndStillWaiting(kadis, kadis.sign(id, PASSPHRASE), id, 409, "belum terdaftar");
        simulator.officer(NIK, PASSPHRASE);

        HttpResponse<String> signed = kadis.sign(id, PASSPHRASE);
        assertEquals(200, signed.statusCode(), signed.body());
        assertEquals("DITANDATANGANI", KadisOverHttp.json(signed.body()).getString("status"));
        HttpResponse<byte[]> card = kadis.card(id);
        assertEquals(200, card.statusCode());
        Path file = Files.write(data.resolve("kk-bsre.pdf"), card.body());
        assertTrue(run("/usr/bin/pdfsig", file.toString()).contains("Signature is Valid"));
        String verified = kadis.verification(card.body());
        assertTrue(verified.contains("\"indication\":\"TOTAL_PASSED\""), verified);
        assertTrue(verified.contains("PAdES-BASELINE-LT"), "raised from BSrE's B-T: " + verified);

        String audit = adminPage(base);
        assertTrue(count(audit, "SIGNING_REFUSED") >= 6, "each refusal but the passphrase audited");
        assertTrue(audit.contains("PASSPHRASE_WRONG"), "the wrong passphrase audited as such");

        // BeSign's one-time code instead of the passphrase (v2): over the API, then for a batch on the phone
        assertEquals(400, kadis.signWith(waiting.get(1), "{\"passphrase\":\"x\",\"totp\":\"1\"}").statusCode(),
            "one of the two, not both");
        waiting = kadis.waiting();
        simulator.oneTimeCode(NIK, "604217");
        HttpResponse<String> byCode = kadis.signWith(waiting.get(0), "{\"totp\":\"604217\"}");
        assertEquals(200, byCode.statusCode(), byCode.body());
        refusedAndStillWaiting(kadis, kadis.signWith(waiting.get(1), "{\"totp\":\"604217\"}"), waiting.get(1), 422,
            "Passphrase salah");

        simulator.oneTimeCode(NIK, "318560");
        int callsBefore = simulator.signCalls();
        kadis.signsOnThePhone(waiting.subList(1, 3), "318560", true, "bsre-kadis-batch-done");
        assertEquals(callsBefore + 1, simulator.signCalls(), "a batch authorised by a one-time code goes in one call");
      }
    }
  }

  /**
   * A deployment's configuration: BSrE's v1 gateway for an officer whose certificate is under a
   * configured chain (the simulator's PKI stands in for BSrE's, its OCSP, CRL and time-stamp
   * authority served over HTTP), the stamp at the renderer's tag. The Kadis signs a batch on the
   * phone; each card carries BSrE's stamp where the tag is, says nothing of a specimen, and
   * verifies on the portal, which trusts the signing chain.
   */
  @Test
  void aBatchThroughTheV1GatewayForAProductionCertificateCarriesTheStampAtItsTag(@TempDir Path data) throws Exception {
    try (DemoPkiServices services = DemoPkiServices.listen(0)) {
      DemoPki bsre = DemoPki.createWithServices(data.resolve("bsre-pki"), PASSPHRASE.toCharArray(), services.base());
      services.answerFor(bsre);
      Path anchors = Files.writeString(data.resolve("anchors.pem"), TrustAnchors.pem(bsre.rootCertificate(), bsre.issuingCertificate()));
      Path officer = Files.writeString(data.resolve("officer.pem"), TrustAnchors.pem(bsre.kadisCertificate()));
      try (BsreSimulator simulator = new BsreSimulator(bsre, PASSPHRASE.toCharArray(), "kk-portal", "gerbang-uji")
          .officer(NIK, PASSPHRASE)) {
        URI gateway = simulator.start(0);
        Map<String, String> environment = Map.ofEntries(Map.entry("KK_DEMO", "true"),
            Map.entry("KK_SIGNING_AUTHORITY", "bsre-v1"), Map.entry("KK_SIGNING_BSRE_URL", gateway.toString()),
            Map.entry("KK_SIGNING_BSRE_USER", "kk-portal"), Map.entry("KK_SIGNING_BSRE_PASSWORD", "gerbang-uji"),
            Map.entry("KK_SIGNING_BSRE_APPEARANCE", "tag"), Map.entry("KK_KADIS_NIK", NIK),
            Map.entry("KK_KADIS_NAMA", "Drs. RAHMAT HIDAYAT, M.Si"),
            Map.entry("KK_SIGNING_TRUST_ANCHORS", anchors.toString()),
            Map.entry("KK_SIGNING_OFFICER_CERTIFICATE", officer.toString()),
            Map.entry("KK_SIGNING_TSA_URL", services.base().resolve("tsa").toString()));
        try (StartedPortal portal = StartedPortal.start(data, List.of(), environment)) {
          KadisOverHttp kadis = new KadisOverHttp(portal.base());
          List<Long> batch = kadis.waiting().subList(0, 2);
          int calls = simulator.signCalls();
          kadis.signsOnThePhone(batch, PASSPHRASE, false, "bsre-v1-kadis-batch-done");
          assertEquals(calls + 2, simulator.signCalls(), "v1 takes one card per call");
          for (long id : batch) {
            byte[] card = kadis.card(id).body();
            Path file = Files.write(data.resolve("kk-" + id + ".pdf"), card);
            assertTrue(run("/usr/bin/pdfsig", file.toString()).contains("Signature is Valid"));
            String text = run("/usr/bin/pdftotext", file.toString(), "-");
            assertTrue(text.contains("[qr_bsre]"), "the tag BSrE's stamp is placed at");
            assertFalse(text.contains("SPESIMEN"), "a production certificate's card is no specimen");
            String verified = kadis.verification(card);
            assertTrue(verified.contains("\"indication\":\"TOTAL_PASSED\""), verified);
            try (PDDocument pdf = Loader.loadPDF(card)) {
              PDSignatureField field = (PDSignatureField) pdf.getDocumentCatalog().getAcroForm().getFields().stream()
                  .filter(PDSignatureField.class::isInstance).findFirst().orElseThrow();
              PDRectangle where = field.getWidgets().get(0).getRectangle();
              assertEquals(KkPdfRenderer.signatureBox().x(), where.getLowerLeftX(), 1.5f, "the stamp is at the tag");
              assertTrue(where.getWidth() > 0 && field.getWidgets().get(0).getNormalAppearanceStream() != null);
            }
          }
          assertTrue(services.calls("/ocsp") > 0, "the revocation answers for B-LT were fetched over HTTP");
        }
      }
    }
  }

  /** The gateway's refusal told as {@code status} with {@code told}; the application still waits, no card stored. */
  private static void refusedAndStillWaiting(KadisOverHttp kadis, HttpResponse<String> answer, long id, int status,
      String told) throws Exception {
    assertEquals(status, answer.statusCode(), answer.body());
    assertTrue(answer.body().contains(told), answer.body());
    assertFalse(answer.body().contains("Exception"), answer.body());
    assertEquals("DIKONFIRMASI", kadis.status(id), "still waiting for the signature");
    assertEquals(404, kadis.card(id).statusCode(), "no card stored");
  }

  /** The administration page as the administrator sees it (the newest audit entries among it). */
  private static String adminPage(String base) throws Exception {
    HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).build();
    browser.send(HttpRequest.newBuilder(URI.create(base + "ruang-kerja")).build(), HttpResponse.BodyHandlers.discarding());
    browser.send(HttpRequest.newBuilder(URI.create(base + "j_security_check"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("j_username=admin&j_password=" + DemoSetup.DEMO_PASSWORD)).build(),
        HttpResponse.BodyHandlers.discarding());
    browser.send(HttpRequest.newBuilder(URI.create(base + "ruang-kerja")).build(), HttpResponse.BodyHandlers.discarding());
    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "admin/index.xhtml")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    return page.body();
  }

  private static int count(String text, String word) {
    int count = 0;
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      count++;
    }
    return count;
  }

  private static String run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    return output;
  }
}
