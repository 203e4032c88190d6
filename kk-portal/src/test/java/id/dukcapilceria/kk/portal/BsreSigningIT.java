package id.dukcapilceria.kk.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.portal.demo.DemoSetup;
import id.dukcapilceria.kk.signature.bsre.BsreSimulator;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal signing through BSrE's gateway (v2), played by the simulator in this JVM over the
 * portal's own demo PKI, the portal in a Payara Micro process of its own configured as a deployment
 * would be. Every refusal of the gateway reaches the Kadis as a clear message, leaves the
 * application waiting for the signature with no card stored, and is audited; then the Kadis signs,
 * over the API with the passphrase and with a BeSign one-time code, and as a batch on the phone page
 * with a one-time code.
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
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        assertTrue(get(http, base + "health/ready", null).body().contains("\"authority\":\"bsre-v2\""));
        List<Long> waiting = waitingForTheKadis(http, base);
        assertTrue(waiting.size() >= 3, "the demo data has applications waiting for the Kadis: " + waiting);
        long id = waiting.get(0);

        refusedAndStillWaiting(http, base, id, "salah", 422, "Passphrase salah");
        simulator.fault(BsreSimulator.Fault.CHANGED_DOCUMENT);
        refusedAndStillWaiting(http, base, id, PASSPHRASE, 409, "tidak diterima");
        simulator.fault(BsreSimulator.Fault.OTHER_SIGNER);
        refusedAndStillWaiting(http, base, id, PASSPHRASE, 409, "bukan penanda tangan yang ditetapkan");
        simulator.fault(BsreSimulator.Fault.SERVER_ERROR);
        refusedAndStillWaiting(http, base, id, PASSPHRASE, 503, "tidak dapat dihubungi");
        simulator.fault(BsreSimulator.Fault.NONE);
        simulator.delay(Duration.ofSeconds(5));
        refusedAndStillWaiting(http, base, id, PASSPHRASE, 504, "tidak menjawab tepat waktu");
        simulator.delay(Duration.ZERO);
        Thread.sleep(3_000); // the gateway finishes the call nobody waits for any more
        simulator.officerWithoutCertificate(NIK);
        refusedAndStillWaiting(http, base, id, PASSPHRASE, 409, "belum memiliki sertifikat");
        simulator.unregister(NIK);
        refusedAndStillWaiting(http, base, id, PASSPHRASE, 409, "belum terdaftar");
        simulator.officer(NIK, PASSPHRASE);

        HttpResponse<String> signed = sign(http, base, id, PASSPHRASE);
        assertEquals(200, signed.statusCode(), signed.body());
        assertEquals("DITANDATANGANI", json(signed.body()).getString("status"));
        HttpResponse<byte[]> card = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/permohonan/" + id + "/kk.pdf"))
            .header("Authorization", basic("kadis")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, card.statusCode());
        Path file = Files.write(data.resolve("kk-bsre.pdf"), card.body());
        assertTrue(run("/usr/bin/pdfsig", file.toString()).contains("Signature is Valid"));
        HttpResponse<String> verified = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/verification"))
            .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(card.body())).build(),
            HttpResponse.BodyHandlers.ofString());
        assertTrue(verified.body().contains("\"indication\":\"TOTAL_PASSED\""), verified.body());
        assertTrue(verified.body().contains("PAdES-BASELINE-LT"), "raised from BSrE's B-T: " + verified.body());

        String audit = adminPage(base);
        assertTrue(count(audit, "SIGNING_REFUSED") >= 6, "each refusal but the passphrase audited");
        assertTrue(audit.contains("PASSPHRASE_WRONG"), "the wrong passphrase audited as such");

        // BeSign's one-time code instead of the passphrase (v2): over the API, then for a batch on the phone
        assertEquals(400, http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/permohonan/" + waiting.get(1) + "/sign"))
            .header("Authorization", basic("kadis")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"passphrase\":\"x\",\"totp\":\"1\"}")).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode(), "one of the two, not both");
        waiting = waitingForTheKadis(http, base);
        simulator.oneTimeCode(NIK, "604217");
        HttpResponse<String> byCode = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/permohonan/" + waiting.get(0) + "/sign"))
            .header("Authorization", basic("kadis")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"totp\":\"604217\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, byCode.statusCode(), byCode.body());
        refusedAndStillWaiting(http, base, waiting.get(1), null, 422, "Passphrase salah");

        simulator.oneTimeCode(NIK, "318560");
        int callsBefore = simulator.signCalls();
        kadisSignsTwoOnThePhone(base, waiting.subList(1, 3), http, "318560");
        assertEquals(callsBefore + 1, simulator.signCalls(), "a batch authorised by a one-time code goes in one call");
      }
    }
  }

  /** {@code passphrase} null: the one-time code that was used already. */
  private static void refusedAndStillWaiting(HttpClient http, String base, long id, String passphrase, int status,
      String told) throws Exception {
    HttpResponse<String> answer = passphrase != null ? sign(http, base, id, passphrase)
        : http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/permohonan/" + id + "/sign"))
            .header("Authorization", basic("kadis")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"totp\":\"604217\"}")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(status, answer.statusCode(), answer.body());
    assertTrue(answer.body().contains(told), answer.body());
    assertFalse(answer.body().contains("Exception"), answer.body());
    HttpResponse<String> detail = get(http, base + "api/v1/permohonan/" + id, "kadis");
    assertEquals("DIKONFIRMASI", json(detail.body()).getString("status"), "still waiting for the signature");
    assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/permohonan/" + id + "/kk.pdf"))
        .header("Authorization", basic("kadis")).build(), HttpResponse.BodyHandlers.discarding()).statusCode(),
        "no card stored");
  }

  private static List<Long> waitingForTheKadis(HttpClient http, String base) throws Exception {
    JsonObject page = json(get(http, base + "api/v1/worklist", "kadis").body());
    List<Long> ids = new ArrayList<>();
    for (var item : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
      if (item.getString("status").equals("DIKONFIRMASI")) {
        ids.add(item.getJsonNumber("id").longValue());
      }
    }
    return ids;
  }

  private static HttpResponse<String> sign(HttpClient http, String base, long id, String passphrase) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/permohonan/" + id + "/sign"))
        .header("Authorization", basic("kadis")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("passphrase", passphrase).build().toString()))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(HttpClient http, String url, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (user != null) {
      request.header("Authorization", basic(user));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + DemoSetup.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
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

  /** SOP step 4 on a phone-sized Chromium: two applications chosen, one BeSign code, both signed through BSrE. */
  private static void kadisSignsTwoOnThePhone(String base, List<Long> ids, HttpClient http, String code) throws Exception {
    List<String> nomor = new ArrayList<>();
    for (long id : ids) {
      nomor.add(json(get(http, base + "api/v1/permohonan/" + id, "kadis").body()).getString("nomor"));
    }
    WebDriver browser = Browsers.chromium();
    try {
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
      browser.manage().window().setSize(new Dimension(360, 740));
      browser.get(base + "ruang-kerja");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("j_username"))).sendKeys("kadis");
      browser.findElement(By.id("j_password")).sendKeys(DemoSetup.DEMO_PASSWORD);
      browser.findElement(By.id("login-submit")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f:worklist_data")));
      for (String chosen : nomor) {
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
            "//tbody[@id='f:worklist_data']/tr[.//span[contains(@class,'kk-nomor') and text()='" + chosen + "']]")));
        row.findElement(By.cssSelector(".ui-selection-column .ui-chkbox-box")).click();
      }
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("f:sign"), "(2)"));
      browser.findElement(By.cssSelector("label[for='f:authorisation:1']")).click();
      browser.findElement(By.id("f:passphrase")).sendKeys(code);
      wait.until(ExpectedConditions.elementToBeClickable(By.id("f:sign"))).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("f:messages"),
          "2 dari 2 permohonan ditandatangani secara elektronik"));
      Files.createDirectories(Path.of("target", "screenshots"));
      Files.write(Path.of("target", "screenshots", "bsre-kadis-batch-done.png"), Browsers.screenshotOfWholePage(browser));
    } finally {
      browser.quit();
    }
    for (long id : ids) {
      assertEquals("DITANDATANGANI", json(get(http, base + "api/v1/permohonan/" + id, "kadis").body()).getString("status"));
    }
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
