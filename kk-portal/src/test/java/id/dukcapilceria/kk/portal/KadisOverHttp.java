package id.dukcapilceria.kk.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.dukcapilceria.kk.portal.demo.DemoSetup;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo Kadis at a portal started in its own process ({@link StartedPortal}): the REST calls of
 * SOP step 4 and the batch on the phone page, as the signing-authority tests use them.
 */
final class KadisOverHttp {

  private final String base;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  KadisOverHttp(String base) {
    this.base = base;
  }

  /** An anonymous GET (health, verification page). */
  HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The applications waiting for the Kadis's signature. */
  List<Long> waiting() throws Exception {
    List<Long> ids = new ArrayList<>();
    for (var item : json(call("api/v1/worklist").body()).getJsonArray("items").getValuesAs(JsonObject.class)) {
      if (item.getString("status").equals("DIKONFIRMASI")) {
        ids.add(item.getJsonNumber("id").longValue());
      }
    }
    return ids;
  }

  /** SOP step 4 over the API with the passphrase (or a token's PIN). */
  HttpResponse<String> sign(long id, String passphrase) throws Exception {
    return signWith(id, Json.createObjectBuilder().add("passphrase", passphrase).build().toString());
  }

  /** SOP step 4 over the API with a body as given ({@code {"totp": …}}, both members, …). */
  HttpResponse<String> signWith(long id, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/permohonan/" + id + "/sign"))
        .header("Authorization", basic()).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  String status(long id) throws Exception {
    return json(call("api/v1/permohonan/" + id).body()).getString("status");
  }

  String nomor(long id) throws Exception {
    return json(call("api/v1/permohonan/" + id).body()).getString("nomor");
  }

  /** The signed card's download. */
  HttpResponse<byte[]> card(long id) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/permohonan/" + id + "/kk.pdf"))
        .header("Authorization", basic()).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The public verification's answer for a PDF. */
  String verification(byte[] pdf) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/verification"))
        .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  /**
   * SOP step 4 on a phone-sized Chromium: the applications chosen, one passphrase (or, with {@code
   * oneTimeCode}, BeSign's code) for all, each signed; the finished page kept as {@code screenshot}.
   */
  void signsOnThePhone(List<Long> ids, String secret, boolean oneTimeCode, String screenshot) throws Exception {
    List<String> nomor = new ArrayList<>();
    for (long id : ids) {
      nomor.add(nomor(id));
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
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("f:sign"), "(" + ids.size() + ")"));
      if (oneTimeCode) {
        browser.findElement(By.cssSelector("label[for='f:authorisation:1']")).click();
      } else {
        assertEquals(List.of(), browser.findElements(By.id("f:authorisation")),
            "no choice of a one-time code where the authority takes none");
      }
      browser.findElement(By.id("f:passphrase")).sendKeys(secret);
      wait.until(ExpectedConditions.elementToBeClickable(By.id("f:sign"))).click();
      Files.createDirectories(Path.of("target", "screenshots"));
      try {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("f:messages"),
            ids.size() + " dari " + ids.size() + " permohonan ditandatangani secara elektronik"));
      } catch (org.openqa.selenium.TimeoutException notAll) {
        // the batch's own table says why each card was not signed: keep it with the failure
        Files.write(Path.of("target", "screenshots", screenshot + "-FAILED.png"), Browsers.screenshotOfWholePage(browser));
        List<WebElement> results = browser.findElements(By.id("f:results"));
        throw new AssertionError("Not every card was signed; the batch's results: "
            + (results.isEmpty() ? "(none shown)" : results.get(0).getText()), notAll);
      }
      Files.write(Path.of("target", "screenshots", screenshot + ".png"), Browsers.screenshotOfWholePage(browser));
    } finally {
      browser.quit();
    }
    for (long id : ids) {
      assertEquals("DITANDATANGANI", status(id));
    }
  }

  static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private HttpResponse<String> call(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String basic() {
    return "Basic " + Base64.getEncoder().encodeToString(("kadis:" + DemoSetup.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
  }
}
