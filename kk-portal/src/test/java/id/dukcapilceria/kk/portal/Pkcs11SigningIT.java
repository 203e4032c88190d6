package id.dukcapilceria.kk.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.portal.demo.DemoSetup;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.signature.pki.DemoToken;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal signing on a PKCS#11 token: SoftHSM2 holding the portal's demo Kadis key (the token's
 * PIN is the demo passphrase, so that the demo data are signed at start as well), the portal in a
 * Payara Micro process of its own configured for {@code pkcs11}. A wrong PIN leaves the application
 * waiting; the Kadis signs over the API and as a batch on the phone page.
 */
class Pkcs11SigningIT {

  private static final String PIN = DemoPki.DEMO_PASSPHRASE;

  @Test
  void theKadisSignsOnAPkcs11Token(@TempDir Path data) throws Exception {
    DemoPki pki = DemoPki.createOrOpen(data.resolve("kk").resolve("demo-pki"));
    DemoToken.create(pki, DemoPki.DEMO_PASSPHRASE.toCharArray(), PIN);
    Map<String, String> environment = Map.of("KK_DEMO", "true", "KK_SIGNING_AUTHORITY", "pkcs11",
        "KK_SIGNING_PKCS11_LIBRARY", DemoToken.LIBRARY.toString(), "SOFTHSM2_CONF", System.getenv("SOFTHSM2_CONF"));
    try (StartedPortal portal = StartedPortal.start(data, List.of(), environment)) {
      String base = portal.base();
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      assertTrue(get(http, base + "health/ready").body().contains("\"authority\":\"pkcs11\""));
      List<Long> waiting = waitingForTheKadis(http, base);
      assertTrue(waiting.size() >= 3, waiting.toString());

      HttpResponse<String> wrong = sign(http, base, waiting.get(0), "000000");
      assertEquals(422, wrong.statusCode(), wrong.body());
      assertEquals("DIKONFIRMASI", json(get(http, base + "api/v1/permohonan/" + waiting.get(0)).body()).getString("status"));
      HttpResponse<String> signed = sign(http, base, waiting.get(0), PIN);
      assertEquals(200, signed.statusCode(), signed.body());
      HttpResponse<byte[]> card = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/permohonan/" + waiting.get(0) + "/kk.pdf"))
          .header("Authorization", basic()).build(), HttpResponse.BodyHandlers.ofByteArray());
      HttpResponse<String> verified = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/verification"))
          .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(card.body())).build(),
          HttpResponse.BodyHandlers.ofString());
      assertTrue(verified.body().contains("\"indication\":\"TOTAL_PASSED\""), verified.body());

      List<String> nomor = new ArrayList<>();
      for (long id : waiting.subList(1, 3)) {
        nomor.add(json(get(http, base + "api/v1/permohonan/" + id).body()).getString("nomor"));
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
        assertTrue(browser.findElements(By.id("f:authorisation")).isEmpty(), "a token takes its PIN only");
        browser.findElement(By.id("f:passphrase")).sendKeys(PIN);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("f:sign"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("f:messages"),
            "2 dari 2 permohonan ditandatangani secara elektronik"));
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "pkcs11-kadis-batch-done.png"), Browsers.screenshotOfWholePage(browser));
      } finally {
        browser.quit();
      }
      for (long id : waiting.subList(1, 3)) {
        assertEquals("DITANDATANGANI", json(get(http, base + "api/v1/permohonan/" + id).body()).getString("status"));
      }
    }
  }

  private static List<Long> waitingForTheKadis(HttpClient http, String base) throws Exception {
    List<Long> ids = new ArrayList<>();
    for (var item : json(get(http, base + "api/v1/worklist").body()).getJsonArray("items").getValuesAs(JsonObject.class)) {
      if (item.getString("status").equals("DIKONFIRMASI")) {
        ids.add(item.getJsonNumber("id").longValue());
      }
    }
    return ids;
  }

  private static HttpResponse<String> sign(HttpClient http, String base, long id, String pin) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/permohonan/" + id + "/sign"))
        .header("Authorization", basic()).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("passphrase", pin).build().toString()))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String basic() {
    return "Basic " + Base64.getEncoder().encodeToString(("kadis:" + DemoSetup.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
