package id.dukcapilceria.kk.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.portal.demo.DemoSetup;
import id.dukcapilceria.kk.portal.security.Totp;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.signature.verify.TrustAnchors;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The WAR started as a deployment would start it: Payara Micro with no settings but a data folder
 * (no {@code KK_DEMO}, outside the run profile). It has no demo user, and its log says how to make
 * the first administrator: with the one-time code, on the setup page. That administrator then
 * must enrol an authenticator before anything else, and signs in with its codes from then on.
 */
class ProductionStartIT {

  private static final Pattern SETUP_CODE = Pattern.compile("\\b([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})\\b");

  @Test
  void aProductionStartHasNoDemoUserAndTellsHowToMakeTheFirstAdministrator(@TempDir Path data) throws Exception {
    // cards are verified against a configured trust anchor (as BSrE's chain would be), not the demo root
    DemoPki portalsOwn = DemoPki.createOrOpen(data.resolve("kk").resolve("demo-pki"));
    DemoPki configured = DemoPki.createOrOpen(data.resolve("other-pki"), "lain-2026".toCharArray());
    Path anchors = Files.writeString(data.resolve("anchors.pem"), TrustAnchors.pem(configured.rootCertificate()));
    // the metrics only for a scraper at 192.0.2.1, so that this test's own requests are refused
    try (StartedPortal portal = StartedPortal.start(data, List.of("-Dkk.metrics.addresses=192.0.2.1"),
        Map.of("KK_VERIFICATION_TRUST_ANCHORS", anchors.toString()))) {
      String printed = portal.printedAtStart();
      assertFalse(printed.contains(DemoSetup.DEMO_PASSWORD) || printed.contains(DemoPki.DEMO_PASSPHRASE),
          "neither the demo password nor the demo passphrase appears in a production start");
      assertTrue(printed.contains("pemasangan.xhtml"), "the log says where to create the first administrator");
      Matcher code = SETUP_CODE.matcher(printed);
      assertTrue(code.find(), "the log gives the one-time code");

      String base = portal.base();
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      // deployed at the root, Payara's endpoints are served in the portal's context: the checks and
      // the API description for anyone, the metrics only for the configured addresses
      for (String open : List.of("health/ready", "health/live", "openapi")) {
        assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(base + open)).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode(), open);
      }
      assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(base + "metrics?scope=application")).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode(), "the metrics, from an address not configured");
      assertEquals("TOTAL_PASSED", verification(base, card(configured, "lain-2026")),
          "a card of the configured anchor's chain");
      assertEquals("INDETERMINATE", verification(base, card(portalsOwn, DemoPki.DEMO_PASSPHRASE)),
          "the demo root is not trusted once anchors are configured");
      for (String demoUser : List.of("admin", "kadis", "operator", "nagari.lubukalung")) {
        assertEquals(401, basic(http, base, demoUser, DemoSetup.DEMO_PASSWORD), demoUser + " does not exist");
      }

      HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(new CookieManager()).build();
      assertTrue(setUp(browser, base, "AAAA-BBBB-CCCC-DDDD", "kepala.it", "Kepala TI Dinas", "rahasia-sekali-2026")
          .contains("Kode pemasangan salah"), "a wrong code is refused");
      String done = setUp(browser, base, code.group(1), "kepala.it", "Kepala TI Dinas", "rahasia-sekali-2026");
      assertTrue(done.contains("Administrator kepala.it dibuat"), done);
      secondFactorOfTheAdministrator(http, base, "kepala.it", "rahasia-sekali-2026");
      String again = browser.send(HttpRequest.newBuilder(URI.create(base + "pemasangan.xhtml")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      assertTrue(again.contains("id=\"setup:closed\"") && !again.contains("id=\"setup:code\""),
          "the code works once: " + again);
    }
  }

  /**
   * In production the administrator's role requires the second factor: after the password, every
   * page leads to the enrolment; once the app's code is confirmed, a sign-in needs password and a
   * code not used before, in the browser and over the API.
   */
  private static void secondFactorOfTheAdministrator(HttpClient http, String base, String user, String password)
      throws Exception {
    assertEquals(403, basic(http, base, user, password, null), "the API: enrol in the portal first");
    HttpClient browser = signIn(base, user, password, null);
    assertEquals(base + "akun/dua-langkah.xhtml", redirect(browser, base + "ruang-kerja"), "to the enrolment");
    assertEquals(base + "akun/dua-langkah.xhtml", redirect(browser, base + "admin/index.xhtml"),
        "no other page before the enrolment");
    String page = browser.send(HttpRequest.newBuilder(URI.create(base + "akun/dua-langkah.xhtml")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    assertTrue(page.contains("src=\"data:image/png;base64,"), "the QR code for the app");
    Matcher shown = Pattern.compile("id=\"two-step-secret\"[^>]*>([A-Z2-7 ]+)<").matcher(page);
    assertTrue(shown.find(), page);
    String secret = shown.group(1).replace(" ", "");
    assertEquals(32, secret.length(), "a 160-bit key");
    String wrong = Totp.codeAt(secret, Instant.now().minusSeconds(600));
    page = postForm(browser, base + "akun/dua-langkah.xhtml", page, "enrol", Map.of("code", wrong), "confirm").body();
    assertTrue(page.contains("Kode tidak cocok"), "a code of another time is refused");
    assertTrue(page.contains(shown.group(1)), "the same key while the page stays open");
    HttpResponse<String> enrolled = postForm(browser, base + "akun/dua-langkah.xhtml", page, "enrol",
        Map.of("code", Totp.codeAt(secret, Instant.now())), "confirm");
    assertEquals(302, enrolled.statusCode(), enrolled.body());
    assertEquals(200, browser.send(HttpRequest.newBuilder(URI.create(base + "admin/index.xhtml")).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode(), "the administration page once enrolled");

    assertEquals(401, basic(http, base, user, password, null), "the password alone no longer signs in");
    // the next step's code: the current one was used up by the enrolment
    String next = Totp.codeAt(secret, Instant.now().plusSeconds(30));
    assertEquals(403, basic(http, base, user, password, next),
        "with a code the administrator signs in (and, reading no family data, is refused the worklist)");
    assertEquals(401, basic(http, base, user, "salah-" + password, next), "the code does not replace the password");
    assertLoginFails(base, user, password, next, "a code is good once");
    assertLoginFails(base, user, password, "", "no code in the browser either");
  }

  private static void assertLoginFails(String base, String user, String password, String code, String why)
      throws Exception {
    HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .cookieHandler(new CookieManager()).build();
    browser.send(HttpRequest.newBuilder(URI.create(base + "ruang-kerja")).build(), HttpResponse.BodyHandlers.discarding());
    HttpResponse<Void> login = postLogin(browser, base, user, password, code);
    assertTrue(login.headers().firstValue("Location").orElse("").contains("gagal"), why + ": " + login.headers());
  }

  /** A browser signed in through the login form (its redirect followed, as a browser does). */
  private static HttpClient signIn(String base, String user, String password, String code) throws Exception {
    HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .cookieHandler(new CookieManager()).build();
    browser.send(HttpRequest.newBuilder(URI.create(base + "ruang-kerja")).build(), HttpResponse.BodyHandlers.discarding());
    HttpResponse<Void> login = postLogin(browser, base, user, password, code);
    assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/ruang-kerja"), "signed in: " + login.headers());
    return browser;
  }

  private static HttpResponse<Void> postLogin(HttpClient browser, String base, String user, String password,
      String code) throws Exception {
    String form = "j_username=" + encode(user) + "&j_password=" + encode(password)
        + (code == null ? "" : "&j_kode=" + encode(code));
    return browser.send(HttpRequest.newBuilder(URI.create(base + "j_security_check"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
  }

  /** Where a GET is sent on (the Location of a redirect), or the status when it is not redirected. */
  private static String redirect(HttpClient browser, String url) throws Exception {
    HttpResponse<Void> answer = browser.send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.discarding());
    return answer.headers().firstValue("Location").orElse(String.valueOf(answer.statusCode()));
  }

  private static int basic(HttpClient http, String base, String user, String password) throws Exception {
    return basic(http, base, user, password, null);
  }

  private static int basic(HttpClient http, String base, String user, String password, String code) throws Exception {
    String credentials = java.util.Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder call = HttpRequest.newBuilder(URI.create(base + "api/v1/worklist"))
        .header("Authorization", "Basic " + credentials);
    if (code != null) {
      call.header("X-Kode-Autentikator", code);
    }
    return http.send(call.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** Posts a JSF form of {@code page} as a browser would (view state, PrimeFaces' nonce, the button). */
  private static HttpResponse<String> postForm(HttpClient browser, String url, String page, String formId,
      Map<String, String> fields, String button) throws Exception {
    Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
    assertTrue(viewState.find(), "a JSF page: " + page);
    Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(page);
    StringBuilder form = new StringBuilder();
    if (nonce.find()) {
      // PrimeFaces' CSP mode: a form posted without the page's nonce is refused (its script adds it)
      form.append("primefaces.nonce=").append(encode(nonce.group(1))).append('&');
    }
    form.append(formId).append('=').append(formId);
    fields.forEach((field, value) -> form.append('&').append(encode(formId + ":" + field)).append('=').append(encode(value)));
    form.append('&').append(encode(formId + ":" + button)).append('=').append(encode(formId + ":" + button))
        .append("&jakarta.faces.ViewState=").append(encode(viewState.group(1)));
    return browser.send(HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Fills the setup page in as a browser would post it (a plain JSF form post), returning the answer. */
  private static String setUp(HttpClient browser, String base, String code, String username, String name,
      String password) throws Exception {
    String page = browser.send(HttpRequest.newBuilder(URI.create(base + "pemasangan.xhtml")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    if (!page.contains("jakarta.faces.ViewState")) {
      return page;
    }
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("code", code);
    fields.put("username", username);
    fields.put("displayName", name);
    fields.put("password", password);
    return postForm(browser, base + "pemasangan.xhtml", page, "setup", fields, "create").body();
  }

  /** A synthetic card signed at B-LT with {@code pki}'s Kadis key. */
  private static byte[] card(DemoPki pki, String passphrase) {
    java.time.LocalDate today = java.time.LocalDate.now();
    var wilayah = id.dukcapilceria.kk.domain.wilayah.WilayahDirectory.shared();
    var kk = new id.dukcapilceria.kk.domain.sintetis.SyntheticFamilies(2026, today, wilayah, id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah.of("13.05")).next(DemoSetup.LUBUK_ALUNG);
    kk.assignNomorKk(id.dukcapilceria.kk.domain.kartukeluarga.NomorKk.compose(kk.alamat().kodeDesa().kecamatan(), today, 1));
    var names = wilayah.hierarchyOf(kk.alamat().kodeDesa());
    byte[] unsigned = new id.dukcapilceria.kk.signature.render.KkPdfRenderer().render(
        new id.dukcapilceria.kk.signature.render.KkDocument(kk, names.desa(), names.kecamatan(), names.kabupaten(),
            names.provinsi(), today, id.dukcapilceria.kk.domain.pejabat.SigningOfficial.head("KADIS UJI", ""),
            id.dukcapilceria.kk.domain.pejabat.IssuingOffice.of(kk.alamat().kodeDesa().regency(), wilayah,
                java.time.ZoneId.of("Asia/Jakarta")),
            "https://kk.example.invalid/verifikasi.xhtml?t=uji",
            id.dukcapilceria.kk.signature.render.KkDocument.Certificate.DEMO));
    try (var key = pki.openKadisKey(passphrase.toCharArray())) {
      return pki.padesSigner().sign(unsigned, key,
          eu.europa.esig.dss.enumerations.SignatureLevel.PAdES_BASELINE_LT);
    }
  }

  /** The indication the public verification API gives a PDF. */
  private static String verification(String base, byte[] pdf) throws Exception {
    String answer = new KadisOverHttp(base).verification(pdf);
    Matcher indication = Pattern.compile("\"indication\":\"([A-Z_]+)\"").matcher(answer);
    assertTrue(indication.find(), answer);
    return indication.group(1);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
