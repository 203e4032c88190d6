package id.dukcapilceria.kk.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.portal.config.PortalConfig;
import id.dukcapilceria.kk.portal.demo.DemoDocuments;
import id.dukcapilceria.kk.portal.demo.DemoSetup;
import id.dukcapilceria.kk.portal.dokumen.HostileFiles;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile input against the running portal: over 150 requests of our own making to the REST API,
 * the public verification (API and page) and the nagari's intake page, each answered with a clear
 * refusal (a 4xx with a message, or a red verdict), none with a 500 or a stack trace, each within
 * 5 s; and afterwards every table holds as many rows, and the document store as many files, as
 * before. Runs inside the server, to count the rows.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

  private static final String NAGARI = "nagari.lubukalung";
  private static final String OPERATOR = "operator";
  private static final String KADIS = "kadis";
  private static final String JSON = "application/json";
  /**
   * Refused by the HTTP server before the portal sees them, with its own short 400 (a 13 KB header,
   * a NUL in the path): no field to name, nothing reached the application.
   */
  private static final java.util.Set<String> REFUSED_BY_THE_SERVER =
      java.util.Set.of("authorization 13350", "path /api/v1/permohonan/%00");
  /** What a stack trace or an unhandled exception leaves in an answer. */
  private static final Pattern TRACE = Pattern.compile("\\tat |Exception|Caused by|\\.java:\\d+");

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.portal(HostileInputIT.class, ApplicationJson.class, HostileFiles.class);
  }

  @ArquillianResource URL deploymentUrl;
  @Inject PortalConfig config;

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final List<String> wrong = new ArrayList<>();
  private int asked;

  /** One hostile request and what it must be answered with. */
  private record Case(String name, String method, String path, String user, String contentType, byte[] body,
      boolean redVerdictExpected) {}

  @Test
  void everyHostileRequestIsRefusedClearlyAndChangesNothing() throws Exception {
    long waiting = created();
    long sentBack = created();
    call("POST", "/api/v1/permohonan/" + sentBack + "/send-back-to-nagari", OPERATOR, JSON,
        "{\"category\":\"BERKAS_TIDAK_LENGKAP\",\"reason\":\"Lengkapi akta kelahiran\"}".getBytes(StandardCharsets.UTF_8));
    Map<String, Long> before = state();

    List<Case> cases = new ArrayList<>();
    submissions(cases);
    wholeBodies(cases);
    credentialsPathsAndParameters(cases);
    steps(cases, waiting);
    publicVerification(cases);
    for (Case c : cases) {
      run(c);
    }
    publicPage();
    intakePage(sentBack);

    Map<String, Long> after = state();
    assertEquals(List.of(), wrong, "of " + asked + " hostile requests");
    assertTrue(asked >= 150, asked + " hostile requests");
    assertEquals(before, after, "rows per table and stored files, before and after");
    assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(
            "http://127.0.0.1:" + deploymentUrl.getPort() + "/health/ready")).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode(), "the server is ready as before");
  }

  /**
   * The tests' portal believes X-Forwarded-For from 127.0.0.1 (kk.proxy.addresses, pom.xml), so
   * one machine can stand for an attacker and the Kadis's office.
   */
  @Test
  void anAttackerAtOneAddressDoesNotKeepTheKadisOutAndMadeUpNamesLeaveAFewAuditRows() throws Exception {
    for (int i = 0; i < 20; i++) {
      assertEquals(401, signIn("203.0.113.7", "kadis", "tebakan-" + i), "the attacker's guess " + i);
    }
    assertEquals(200, signIn("198.51.100.20", "kadis", DemoSetup.DEMO_PASSWORD), "the Kadis at the office");

    long auditBefore = auditRows();
    java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(25);
    try {
      List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 1_000; i++) {
        String address = "192.0.2." + (i % 250);
        answers.add(callers.submit(() -> signIn(address, java.util.UUID.randomUUID().toString(), "x")));
      }
      for (var answer : answers) {
        assertEquals(401, answer.get());
      }
    } finally {
      callers.shutdownNow();
    }
    long added = auditRows() - auditBefore;
    assertTrue(added <= 3, "1,000 made-up names are summed up in the audit trail, not one row each: " + added);
  }

  private int signIn(String address, String user, String password) throws Exception {
    return http.send(HttpRequest.newBuilder(local("api/v1/worklist")).header("X-Forwarded-For", address)
        .header("Authorization", "Basic " + b64(user + ":" + password)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private long auditRows() throws Exception {
    DataSource database = (DataSource) new InitialContext().lookup("java:app/jdbc/kk");
    try (Connection connection = database.getConnection(); Statement count = connection.createStatement();
        ResultSet rows = count.executeQuery("select count(*) from audit_entry")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  // ---- the REST API: submissions with one hostile field each ----

  private void submissions(List<Case> cases) throws IOException {
    List<Object> niks = List.of("", "abc", "12345", "130501120385000", "13050112038500071",
        "\uFF11\uFF13\uFF10\uFF15\uFF10\uFF11\uFF11\uFF12\uFF10\uFF13\uFF18\uFF15\uFF10\uFF10\uFF10\uFF17",
        "1305011203850007\u0000", "0000000000000000", "9999999999999999", "1305013203850007", "1305011213850007",
        1305011203850007L, true, List.of(), Map.of("a", 1));
    for (Object nik : niks) {
      cases.add(submission("nik " + nik, app -> member(app).put("nik", nik)));
    }
    List<Object> names = List.of("<script>alert(1)</script>", "A".repeat(10_000), "\u202eSITI", "BUDI'); DROP TABLE permohonan;--",
        "=HYPERLINK(\"http://contoh.invalid\")", "BUDI\u0000", "", "   ", 12345, "BUDI\u0007SANTOSO", "\uD83D\uDE00\uD83D\uDE00");
    for (Object name : names) {
      cases.add(submission("name " + String.valueOf(name).length(), app -> member(app).put("namaLengkap", name)));
    }
    for (Object date : List.of("2026-02-30", "10000-01-01", "+10000-01-01", "-0001-01-01", "2999-01-01", "01-01-1990",
        "1990/01/01", 19900101, "")) {
      cases.add(submission("birth date " + date, app -> member(app).put("tanggalLahir", date)));
    }
    Object[][] codes = {{"agama", 99}, {"agama", -1}, {"agama", 1.5}, {"agama", "1e3"}, {"agama", "ISLAM'"},
        {"agama", new java.math.BigDecimal("1e400")}, {"agama", new java.math.BigInteger("9223372036854775808")},
        {"jenisKelamin", "X"}, {"jenisKelamin", 3}, {"pendidikan", "PROFESOR"}, {"pekerjaan", 9999},
        {"statusPerkawinan", 77}, {"hubungan", "RAJA"}, {"golonganDarah", "Z"}, {"kewarganegaraan", "MARS"}};
    for (Object[] code : codes) {
      cases.add(submission(code[0] + " " + code[1], app -> member(app).put((String) code[0], code[1])));
    }
    Object[][] fields = {{"members", List.of()}, {"members", "x"}, {"members", null}, {"members", List.of(1, 2)},
        {"members", List.of("x")}, {"jenisLayanan", "X"}, {"jenisLayanan", 1.5}, {"jenisLayanan", null},
        {"jenisLayanan", "PERUBAHAN_DATA'; --"}, {"warningsAcknowledged", "yes"}, {"warningsAcknowledged", 1},
        {"kodeDesa", "31.71.01.1001"}, {"kodeDesa", "99.99.99.9999"}, {"kodeDesa", "../../etc/passwd"},
        {"kodeDesa", "13.05.01.2001' OR '1'='1"}, {"kodeDesa", 13}, {"rt", "-1"}, {"rt", "1000"},
        {"rt", "abc"}, {"rt", 1e10}, {"rw", "xyz"}, {"kodePos", "abcde"}, {"kodePos", "1"},
        {"kodePos", "999999"}, {"alamat", ""}, {"alamat", "A".repeat(5_000)}, {"intakeStartedAt", "kemarin"},
        {"documents", "x"}, {"documents", List.of(1)}};
    for (Object[] field : fields) {
      cases.add(submission(field[0] + " " + String.valueOf(field[1]).length(), app -> app.put((String) field[0], field[1])));
    }
    cases.add(submission("300 copies of one member", app -> {
      List<Object> many = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        many.add(member(app));
      }
      app.put("members", many);
    }));
    // requirement documents: what no scanner makes
    byte[] pdf = DemoDocuments.pdf("PINDAIAN UJI");
    byte[] jpeg = HostileFiles.picture("jpg");
    Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    files.put("truncated PDF", Arrays.copyOf(pdf, pdf.length / 2));
    files.put("JPEG followed by a PDF", HostileFiles.concat(jpeg, pdf));
    files.put("truncated JPEG", Arrays.copyOf(jpeg, jpeg.length - 100));
    files.put("decompression bomb", HostileFiles.decompressionBomb());
    files.put("PNG declaring 100000 x 100000", HostileFiles.pngDeclaring(100_000, 100_000));
    files.put("EXE", HostileFiles.concat("MZ".getBytes(StandardCharsets.ISO_8859_1), new byte[512]));
    files.put("HTML", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
    files.put("SVG", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8));
    files.put("PDF with JavaScript", new String(pdf, StandardCharsets.ISO_8859_1)
        .replace("/Type /Catalog", "/Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >>")
        .getBytes(StandardCharsets.ISO_8859_1));
    files.put("6 MB", HostileFiles.concat(pdf, new byte[6 * 1024 * 1024]));
    files.put("empty", new byte[0]);
    for (var file : files.entrySet()) {
      cases.add(submission("document: " + file.getKey(),
          app -> document(app).put("content", Base64.getEncoder().encodeToString(file.getValue()))));
    }
    cases.add(submission("document: not base64", app -> document(app).put("content", "%%% bukan base64 %%%")));
    cases.add(submission("document: a number", app -> document(app).put("content", 5)));
    cases.add(submission("document: unknown type", app -> document(app).put("jenis", "SURAT_SAKTI")));
    cases.add(submission("a required document left out", app -> documents(app).remove(0)));
  }

  private void wholeBodies(List<Case> cases) {
    String deepObject = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
    String deepArray = "[".repeat(100_000) + "]".repeat(100_000);
    StringBuilder manyKeys = new StringBuilder("{");
    for (int i = 0; i < 100_000; i++) {
      manyKeys.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
    }
    manyKeys.append('}');
    List<String> bodies = List.of(deepObject, deepArray, manyKeys.toString(), "[]", "null", "\"x\"", "{", "{} sampah", "",
        "{\"" + "k".repeat(1_000_000) + "\":1}", "{\"members\":[" + "1,".repeat(10_000) + "1]}");
    for (String body : bodies) {
      cases.add(new Case("body of " + body.length() + " characters", "POST", "/api/v1/permohonan", NAGARI, JSON,
          body.getBytes(StandardCharsets.UTF_8), false));
    }
    cases.add(new Case("invalid UTF-8", "POST", "/api/v1/permohonan", NAGARI, JSON,
        new byte[] {'{', '"', (byte) 0xFF, (byte) 0xFE, '"', ':', '1', '}'}, false));
    cases.add(new Case("UTF-16", "POST", "/api/v1/permohonan", NAGARI, JSON,
        "{\"jenisLayanan\":\"X\"}".getBytes(StandardCharsets.UTF_16LE), false));
    for (String type : new String[] {"text/plain", "application/xml", "multipart/form-data; boundary=x", null}) {
      cases.add(new Case("content type " + type, "POST", "/api/v1/permohonan", NAGARI, type,
          "{}".getBytes(StandardCharsets.UTF_8), false));
    }
    cases.add(new Case("33 MB body", "POST", "/api/v1/permohonan", NAGARI, JSON, new byte[33 * 1024 * 1024], false));
  }

  private void credentialsPathsAndParameters(List<Case> cases) {
    String kadisWithLongPassword = "kadis:" + "x".repeat(10_000);
    for (String authorization : List.of("Basic", "Basic !!!", "Basic " + b64("tanpa-titik-dua"), "Basic " + b64(":"),
        "Basic " + b64(kadisWithLongPassword), "Bearer abc", "Basic " + "A".repeat(6_000),
        "Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xC3, 0x28, ':', 'x'}),
        "Basic " + b64("tidak.ada:demo123"), "Basic " + b64("kadis:salah"))) {
      cases.add(new Case("authorization " + authorization.length(), "GET", "/api/v1/worklist", "!" + authorization,
          null, null, false));
    }
    for (String path : List.of("/api/v1/permohonan/-1", "/api/v1/permohonan/0", "/api/v1/permohonan/99999999999999999999",
        "/api/v1/permohonan/1e3", "/api/v1/permohonan/abc", "/api/v1/permohonan/%00",
        "/api/v1/worklist?size=-1", "/api/v1/worklist?size=1000000", "/api/v1/worklist?first=abc",
        "/api/v1/worklist?first=-5", "/api/v1/buku-register?tahun=abc", "/api/v1/buku-register?tahun=99999",
        "/api/v1/permohonan/1/tidak-ada")) {
      cases.add(new Case("path " + path, "GET", path, OPERATOR, null, null, false));
    }
  }

  private void steps(List<Case> cases, long id) {
    String at = "/api/v1/permohonan/" + id + "/";
    Object[][] steps = {
        {"verify", OPERATOR, "{\"nomorKk\":\"abc\"}"}, {"verify", OPERATOR, "{\"nomorKk\":\"1305\"}"},
        {"verify", OPERATOR, "{\"nomorKk\":12}"}, {"verify", OPERATOR, "{}"},
        {"send-back-to-nagari", OPERATOR, "{\"category\":\"X\",\"reason\":\"a\"}"},
        {"send-back-to-nagari", OPERATOR, "{\"category\":\"BERKAS_TIDAK_LENGKAP\",\"reason\":\"\"}"},
        {"send-back-to-nagari", OPERATOR, "{\"category\":\"BERKAS_TIDAK_LENGKAP\",\"reason\":\"" + "r".repeat(5_000) + "\"}"},
        {"send-back-to-nagari", OPERATOR, "{\"category\":\"BERKAS_TIDAK_LENGKAP\"}"},
        {"refuse", OPERATOR, "{}"}, {"confirm", OPERATOR, "{}"},
        {"sign", KADIS, "{\"passphrase\":\"salah\"}"}, {"sign", KADIS, "{\"passphrase\":[\"a\"]}"},
        {"sign", KADIS, "{\"passphrase\":{\"a\":1}}"}, {"sign", KADIS, "{\"passphrase\":\"a\",\"x\":1}"},
        {"hand-over-and-archive", NAGARI, "{\"recipient\":\"" + "n".repeat(10_000) + "\"}"}};
    for (Object[] step : steps) {
      cases.add(new Case(step[0] + " " + ((String) step[2]).length(), "POST", at + step[0], (String) step[1], JSON,
          ((String) step[2]).getBytes(StandardCharsets.UTF_8), false));
    }
  }

  private void publicVerification(List<Case> cases) throws IOException {
    String path = "/api/v1/verification";
    byte[] pdf = DemoDocuments.pdf("BUKAN KK");
    cases.add(new Case("verification: empty", "POST", path, null, "application/pdf", new byte[0], false));
    cases.add(new Case("verification: text", "POST", path, null, "application/pdf", "halo".getBytes(StandardCharsets.UTF_8), false));
    cases.add(new Case("verification: other type", "POST", path, null, "text/plain", pdf, false));
    cases.add(new Case("verification: 11 MB", "POST", path, null, "application/pdf", HostileFiles.concat(pdf, new byte[11 * 1024 * 1024]), false));
    cases.add(new Case("verification: truncated", "POST", path, null, "application/pdf", Arrays.copyOf(pdf, pdf.length / 2), true));
    cases.add(new Case("verification: unsigned", "POST", path, null, "application/pdf", pdf, true));
    cases.add(new Case("verification: bomb", "POST", path, null, "application/pdf", HostileFiles.decompressionBomb(), true));
  }

  private void run(Case c) throws Exception {
    long started = System.nanoTime();
    HttpResponse<byte[]> answer;
    try {
      answer = call(c.method(), c.path(), c.user(), c.contentType(), c.body());
    } catch (IOException noAnswer) {
      asked++;
      wrong.add(c.name() + ": no answer (" + noAnswer + ")");
      return;
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    asked++;
    String text = new String(answer.body(), StandardCharsets.UTF_8);
    int status = answer.statusCode();
    boolean refused = status >= 400 && status < 500;
    boolean red = c.redVerdictExpected() && (refused || status == 200 && text.contains("\"verdictColour\":\"RED\""));
    if (!(c.redVerdictExpected() ? red : refused)) {
      wrong.add(c.name() + ": " + status + " " + text.substring(0, Math.min(200, text.length())));
    } else if (status == 400 && REFUSED_BY_THE_SERVER.contains(c.name())) {
      // the server's own answer, checked below for a stack trace like any other
    } else if (refused && !answer.headers().firstValue("Content-Type").orElse("").contains("problem+json")) {
      wrong.add(c.name() + ": " + status + " without a problem document");
    } else if (refused && !text.contains("\"detail\"")) {
      wrong.add(c.name() + ": no message in " + text);
    }
    if (TRACE.matcher(text).find()) {
      wrong.add(c.name() + ": a stack trace in " + text.substring(0, Math.min(300, text.length())));
    }
    if (took.toMillis() > 5_000) {
      wrong.add(c.name() + ": answered in " + took.toMillis() + " ms");
    }
  }

  // ---- the pages: the public verification's upload and the nagari's intake ----

  private void publicPage() throws Exception {
    HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .cookieHandler(new java.net.CookieManager()).build();
    byte[] pdf = DemoDocuments.pdf("BUKAN KK");
    Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    files.put("12 MiB", HostileFiles.concat(pdf, new byte[12 * 1024 * 1024]));
    files.put("not a PDF", "halo".getBytes(StandardCharsets.UTF_8));
    files.put("empty", new byte[0]);
    files.put("truncated", Arrays.copyOf(pdf, pdf.length / 2));
    for (var file : files.entrySet()) {
      String answer = upload(browser, "verifikasi.xhtml", 0, file.getValue());
      asked++;
      if (!answer.contains("ui-messages-error") || answer.contains("<error>") || TRACE.matcher(answer).find()) {
        wrong.add("public page, " + file.getKey() + ": " + answer.substring(0, Math.min(400, answer.length())));
      }
    }
    // over the container's limit: refused before anything is read, with the error page
    HttpResponse<String> huge = uploadRaw(browser, "verifikasi.xhtml", 0, new byte[60 * 1024 * 1024]);
    asked++;
    if (huge.statusCode() != 413 || !huge.body().contains("terlalu besar")) {
      wrong.add("public page, 60 MB: " + huge.statusCode());
    }
  }

  private void intakePage(long sentBack) throws Exception {
    HttpClient nagari = signedIn(NAGARI);
    byte[] pdf = DemoDocuments.pdf("PINDAIAN UJI");
    Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    files.put("truncated PDF", Arrays.copyOf(pdf, pdf.length / 2));
    files.put("JPEG followed by a PDF", HostileFiles.concat(HostileFiles.picture("jpg"), pdf));
    files.put("decompression bomb", HostileFiles.decompressionBomb());
    files.put("PNG declaring 100000 x 100000", HostileFiles.pngDeclaring(100_000, 100_000));
    files.put("EXE", HostileFiles.concat("MZ".getBytes(StandardCharsets.ISO_8859_1), new byte[512]));
    files.put("6 MB", HostileFiles.concat(pdf, new byte[6 * 1024 * 1024]));
    files.put("empty", new byte[0]);
    files.put("HTML", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
    for (var file : files.entrySet()) {
      String answer = upload(nagari, "nagari/permohonan.xhtml?perbaiki=" + sentBack, 0, file.getValue());
      asked++;
      if (!answer.contains("ui-messages-error") || answer.contains("<error>") || TRACE.matcher(answer).find()) {
        wrong.add("intake page, " + file.getKey() + ": " + answer.substring(0, Math.min(400, answer.length())));
      }
    }
  }

  /** Uploads a file into the page's {@code index}-th file field as PrimeFaces' script does; the partial response. */
  private String upload(HttpClient client, String page, int index, byte[] file) throws Exception {
    HttpResponse<String> answer = uploadRaw(client, page, index, file);
    return answer.statusCode() + " " + answer.body();
  }

  private HttpResponse<String> uploadRaw(HttpClient client, String page, int index, byte[] file) throws Exception {
    String html = client.send(HttpRequest.newBuilder(local(page)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    String viewState = find(html, "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    String nonce = find(html, "nonce=\"([^\"]+)\"");
    List<String> inputs = new ArrayList<>();
    Matcher fileInput = Pattern.compile("<input[^>]*type=\"file\"[^>]*name=\"([^\"]+)\"").matcher(html);
    while (fileInput.find()) {
      inputs.add(fileInput.group(1));
    }
    String input = inputs.get(index);
    String source = input.replace("_input", "");
    String form = input.substring(0, input.indexOf(':'));
    String boundary = "----kk" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (String[] field : new String[][] {{"primefaces.nonce", nonce}, {form, form}, {"jakarta.faces.ViewState", viewState},
        {"jakarta.faces.partial.ajax", "true"}, {"jakarta.faces.source", source},
        {"jakarta.faces.partial.execute", source}, {"jakarta.faces.partial.render", form + ":messages"}}) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n" + field[1] + "\r\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + input
        + "\"; filename=\"pindaian.pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(file);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    long started = System.nanoTime();
    HttpResponse<String> answer = client.send(HttpRequest.newBuilder(local(page.replaceFirst("\\?.*", "")))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Faces-Request", "partial/ajax")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (Duration.ofNanos(System.nanoTime() - started).toMillis() > 5_000) {
      wrong.add(page + ": upload of " + file.length + " bytes answered after 5 s");
    }
    return answer;
  }

  private static String find(String html, String regex) {
    Matcher found = Pattern.compile(regex).matcher(html);
    if (!found.find()) {
      throw new AssertionError("not in the page: " + regex);
    }
    return found.group(1);
  }

  // ---- state, requests, files ----

  /** Rows in every table but the audit trail (refusals are audited), and the files of the document store. */
  private Map<String, Long> state() throws Exception {
    Map<String, Long> counts = new TreeMap<>();
    DataSource database = (DataSource) new InitialContext().lookup("java:app/jdbc/kk");
    try (Connection connection = database.getConnection()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet found = connection.getMetaData().getTables(null, "APP", "%", new String[] {"TABLE"})) {
        while (found.next()) {
          tables.add(found.getString("TABLE_NAME"));
        }
      }
      for (String table : tables) {
        if (table.toUpperCase().startsWith("AUDIT_")) {
          continue;
        }
        try (Statement count = connection.createStatement();
            ResultSet rows = count.executeQuery("select count(*) from \"" + table + "\"")) {
          rows.next();
          counts.put(table, rows.getLong(1));
        }
      }
    }
    Path store = config.dataDirectory().resolve("dokumen");
    try (Stream<Path> files = Files.isDirectory(store) ? Files.walk(store) : Stream.empty()) {
      counts.put("files in the document store", files.filter(Files::isRegularFile).count());
    }
    return counts;
  }

  private long created() throws Exception {
    HttpResponse<byte[]> answer = call("POST", "/api/v1/permohonan", NAGARI, JSON, json(application()));
    assertEquals(201, answer.statusCode(), new String(answer.body(), StandardCharsets.UTF_8));
    try (var reader = Json.createReader(new ByteArrayInputStream(answer.body()))) {
      return reader.readObject().getJsonNumber("id").longValue();
    }
  }

  private final Map<String, Object> valid = ApplicationJson.newApplication(ApplicationJson.newFamily());

  /** A fresh copy of one valid application (its members and documents copied too). */
  @SuppressWarnings("unchecked")
  private Map<String, Object> application() {
    Map<String, Object> copy = new java.util.LinkedHashMap<>(valid);
    List<Object> members = new ArrayList<>();
    ((List<Map<String, Object>>) valid.get("members")).forEach(m -> members.add(new java.util.LinkedHashMap<>(m)));
    copy.put("members", members);
    List<Object> documents = new ArrayList<>();
    ((List<Map<String, Object>>) valid.get("documents")).forEach(d -> documents.add(new java.util.LinkedHashMap<>(d)));
    copy.put("documents", documents);
    return copy;
  }

  private Case submission(String name, Consumer<Map<String, Object>> change) {
    Map<String, Object> application = application();
    change.accept(application);
    return new Case(name, "POST", "/api/v1/permohonan", NAGARI, JSON, json(application), false);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> member(Map<String, Object> application) {
    return (Map<String, Object>) ((List<Object>) application.get("members")).get(0);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> documents(Map<String, Object> application) {
    return (List<Object>) application.get("documents");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> document(Map<String, Object> application) {
    return (Map<String, Object>) documents(application).get(0);
  }

  private static byte[] json(Map<String, Object> value) {
    JsonObject object = Json.createObjectBuilder(value).build();
    return object.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** {@code user}: a portal user (HTTP Basic), "!" and a whole Authorization header, or null for nobody. */
  private HttpResponse<byte[]> call(String method, String path, String user, String contentType, byte[] body)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(local(path.substring(1))).timeout(Duration.ofSeconds(60))
        .header("Accept-Language", "id");
    if (user != null && user.startsWith("!")) {
      request.header("Authorization", user.substring(1));
    } else if (user != null) {
      request.header("Authorization", "Basic " + b64(user + ":" + DemoSetup.DEMO_PASSWORD));
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private URI local(String path) {
    return URI.create((deploymentUrl + path).replaceFirst("^http://[^/:]+", "http://127.0.0.1"));
  }

  /** A client signed in through the login form, as a browser would be. */
  private HttpClient signedIn(String username) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .cookieHandler(new java.net.CookieManager()).build();
    client.send(HttpRequest.newBuilder(local("ruang-kerja")).build(), HttpResponse.BodyHandlers.discarding());
    client.send(HttpRequest.newBuilder(local("j_security_check"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("j_username=" + username + "&j_password=" + DemoSetup.DEMO_PASSWORD))
        .build(), HttpResponse.BodyHandlers.discarding());
    client.send(HttpRequest.newBuilder(local("ruang-kerja")).build(), HttpResponse.BodyHandlers.discarding());
    return client;
  }

  private static String b64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
