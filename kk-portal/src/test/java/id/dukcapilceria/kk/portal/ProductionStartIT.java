package id.dukcapilceria.kk.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.portal.demo.DemoSetup;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The WAR started as a deployment would start it: Payara Micro with no settings but a data folder
 * (no {@code KK_DEMO}, outside the run profile). It has no demo user, and its log says how to make
 * the first administrator: with the one-time code, on the setup page.
 */
class ProductionStartIT {

  private static final Pattern SETUP_CODE = Pattern.compile("\\b([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})\\b");

  @Test
  void aProductionStartHasNoDemoUserAndTellsHowToMakeTheFirstAdministrator(@TempDir Path data) throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path log = data.resolve("server.log");
    // the metrics only for a scraper at 192.0.2.1, so that this test's own requests are refused
    ProcessBuilder start = new ProcessBuilder("java", "-Xmx512m", "-Dkk.data.dir=" + data.resolve("kk"),
        "-Dkk.metrics.addresses=192.0.2.1",
        "-jar", System.getProperty("payara.microJar", "target/payara-micro.jar"),
        "--deploy", System.getProperty("kk.it.war", "target/kk-portal.war"), "--contextroot", "/",
        "--port", String.valueOf(port), "--nocluster", "--nohazelcast")
        .redirectErrorStream(true).redirectOutput(log.toFile());
    start.environment().remove("KK_DEMO");
    Process portal = start.start();
    try {
      String printed = waitFor(log, "Payara Micro URLs", Duration.ofMinutes(4), portal);
      assertFalse(printed.contains(DemoSetup.DEMO_PASSWORD) || printed.contains(DemoPki.DEMO_PASSPHRASE),
          "neither the demo password nor the demo passphrase appears in a production start");
      assertTrue(printed.contains("pemasangan.xhtml"), "the log says where to create the first administrator");
      Matcher code = SETUP_CODE.matcher(printed);
      assertTrue(code.find(), "the log gives the one-time code");

      String base = "http://127.0.0.1:" + port + "/";
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      // deployed at the root, Payara's endpoints are served in the portal's context: the checks and
      // the API description for anyone, the metrics only for the configured addresses
      for (String open : List.of("health/ready", "health/live", "openapi")) {
        assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(base + open)).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode(), open);
      }
      assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(base + "metrics?scope=application")).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode(), "the metrics, from an address not configured");
      for (String demoUser : List.of("admin", "kadis", "operator", "nagari.lubukalung")) {
        assertEquals(401, basic(http, base, demoUser, DemoSetup.DEMO_PASSWORD), demoUser + " does not exist");
      }

      HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(new CookieManager()).build();
      assertTrue(setUp(browser, base, "AAAA-BBBB-CCCC-DDDD", "kepala.it", "Kepala TI Dinas", "rahasia-sekali-2026")
          .contains("Kode pemasangan salah"), "a wrong code is refused");
      String done = setUp(browser, base, code.group(1), "kepala.it", "Kepala TI Dinas", "rahasia-sekali-2026");
      assertTrue(done.contains("Administrator kepala.it dibuat"), done);
      assertEquals(403, basic(http, base, "kepala.it", "rahasia-sekali-2026"),
          "the administrator signs in (and, reading no family data, is refused the worklist)");
      String again = browser.send(HttpRequest.newBuilder(URI.create(base + "pemasangan.xhtml")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      assertTrue(again.contains("id=\"setup:closed\"") && !again.contains("id=\"setup:code\""),
          "the code works once: " + again);
    } finally {
      portal.destroy();
      if (!portal.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        portal.destroyForcibly();
      }
    }
  }

  private static int basic(HttpClient http, String base, String user, String password) throws Exception {
    String credentials = java.util.Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/worklist"))
        .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** Fills the setup page in as a browser would post it (a plain JSF form post), returning the answer. */
  private static String setUp(HttpClient browser, String base, String code, String username, String name,
      String password) throws Exception {
    String page = browser.send(HttpRequest.newBuilder(URI.create(base + "pemasangan.xhtml")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
    if (!viewState.find()) {
      return page;
    }
    Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(page);
    // PrimeFaces' CSP mode: a form posted without the page's nonce is refused (its script adds it)
    String form = (nonce.find() ? "primefaces.nonce=" + encode(nonce.group(1)) + "&" : "") + "setup=setup&setup%3Acode=" + encode(code) + "&setup%3Ausername=" + encode(username)
        + "&setup%3AdisplayName=" + encode(name) + "&setup%3Apassword=" + encode(password)
        + "&setup%3Acreate=setup%3Acreate&jakarta.faces.ViewState=" + encode(viewState.group(1));
    return browser.send(HttpRequest.newBuilder(URI.create(base + "pemasangan.xhtml"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** The log once it holds {@code line}, or a failure with what it holds. */
  private static String waitFor(Path log, String line, Duration within, Process portal) throws IOException, InterruptedException {
    Instant end = Instant.now().plus(within);
    while (Instant.now().isBefore(end)) {
      String printed = Files.exists(log) ? Files.readString(log) : "";
      if (printed.contains(line)) {
        Thread.sleep(2_000); // the lines written with it
        return Files.readString(log);
      }
      if (!portal.isAlive()) {
        throw new AssertionError("Payara Micro stopped: " + printed);
      }
      Thread.sleep(1_000);
    }
    throw new AssertionError("not started within " + within + ": " + Files.readString(log));
  }
}
