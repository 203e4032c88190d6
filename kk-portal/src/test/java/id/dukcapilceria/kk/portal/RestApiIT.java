package id.dukcapilceria.kk.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusPerkawinan;
import id.dukcapilceria.kk.portal.demo.DemoDocuments;
import id.dukcapilceria.kk.portal.demo.DemoSetup;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import id.dukcapilceria.kk.portal.notification.TestNotificationServers;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.json.Json;

/**
 * The REST API as another system uses it: plain HTTP against the deployed WAR, signed in with
 * HTTP Basic as the demo users. One application goes through the whole SOP by the API alone and
 * its PDF verifies; every endpoint refuses what is wrong with the right status as
 * application/problem+json; the OpenAPI document lists every path called here; readiness is UP.
 * The public verification's rate limit is tested last, since it blocks this client for a minute.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
class RestApiIT {

  private static final String PASSWORD = DemoSetup.DEMO_PASSWORD;
  private static final String NAGARI = "nagari.lubukalung";
  private static final String OTHER_NAGARI = "nagari.katapiang";
  private static final String OPERATOR = "operator";
  private static final String KASI = "kasi";
  private static final String KADIS = "kadis";
  private static final String ADMIN = "admin";
  private static final String LUBUK_ALUNG = "13.05.01.2001";
  private static final String JSON = "application/json";
  private static final String PROBLEM = "application/problem+json";
  /** Every API path (ids as {id}) the tests called, for the OpenAPI check. */
  private static final Set<String> CALLED = new TreeSet<>();

  private static final HttpClient HTTP =
      // HTTP/1.1: the h2c upgrade of the default client breaks on a refused Expect: 100-continue
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  private static final Json JSON_CODEC = new Json();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.portal();
  }

  @ArquillianResource URL deploymentUrl;
  private String base;

  @BeforeEach
  void base() {
    // Micro announces its first non-loopback address; the tests only ever use loopback
    base = "http://127.0.0.1:" + deploymentUrl.getPort() + deploymentUrl.getPath();
    base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  // ---------------------------------------------------------------- the whole SOP by the API

  @Test
  @Order(1)
  void oneApplicationGoesThroughTheWholeSopByTheApiAlone() throws Exception {
    KartuKeluarga family = ApplicationJson.newFamily();
    HttpResponse<byte[]> created = call("POST", "/api/v1/permohonan", NAGARI, JSON, body(ApplicationJson.newApplication(family)));
    assertEquals(201, created.statusCode(), text(created));
    assertTrue(created.headers().firstValue("Content-Type").orElse("").startsWith(JSON));
    assertTrue(created.headers().firstValue("Set-Cookie").isEmpty(), "the API creates no HTTP session");
    Map<String, Object> application = json(created);
    long id = ((Number) application.get("id")).longValue();
    String location = created.headers().firstValue("Location").orElseThrow();
    assertTrue(location.endsWith("/api/v1/permohonan/" + id), location);
    assertEquals("DIAJUKAN", application.get("status"));
    assertEquals(LUBUK_ALUNG, application.get("kodeNagari"));
    assertEquals(family.anggota().size(), ((List<?>) kk(application).get("members")).size());
    assertFalse(((List<?>) application.get("documents")).isEmpty());
    // the citizen's kode lacak, in this answer only; with it the public status, without signing in
    String nomor = (String) application.get("nomor");
    String kodeLacak = (String) application.get("kodeLacak");
    assertTrue(kodeLacak.matches("[A-Z2-9]{4}-[A-Z2-9]{4}"), kodeLacak);
    assertFalse(text(ok(call("GET", "/api/v1/permohonan/" + id, NAGARI, null, null))).contains(kodeLacak),
        "the code is not kept: no later answer gives it");
    Map<String, Object> received = tracked(nomor, kodeLacak.toLowerCase());
    assertEquals("DITERIMA", received.get("stage"));
    assertEquals("Lubuk Alung", received.get("nagari"));
    assertFalse(text(ok(call("POST", "/api/v1/lacak", null, JSON, body(Map.of("nomor", nomor, "kodeLacak", kodeLacak)))))
        .toUpperCase().contains(family.namaKepalaKeluarga().toUpperCase()), "no name in the public status");
    // a wrong code is answered exactly as a number that does not exist
    String wrongCode = (kodeLacak.startsWith("A") ? "B" : "A") + kodeLacak.substring(1);
    HttpResponse<byte[]> wrong = call("POST", "/api/v1/lacak", null, JSON, body(Map.of("nomor", nomor, "kodeLacak", wrongCode)));
    HttpResponse<byte[]> unknown = call("POST", "/api/v1/lacak", null, JSON,
        body(Map.of("nomor", "PMH-2099-99999", "kodeLacak", kodeLacak)));
    assertProblem(wrong, 404, null);
    assertEquals(text(unknown), text(wrong), "byte for byte the same answer");
    assertProblem(call("POST", "/api/v1/lacak", null, JSON, body(Map.of("nomor", nomor, "kodeLacak", "K7QM-3XH0"))),
        422, "kodeLacak");

    // the operator finds it in the worklist and reads the number SIAK (here the demo) proposes
    assertTrue(worklistIds(OPERATOR).contains(id), "the new application waits for the operator");
    assertFalse(worklistIds(KASI).contains(id), "not yet for the Kasi/Kabid");
    Map<String, Object> forOperator = json(ok(call("GET", "/api/v1/permohonan/" + id, OPERATOR, null, null)));
    String nomorKk = (String) forOperator.get("proposedNomorKk");
    assertNotNull(nomorKk);
    // the workflow says which steps each caller may take now, by the path of their call
    assertEquals(List.of("verify:false", "send-back-to-nagari:true", "refuse:true"), stepsOf(forOperator));
    assertEquals(List.of(), stepsOf(application), "nothing for the nagari while the Dinas has it");
    assertEquals(List.of(), stepsOf(json(ok(call("GET", "/api/v1/permohonan/" + id, KASI, null, null)))));

    assertEquals("DIVERIFIKASI", step(id, "verify", OPERATOR, Map.of("nomorKk", nomorKk)).get("status"));
    assertEquals(List.of("confirm:false", "return-to-operator:true"),
        stepsOf(json(ok(call("GET", "/api/v1/permohonan/" + id, KASI, null, null)))));
    assertEquals("DIKEMBALIKAN_KE_OPERATOR", step(id, "return-to-operator", KASI,
        Map.of("category", "DATA_TIDAK_SESUAI", "reason", "Nama ibu berbeda dengan akta (uji API).")).get("status"));
    assertEquals("DIVERIFIKASI", step(id, "verify", OPERATOR, Map.of("nomorKk", nomorKk)).get("status"));
    assertEquals("DIKONFIRMASI", step(id, "confirm", KASI, null).get("status"));
    assertEquals("DITANDATANGANI", step(id, "sign", KADIS, Map.of("passphrase", DemoPki.DEMO_PASSPHRASE)).get("status"));
    Map<String, Object> sent = step(id, "register-and-send", OPERATOR, null);
    assertEquals("TERKIRIM", sent.get("status"));
    String registerNumber = (String) sent.get("registerNumber");
    assertNotNull(registerNumber);
    String head = family.namaKepalaKeluarga();
    Map<String, Object> done = step(id, "hand-over-and-archive", NAGARI, Map.of("recipient", head));
    assertEquals("SELESAI", done.get("status"));
    assertEquals(nomorKk, done.get("nomorKk"));
    Map<String, Object> collected = tracked(nomor, kodeLacak);
    assertEquals("SELESAI", collected.get("stage"));
    assertEquals(List.of("DITERIMA", "DIPROSES", "DITANDATANGANI", "SIAP_DIAMBIL", "SELESAI"),
        list(collected, "stages").stream().map(s -> s.get("stage")).toList());
    assertFalse(collected.containsKey("returnReason"), "the hand-over's recipient is not shown");

    // the timeline: who did what, in which role, from which status to which, and why
    List<Map<String, Object>> steps = list(json(ok(call("GET", "/api/v1/permohonan/" + id + "/timeline", NAGARI, null, null))), "steps");
    assertEquals(List.of("SUBMIT", "VERIFY", "RETURN_TO_OPERATOR", "VERIFY", "CONFIRM", "SIGN", "REGISTER_AND_SEND",
        "HAND_OVER_AND_ARCHIVE"), steps.stream().map(s -> s.get("transition")).toList());
    assertEquals(List.of(NAGARI, OPERATOR, KASI, OPERATOR, KASI, KADIS, OPERATOR, NAGARI),
        steps.stream().map(s -> s.get("username")).toList());
    Map<String, Object> returned = steps.get(2);
    assertEquals("KASI_KABID", returned.get("role"));
    assertEquals("DIVERIFIKASI", returned.get("from"));
    assertEquals("DIKEMBALIKAN_KE_OPERATOR", returned.get("to"));
    assertEquals("Nama ibu berbeda dengan akta (uji API).", returned.get("reason"));
    assertNull(steps.get(0).get("from"));
    assertNotNull(steps.get(0).get("at"));
    assertTrue(((String) steps.get(7).get("reason")).contains(head));

    // the registers show it
    Map<String, Object> register = json(ok(call("GET", "/api/v1/buku-register?size=100", OPERATOR, null, null)));
    assertTrue(list(register, "items").stream().anyMatch(r -> registerNumber.equals(r.get("label"))
        && nomorKk.equals(r.get("nomorKk"))), "the register lists " + registerNumber);
    Map<String, Object> problems = json(ok(call("GET", "/api/v1/buku-permasalahan?size=100", KASI, null, null)));
    assertTrue(list(problems, "items").stream().anyMatch(p -> "Nama ibu berbeda dengan akta (uji API).".equals(p.get("description"))
        && Boolean.FALSE.equals(p.get("open"))), "the return is in the buku permasalahan, resolved");

    // the signed card: downloaded, then verified publicly
    HttpResponse<byte[]> pdf = ok(call("GET", "/api/v1/permohonan/" + id + "/kk.pdf", NAGARI, null, null));
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
    Map<String, Object> report = json(ok(call("POST", "/api/v1/verification", null, "application/pdf", pdf.body())));
    assertEquals("TOTAL_PASSED", report.get("indication"), report.toString());
    assertEquals(Boolean.TRUE, report.get("valid"));
    assertEquals(Boolean.TRUE, report.get("integrity"));
    assertEquals(Boolean.TRUE, report.get("chainTrusted"));
    assertEquals(Boolean.FALSE, report.get("modifiedAfterSigning"));
    assertEquals(1L, ((Number) report.get("signatureCount")).longValue());
    assertEquals(Boolean.TRUE, report.get("activeCard"));
    assertEquals("VALID_ACTIVE", report.get("verdict"), "what a recipient should conclude");
    assertEquals("GREEN", report.get("verdictColour"));
    assertEquals(nomorKk.substring(0, 4) + "********" + nomorKk.substring(12), report.get("nomorKk"));
    assertFalse(report.toString().contains(nomorKk), "the full KK number is never shown publicly");
    assertFalse(((List<?>) report.get("reasons")).isEmpty());

    byte[] tampered = pdf.body().clone();
    tampered[tampered.length / 5] ^= 0x01;
    Map<String, Object> failed = json(ok(call("POST", "/api/v1/verification", null, "application/pdf", tampered)));
    assertEquals("TOTAL_FAILED", failed.get("indication"), failed.toString());
    assertEquals(Boolean.FALSE, failed.get("valid"));
    assertEquals("NOT_VALID", failed.get("verdict"));

    // a PDF without any signature: one of ETSI's three indications, and why
    Map<String, Object> unsigned = json(ok(call("POST", "/api/v1/verification", null, "application/pdf",
        DemoDocuments.pdf("BUKAN KK"))));
    assertEquals("TOTAL_FAILED", unsigned.get("indication"), unsigned.toString());
    assertEquals("NO_SIGNATURE_FOUND", unsigned.get("subIndication"));

    assertProblem(call("POST", "/api/v1/verification", null, "application/pdf",
        "ini teks biasa, bukan PDF".getBytes(StandardCharsets.UTF_8)), 400, null);
    assertProblem(call("POST", "/api/v1/verification", null, "text/plain", pdf.body()), 415, null);
  }

  // ---------------------------------------------------------------- refusals, endpoint by endpoint

  /** Every endpoint, with the body a right caller would send for an application waiting elsewhere. */
  private List<Endpoint> endpoints(long id) {
    Map<String, Object> kk = ApplicationJson.newApplication(ApplicationJson.newFamily());
    kk.put("kodeDesa", LUBUK_ALUNG);
    return List.of(
        new Endpoint("POST", "/api/v1/permohonan", kk, NAGARI, KASI),
        new Endpoint("POST", "/api/v1/permohonan/" + id + "/resubmit", kk, NAGARI, OPERATOR),
        new Endpoint("GET", "/api/v1/permohonan/" + id, null, NAGARI, null),
        new Endpoint("GET", "/api/v1/permohonan/" + id + "/timeline", null, NAGARI, null),
        new Endpoint("GET", "/api/v1/worklist", null, NAGARI, null),
        new Endpoint("POST", "/api/v1/permohonan/" + id + "/verify", Map.of("nomorKk", "1305012511260099"), OPERATOR, KASI),
        new Endpoint("POST", "/api/v1/permohonan/" + id + "/send-back-to-nagari",
            Map.of("category", "BERKAS_TIDAK_LENGKAP", "reason", "uji"), OPERATOR, KASI),
        new Endpoint("POST", "/api/v1/permohonan/" + id + "/refuse", Map.of("reason", "uji"), OPERATOR, KADIS),
        new Endpoint("POST", "/api/v1/permohonan/" + id + "/confirm", Map.of(), KASI, OPERATOR),
        new Endpoint("POST", "/api/v1/permohonan/" + id + "/return-to-operator",
            Map.of("category", "LAINNYA", "reason", "uji"), KASI, OPERATOR),
        new Endpoint("POST", "/api/v1/permohonan/" + id + "/sign", Map.of("passphrase", "salah"), KADIS, KASI),
        new Endpoint("POST", "/api/v1/permohonan/" + id + "/register-and-send", Map.of(), OPERATOR, KASI),
        new Endpoint("POST", "/api/v1/permohonan/" + id + "/hand-over-and-archive",
            Map.of("recipient", "BUDI"), NAGARI, OPERATOR),
        new Endpoint("GET", "/api/v1/permohonan/" + id + "/kk.pdf", null, NAGARI, ADMIN),
        new Endpoint("GET", "/api/v1/buku-register", null, OPERATOR, NAGARI),
        new Endpoint("GET", "/api/v1/buku-permasalahan", null, KASI, NAGARI),
        new Endpoint("POST", "/api/v1/validation", kk, NAGARI, null));
  }

  private record Endpoint(String method, String path, Map<String, Object> body, String rightRole, String wrongRole) {
    boolean hasId() {
      return path.matches(".*/permohonan/\\d+.*");
    }

    boolean isPost() {
      return method.equals("POST");
    }
  }

  @Test
  @Order(2)
  void anonymousCallersAreAskedToSignInAndWrongPasswordsAreRefused() throws Exception {
    long id = submitNew();
    for (Endpoint e : endpoints(id)) {
      HttpResponse<byte[]> anonymous = call(e.method(), e.path(), null, e.isPost() ? JSON : null, body(e.body()));
      assertProblem(anonymous, 401, null);
      assertEquals("Basic realm=\"kk\", charset=\"UTF-8\"", anonymous.headers().firstValue("WWW-Authenticate").orElse(""),
          e.path());
    }
    HttpResponse<byte[]> wrong = send(request("/api/v1/worklist").header("Authorization", basic(KASI, "salah")).GET());
    assertProblem(wrong, 401, null);
    HttpResponse<byte[]> unknown = send(request("/api/v1/worklist").header("Authorization", basic("tidak.ada", "x")).GET());
    assertProblem(unknown, 401, null);
    HttpResponse<byte[]> garbage = send(request("/api/v1/worklist").header("Authorization", "Basic ???").GET());
    assertProblem(garbage, 401, null);
    // English on request
    HttpResponse<byte[]> english = send(request("/api/v1/worklist").header("Accept-Language", "en").GET());
    assertProblem(english, 401, null);
    assertTrue(((String) json(english).get("detail")).startsWith("Sign in"), text(english));
    assertEquals("Perlu masuk", json(call("GET", "/api/v1/worklist", null, null, null)).get("title"));
  }

  @Test
  @Order(3)
  void wrongRolesAndOtherNagariAreRefusedAsThePortalRefusesThem() throws Exception {
    long id = submitNew();
    for (Endpoint e : endpoints(id)) {
      if (e.wrongRole() != null) {
        HttpResponse<byte[]> refused = call(e.method(), e.path(), e.wrongRole(), e.isPost() ? JSON : null, body(e.body()));
        assertProblem(refused, 403, null);
      }
      if (e.hasId()) {
        // another nagari's application is not theirs to see: the workflow answers "not found or not yours"
        HttpResponse<byte[]> other = call(e.method(), e.path(), OTHER_NAGARI, e.isPost() ? JSON : null, body(e.body()));
        assertProblem(other, 404, null);
      }
    }
    // the workflow's message says which role may take the step
    String detail = (String) json(call("POST", "/api/v1/permohonan/" + id + "/verify", KASI, JSON,
        body(Map.of("nomorKk", "1305012511260099")))).get("detail");
    assertTrue(detail.contains("Operator Layanan Digital"), detail);
    // the right role at the wrong moment: the application is not yet verified
    assertProblem(call("POST", "/api/v1/permohonan/" + id + "/confirm", KASI, null, null), 409, null);
    // and nothing moved
    assertEquals("DIAJUKAN", json(ok(call("GET", "/api/v1/permohonan/" + id, NAGARI, null, null))).get("status"));
  }

  @Test
  @Order(4)
  void malformedJsonWrongTypesUnknownIdsAndOversizeBodiesAreRefused() throws Exception {
    long id = submitNew();
    byte[] oversize = new byte[33 * 1024 * 1024];
    java.util.Arrays.fill(oversize, (byte) ' ');
    for (Endpoint e : endpoints(id)) {
      if (e.isPost()) {
        // the passphrase body is read by its own strict reader, which names the unknown member instead
        String malformedField = e.path().endsWith("/sign") ? null : "";
        assertProblem(call("POST", e.path(), e.rightRole(), JSON, "{\"a\": [1, 2".getBytes(StandardCharsets.UTF_8)), 400,
            malformedField);
        assertProblem(call("POST", e.path(), e.rightRole(), JSON, "[1, 2]".getBytes(StandardCharsets.UTF_8)), 400, "");
        assertProblem(oversize(e.path(), e.rightRole(), oversize), 413, null);
        if (!e.path().endsWith("/confirm") && !e.path().endsWith("/register-and-send")) {
          assertProblem(call("POST", e.path(), e.rightRole(), "text/plain", body(e.body())), 415, null);
        }
      }
      if (e.hasId()) {
        String unknown = e.path().replace("/" + id, "/999999");
        assertProblem(call(e.method(), unknown, e.rightRole(), e.isPost() ? JSON : null, body(e.body())), 404, null);
        assertProblem(call(e.method(), e.path().replace("/" + id, "/abc"), e.rightRole(), e.isPost() ? JSON : null,
            body(e.body())), 404, null);
      }
    }
    // wrong types, each answered with the field's path
    Map<String, Object> application = ApplicationJson.newApplication(ApplicationJson.newFamily());
    application.put("warningsAcknowledged", "ya");
    assertProblem(call("POST", "/api/v1/permohonan", NAGARI, JSON, body(application)), 400, "warningsAcknowledged");
    application = ApplicationJson.newApplication(ApplicationJson.newFamily());
    members(application).get(0).put("tanggalLahir", 19850312);
    assertProblem(call("POST", "/api/v1/permohonan", NAGARI, JSON, body(application)), 400, "members[0].tanggalLahir");
    application = ApplicationJson.newApplication(ApplicationJson.newFamily());
    members(application).get(0).put("agama", List.of("ISLAM"));
    assertProblem(call("POST", "/api/v1/validation", NAGARI, JSON, body(application)), 400, "members[0].agama");
    application = ApplicationJson.newApplication(ApplicationJson.newFamily());
    application.put("members", "semua");
    assertProblem(call("POST", "/api/v1/validation", NAGARI, JSON, body(application)), 400, "members");
    String base = "/api/v1/permohonan/" + id;
    assertProblem(call("POST", base + "/verify", OPERATOR, JSON, body(Map.of("nomorKk", 1305012511260099L))), 400, "nomorKk");
    assertProblem(call("POST", base + "/refuse", OPERATOR, JSON, body(Map.of("reason", true))), 400, "reason");
    assertProblem(call("POST", base + "/send-back-to-nagari", OPERATOR, JSON, body(Map.of("category", 3, "reason", "x"))),
        400, "category");
    assertProblem(call("POST", base + "/sign", KADIS, JSON, body(Map.of("passphrase", 123))), 400, "passphrase");
    assertProblem(call("POST", base + "/sign", KADIS, JSON, "{\"passphrase\": \"x\"".getBytes(StandardCharsets.UTF_8)), 400, "");
    assertProblem(call("POST", base + "/hand-over-and-archive", NAGARI, JSON, body(Map.of("recipient", 12))), 400, "recipient");
    assertProblem(call("POST", base + "/confirm", KASI, JSON, "{x".getBytes(StandardCharsets.UTF_8)), 400, "");
    assertProblem(call("GET", "/api/v1/worklist?first=abc", NAGARI, null, null), 400, "first");
    assertProblem(call("GET", "/api/v1/worklist?size=0", NAGARI, null, null), 400, "size");
    assertProblem(call("GET", "/api/v1/buku-register?tahun=dua-ribu", OPERATOR, null, null), 400, "tahun");
    assertProblem(call("GET", "/api/v1/buku-permasalahan?size=x", KASI, null, null), 400, "size");
    // missing or unknown values are refused as data (422) with their field
    assertProblem(call("POST", base + "/verify", OPERATOR, JSON, body(Map.of())), 422, "nomorKk");
    assertProblem(call("POST", base + "/verify", OPERATOR, JSON, body(Map.of("nomorKk", "123"))), 422, "nomorKk");
    assertProblem(call("POST", base + "/refuse", OPERATOR, JSON, body(Map.of())), 422, "reason");
    assertProblem(call("POST", base + "/send-back-to-nagari", OPERATOR, JSON, body(Map.of("category", "ENTAH", "reason", "x"))),
        422, "category");
    // the verification has its own, smaller cap
    assertProblem(oversize("/api/v1/verification", null, new byte[11 * 1024 * 1024]), 413, null);
    // and the citizen's status, open to anyone, takes a few hundred bytes: 4 KB at most
    HttpResponse<byte[]> tracking = oversize("/api/v1/lacak", null, new byte[8 * 1024]);
    assertProblem(tracking, 413, null);
    assertTrue(((String) json(tracking).get("detail")).contains("4 KB"), text(tracking));
    // no such path, no such method
    assertProblem(call("GET", "/api/v1/tidak-ada", NAGARI, null, null), 404, null);
    HttpResponse<byte[]> delete = call("DELETE", base, NAGARI, null, null);
    assertProblem(delete, 405, null);
    assertProblem(call("PUT", "/api/v1/validation", NAGARI, JSON, body(Map.of())), 405, null);
    assertProblem(call("GET", "/api/v1/verification", null, null, null), 405, null);
    // nothing above changed the application
    assertEquals("DIAJUKAN", json(ok(call("GET", base, NAGARI, null, null))).get("status"));
  }

  @Test
  @Order(5)
  void theDomainsRulesAnswerWithTheirPaths() throws Exception {
    // validation without saving: a clean family, then one whose second member repeats the first's NIK
    Map<String, Object> clean = ApplicationJson.newApplication(ApplicationJson.newFamily());
    Map<String, Object> valid = json(ok(call("POST", "/api/v1/validation", NAGARI, JSON, body(clean))));
    assertEquals(Boolean.TRUE, valid.get("valid"), valid.toString());
    KartuKeluarga family = familyWithAtLeastTwoMembers();
    Map<String, Object> duplicate = ApplicationJson.newApplication(family);
    members(duplicate).get(1).put("nik", members(duplicate).get(0).get("nik"));
    duplicate.put("kodeDesa", LUBUK_ALUNG); // the operator has no nagari of their own
    Map<String, Object> checked = json(ok(call("POST", "/api/v1/validation", OPERATOR, JSON, body(duplicate))));
    assertEquals(Boolean.FALSE, checked.get("valid"));
    assertTrue(list(checked, "violations").stream().anyMatch(v -> "members[1].nik".equals(v.get("path"))
        && "ERROR".equals(v.get("severity")) && !((String) v.get("message")).isBlank()), checked.toString());
    // the same card submitted: refused with the same paths
    assertProblem(call("POST", "/api/v1/permohonan", NAGARI, JSON, body(duplicate)), 422, "members[1].nik");
    // a value a value object refuses, and a code that does not exist
    Map<String, Object> badNik = ApplicationJson.newApplication(ApplicationJson.newFamily());
    members(badNik).get(0).put("nik", "12345");
    assertProblem(call("POST", "/api/v1/validation", NAGARI, JSON, body(badNik)), 422, "members[0].nik");
    Map<String, Object> badCode = ApplicationJson.newApplication(ApplicationJson.newFamily());
    members(badCode).get(0).put("agama", "JEDI");
    assertProblem(call("POST", "/api/v1/permohonan", NAGARI, JSON, body(badCode)), 422, "members[0].agama");
    // code lists by SIAK code are accepted too
    Map<String, Object> bySiak = ApplicationJson.newApplication(ApplicationJson.newFamily());
    members(bySiak).get(0).put("jenisKelamin", members(bySiak).get(0).get("jenisKelamin").equals("LAKI_LAKI") ? 1 : 2);
    assertEquals(Boolean.TRUE, json(ok(call("POST", "/api/v1/validation", NAGARI, JSON, body(bySiak)))).get("valid"));
    // scans are checked like the portal's uploads: by content, and no active PDF content
    Map<String, Object> textScan = ApplicationJson.newApplication(ApplicationJson.newFamily());
    documents(textScan).get(0).put("content", ApplicationJson.base64("ini teks, bukan pindaian".getBytes(StandardCharsets.UTF_8)));
    assertProblem(call("POST", "/api/v1/permohonan", NAGARI, JSON, body(textScan)), 422, "documents[0].content");
    Map<String, Object> scriptScan = ApplicationJson.newApplication(ApplicationJson.newFamily());
    documents(scriptScan).get(1).put("content", ApplicationJson.base64(("%PDF-1.4\n1 0 obj<</Type/Catalog/OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj\n"
        + "trailer<</Root 1 0 R>>\n%%EOF").getBytes(StandardCharsets.ISO_8859_1)));
    HttpResponse<byte[]> active = call("POST", "/api/v1/permohonan", NAGARI, JSON, body(scriptScan));
    assertProblem(active, 422, "documents[1].content");
    assertTrue(text(active).contains("upload.pdfActive"), text(active));
    // and for viruses, by the ClamAV daemon the tests start (TestClamd): nothing is stored
    Object waitingBefore = json(ok(call("GET", "/api/v1/worklist", OPERATOR, null, null))).get("total");
    Map<String, Object> infected = ApplicationJson.newApplication(ApplicationJson.newFamily());
    documents(infected).get(2).put("content", ApplicationJson.base64(id.dukcapilceria.kk.portal.dokumen.TestClamd.INFECTED_PDF));
    HttpResponse<byte[]> virus = call("POST", "/api/v1/permohonan", NAGARI, JSON, body(infected));
    assertProblem(virus, 422, "documents[2].content");
    assertTrue(text(virus).contains("upload.virus") && text(virus).contains("virus atau malware"), text(virus));
    assertEquals(waitingBefore, json(ok(call("GET", "/api/v1/worklist", OPERATOR, null, null))).get("total"),
        "no application reached the operator");
    Map<String, Object> bigScan = ApplicationJson.newApplication(ApplicationJson.newFamily());
    documents(bigScan).get(0).put("content", ApplicationJson.base64(new byte[5 * 1024 * 1024 + 1]));
    assertProblem(call("POST", "/api/v1/permohonan", NAGARI, JSON, body(bigScan)), 422, "documents[0].content");
    Map<String, Object> notBase64 = ApplicationJson.newApplication(ApplicationJson.newFamily());
    documents(notBase64).get(0).put("content", "%%% bukan base64 %%%");
    assertProblem(call("POST", "/api/v1/permohonan", NAGARI, JSON, body(notBase64)), 400, "documents[0].content");
    // a required document missing: the workflow's guard
    Map<String, Object> missing = ApplicationJson.newApplication(ApplicationJson.newFamily());
    documents(missing).remove(0);
    assertProblem(call("POST", "/api/v1/permohonan", NAGARI, JSON, body(missing)), 422, "documents");
    // the citizen's contact: an address without consent, a fixed line, an unknown language
    Map<String, Object> noConsent = ApplicationJson.newApplication(ApplicationJson.newFamily());
    noConsent.put("kontak", Map.of("surel", "warga@contoh.id"));
    assertProblem(call("POST", "/api/v1/permohonan", NAGARI, JSON, body(noConsent)), 422, "kontak.persetujuan");
    Map<String, Object> fixedLine = ApplicationJson.newApplication(ApplicationJson.newFamily());
    fixedLine.put("kontak", Map.of("ponsel", "0751-123456", "persetujuan", true));
    HttpResponse<byte[]> fixed = call("POST", "/api/v1/permohonan", NAGARI, JSON, body(fixedLine));
    assertProblem(fixed, 422, "kontak.ponsel");
    assertTrue(text(fixed).contains("nomor seluler"), text(fixed));
    Map<String, Object> french = ApplicationJson.newApplication(ApplicationJson.newFamily());
    french.put("kontak", Map.of("surel", "warga@contoh.id", "bahasa", "fr", "persetujuan", true));
    assertProblem(call("POST", "/api/v1/permohonan", NAGARI, JSON, body(french)), 422, "kontak.bahasa");
    // a card for another nagari than the operator's
    Map<String, Object> elsewhere = ApplicationJson.newApplication(ApplicationJson.newFamily());
    elsewhere.put("kodeDesa", "13.05.02.2001");
    assertProblem(call("POST", "/api/v1/permohonan", NAGARI, JSON, body(elsewhere)), 403, null);
  }

  @Test
  @Order(6)
  void theOtherStepsWorkToo() throws Exception {
    // send back to the nagari, which corrects and resubmits
    long sentBack = submitNew();
    Map<String, Object> back = step(sentBack, "send-back-to-nagari", OPERATOR,
        Map.of("category", "BERKAS_TIDAK_LENGKAP", "reason", "Pindaian KK lama kurang jelas (uji API)."));
    assertEquals("PERLU_DILENGKAPI", back.get("status"));
    assertTrue(worklistIds(NAGARI).contains(sentBack));
    assertFalse(worklistIds(OTHER_NAGARI).contains(sentBack), "the other nagari never sees it");
    Map<String, Object> correction = new LinkedHashMap<>(kk(json(ok(call("GET", "/api/v1/permohonan/" + sentBack, NAGARI, null, null)))));
    correction.remove("nomorKk");
    correction.remove("statusKk");
    correction.put("alamat", "JORONG DIPERBAIKI");
    correction.put("warningsAcknowledged", true);
    correction.put("documents", List.of(Map.of("jenis", "KK_LAMA", "fileName", "kk-lama-ulang.pdf",
        "content", ApplicationJson.base64(DemoDocuments.pdf("CONTOH PINDAIAN ULANG")))));
    Map<String, Object> resubmitted = json(ok(call("POST", "/api/v1/permohonan/" + sentBack + "/resubmit", NAGARI, JSON,
        body(correction))));
    assertEquals("DIAJUKAN", resubmitted.get("status"));
    assertEquals("JORONG DIPERBAIKI", kk(resubmitted).get("alamat"));
    assertTrue(((List<?>) resubmitted.get("documents")).size() > ((List<?>) back.get("documents")).size());
    // refuse
    long refused = submitNew();
    Map<String, Object> no = step(refused, "refuse", OPERATOR, Map.of("reason", "Terdaftar di kabupaten lain (uji API)."));
    assertEquals("DITOLAK", no.get("status"));
    assertEquals("Terdaftar di kabupaten lain (uji API).", no.get("lastReason"));
    // a wrong passphrase signs nothing
    long confirmed = submitNew();
    String nomorKk = (String) json(ok(call("GET", "/api/v1/permohonan/" + confirmed, OPERATOR, null, null))).get("proposedNomorKk");
    step(confirmed, "verify", OPERATOR, Map.of("nomorKk", nomorKk));
    step(confirmed, "confirm", KASI, null);
    assertProblem(call("POST", "/api/v1/permohonan/" + confirmed + "/sign", KADIS, JSON, body(Map.of("passphrase", "salah"))),
        422, "passphrase");
    assertProblem(call("GET", "/api/v1/permohonan/" + confirmed + "/kk.pdf", KADIS, null, null), 404, null);
    assertEquals("DIKONFIRMASI", json(ok(call("GET", "/api/v1/permohonan/" + confirmed, KADIS, null, null))).get("status"));
    // the confirmer must not be the verifier: the workflow's rule, whoever calls
    assertTrue(worklistIds(KADIS).contains(confirmed));
    // paging: two pages of one row each are different rows
    Map<String, Object> first = json(ok(call("GET", "/api/v1/worklist?first=0&size=1", OPERATOR, null, null)));
    Map<String, Object> second = json(ok(call("GET", "/api/v1/worklist?first=1&size=1", OPERATOR, null, null)));
    assertEquals(1, list(first, "items").size());
    assertEquals(first.get("total"), second.get("total"));
    assertNotEquals(list(first, "items").get(0).get("id"), list(second, "items").get(0).get("id"));
  }

  /**
   * The Kadis's batch signature over the API: a wrong passphrase starts nothing; a batch of two
   * confirmed applications and one that is not is followed to its end, each with its outcome; only
   * the Kadis who started it sees it; the ids are checked before anything starts.
   */
  @Test
  @Order(5)
  void theKadisSignsABatchOverTheApiAndFollowsItsProgress() throws Exception {
    List<Long> confirmed = new java.util.ArrayList<>();
    for (int i = 0; i < 2; i++) {
      long id = submitNew();
      String nomorKk = (String) json(ok(call("GET", "/api/v1/permohonan/" + id, OPERATOR, null, null))).get("proposedNomorKk");
      step(id, "verify", OPERATOR, Map.of("nomorKk", nomorKk));
      step(id, "confirm", KASI, null);
      confirmed.add(id);
    }
    long notConfirmed = submitNew();
    String query = "/api/v1/penandatanganan?permohonan=" + confirmed.get(0) + "&permohonan=" + notConfirmed
        + "&permohonan=" + confirmed.get(1);

    assertProblem(call("POST", query, KADIS, JSON, body(Map.of("passphrase", "salah"))), 422, "passphrase");
    assertEquals("DIKONFIRMASI", json(ok(call("GET", "/api/v1/permohonan/" + confirmed.get(0), KADIS, null, null)))
        .get("status"), "a wrong passphrase starts nothing");

    HttpResponse<byte[]> started = call("POST", query, KADIS, JSON, body(Map.of("passphrase", DemoPki.DEMO_PASSPHRASE)));
    assertEquals(202, started.statusCode(), text(started));
    String location = started.headers().firstValue("Location").orElseThrow();
    assertTrue(location.contains("/api/v1/penandatanganan/"), location);
    String path = location.substring(location.indexOf("/api/v1/"));
    Map<String, Object> progress = followed(json(started), path, KADIS);
    assertEquals(true, progress.get("finished"), progress.toString());
    assertEquals(false, progress.get("interrupted"));
    assertEquals(3L, ((Number) progress.get("total")).longValue());
    assertEquals(2L, ((Number) progress.get("signed")).longValue(), progress.toString());
    Map<String, Object> refused = list(progress, "outcomes").stream()
        .filter(o -> ((Number) o.get("id")).longValue() == notConfirmed).findFirst().orElseThrow();
    assertEquals(false, refused.get("signed"));
    assertFalse(((String) refused.get("message")).isBlank(), "the one not confirmed is told with its reason");
    for (long id : confirmed) {
      assertEquals("DITANDATANGANI", json(ok(call("GET", "/api/v1/permohonan/" + id, KADIS, null, null))).get("status"));
    }
    assertEquals("DIAJUKAN", json(ok(call("GET", "/api/v1/permohonan/" + notConfirmed, OPERATOR, null, null))).get("status"));

    // only its Kadis sees it; an unknown batch is answered alike
    assertProblem(call("GET", path, OPERATOR, null, null), 404, null);
    assertProblem(call("GET", "/api/v1/penandatanganan/tidak-ada", KADIS, null, null), 404, null);
    assertProblem(call("GET", path, null, null, null), 401, null);
    // the ids are read before the passphrase is checked or anything starts
    String secret = "{\"passphrase\":\"" + DemoPki.DEMO_PASSPHRASE + "\"}";
    assertProblem(call("POST", "/api/v1/penandatanganan", KADIS, JSON, secret.getBytes(StandardCharsets.UTF_8)), 400, "permohonan");
    assertProblem(call("POST", "/api/v1/penandatanganan?permohonan=abc", KADIS, JSON, secret.getBytes(StandardCharsets.UTF_8)),
        400, "permohonan");
    assertProblem(call("POST", "/api/v1/penandatanganan?permohonan=-4", KADIS, JSON, secret.getBytes(StandardCharsets.UTF_8)),
        400, "permohonan");
    String tooMany = "/api/v1/penandatanganan?" + java.util.stream.IntStream.rangeClosed(1, 101)
        .mapToObj(i -> "permohonan=" + i).collect(java.util.stream.Collectors.joining("&"));
    assertProblem(call("POST", tooMany, KADIS, JSON, secret.getBytes(StandardCharsets.UTF_8)), 400, "permohonan");
    // another role may not sign: the workflow refuses each card, nothing is signed
    long another = submitNew();
    String nomorKk = (String) json(ok(call("GET", "/api/v1/permohonan/" + another, OPERATOR, null, null))).get("proposedNomorKk");
    step(another, "verify", OPERATOR, Map.of("nomorKk", nomorKk));
    step(another, "confirm", KASI, null);
    HttpResponse<byte[]> byKasi = call("POST", "/api/v1/penandatanganan?permohonan=" + another, KASI, JSON,
        body(Map.of("passphrase", DemoPki.DEMO_PASSPHRASE)));
    if (byKasi.statusCode() == 202) {
      String kasiLocation = byKasi.headers().firstValue("Location").orElseThrow();
      String kasiPath = kasiLocation.substring(kasiLocation.indexOf("/api/v1/"));
      Map<String, Object> kasiBatch = followed(json(byKasi), kasiPath, KASI);
      assertEquals(0L, ((Number) kasiBatch.get("signed")).longValue(), kasiBatch.toString());
    } else {
      assertProblem(byKasi, byKasi.statusCode(), null);
      assertTrue(byKasi.statusCode() == 403 || byKasi.statusCode() == 422, text(byKasi));
    }
    assertEquals("DIKONFIRMASI", json(ok(call("GET", "/api/v1/permohonan/" + another, KADIS, null, null))).get("status"),
        "a Kasi/Kabid signs nothing");
  }

  // ---------------------------------------------------------------- OpenAPI and health

  @Test
  @Order(6)
  void aReturnedApplicationTellsTheCitizenWhatToBring() throws Exception {
    Map<String, Object> application = ApplicationJson.newApplication(ApplicationJson.newFamily());
    String address = "warga." + System.nanoTime() + "@contoh.id";
    application.put("kontak", Map.of("surel", address, "bahasa", "en", "persetujuan", true));
    Map<String, Object> created = json(call("POST", "/api/v1/permohonan", NAGARI, JSON, body(application)));
    long id = ((Number) created.get("id")).longValue();
    step(id, "send-back-to-nagari", OPERATOR,
        Map.of("category", "BERKAS_TIDAK_LENGKAP", "reason", "Bawa buku nikah asli ke kantor nagari."));
    Map<String, Object> returned = tracked((String) created.get("nomor"), (String) created.get("kodeLacak"));
    assertEquals("PERLU_DILENGKAPI", returned.get("stage"));
    assertEquals("BERKAS_TIDAK_LENGKAP", returned.get("returnCategory"));
    assertEquals("Bawa buku nikah asli ke kantor nagari.", returned.get("returnReason"));
    assertTrue(((String) returned.get("explanation")).contains("kantor nagari"), (String) returned.get("explanation"));
    // and the citizen, who gave an e-mail address and chose English, is told what to bring
    String text = TestNotificationServers.mailText(address, "KK application " + created.get("nomor") + " needs completing");
    assertTrue(text.contains("What is needed: Incomplete files: Bawa buku nikah asli ke kantor nagari."), text);
  }

  @Test
  @Order(7)
  void theOpenApiDocumentListsEveryPathTheTestsCall() throws Exception {
    HttpResponse<byte[]> document = send(HttpRequest.newBuilder(URI.create(root() + "/openapi")).GET());
    assertEquals(200, document.statusCode(), text(document));
    String openapi = text(document);
    Set<String> expected = new TreeSet<>(CALLED);
    expected.addAll(List.of("/api/v1/permohonan", "/api/v1/permohonan/{id}", "/api/v1/permohonan/{id}/timeline",
        "/api/v1/worklist", "/api/v1/permohonan/{id}/resubmit", "/api/v1/permohonan/{id}/verify",
        "/api/v1/permohonan/{id}/send-back-to-nagari", "/api/v1/permohonan/{id}/refuse",
        "/api/v1/permohonan/{id}/confirm", "/api/v1/permohonan/{id}/return-to-operator",
        "/api/v1/permohonan/{id}/sign", "/api/v1/permohonan/{id}/register-and-send",
        "/api/v1/permohonan/{id}/hand-over-and-archive", "/api/v1/permohonan/{id}/kk.pdf", "/api/v1/buku-register",
        "/api/v1/buku-permasalahan", "/api/v1/validation", "/api/v1/verification", "/api/v1/penandatanganan",
        "/api/v1/penandatanganan/{batch}", "/api/v1/lacak"));
    expected.removeIf(path -> path.contains("999999") || path.contains("/abc") || path.contains("tidak-ada")
        || path.matches("/api/v1/penandatanganan/[0-9a-f-]{36}"));
    for (String path : expected) {
      assertTrue(openapi.contains(path + ":"), "OpenAPI lists " + path);
    }
    assertTrue(openapi.contains("Dukcapil Ceria Digital KK API"));
    assertTrue(openapi.contains("scheme: basic"), "the document names HTTP Basic");
  }

  @Test
  @Order(8)
  void readinessIsUpWithTheDatabaseAndTheSigner() throws Exception {
    HttpResponse<byte[]> ready = send(HttpRequest.newBuilder(URI.create(root() + "/health/ready")).GET());
    assertEquals(200, ready.statusCode(), text(ready));
    Map<String, Object> health = json(ready);
    assertEquals("UP", health.get("status"));
    Map<String, Object> checks = new LinkedHashMap<>();
    list(health, "checks").forEach(c -> checks.put((String) c.get("name"), c.get("status")));
    assertEquals(Map.of("database", "UP", "signer", "UP"), checks);
    HttpResponse<byte[]> live = send(HttpRequest.newBuilder(URI.create(root() + "/health/live")).GET());
    assertEquals(200, live.statusCode(), text(live));
    assertEquals("UP", json(live).get("status"));
  }

  @Test
  @Order(9)
  void thePublicVerificationIsRateLimitedPerClientAddress() throws Exception {
    byte[] notPdf = "bukan PDF".getBytes(StandardCharsets.UTF_8);
    HttpResponse<byte[]> limited = null;
    for (int i = 0; i < 60 && limited == null; i++) {
      HttpResponse<byte[]> answer = call("POST", "/api/v1/verification", null, "application/pdf", notPdf);
      if (answer.statusCode() == 429) {
        limited = answer;
      } else {
        assertProblem(answer, 400, null);
      }
    }
    assertNotNull(limited, "60 calls within a minute or two reach the limit");
    assertProblem(limited, 429, null);
    assertEquals("60", limited.headers().firstValue("Retry-After").orElse(""));
  }

  /**
   * Every code list by number: what is stored is the value the sending system meant, read in SIAK's
   * numbering (OpenSID's), the printed form's only when named; a number that does not say one value
   * is refused with what to send (docs/domain.md §2).
   */
  @Test
  @Order(20)
  void everyCodeListByNumberIsStoredAsTheSendersValueOrRefusedWithWhatToSend() throws Exception {
    for (int attempt = 0; attempt < 3; attempt++) {
      KartuKeluarga family = familyWithAtLeastTwoMembers();
      Map<String, Object> byNumber = ApplicationJson.newApplication(family);
      for (int i = 0; i < family.anggota().size(); i++) {
        AnggotaKeluarga a = family.anggota().get(i);
        Map<String, Object> m = members(byNumber).get(i);
        m.put("jenisKelamin", a.jenisKelamin().siakCode());
        m.put("agama", a.agama().siakCode());
        m.put("pendidikan", a.pendidikan().siakCode());
        m.put("pekerjaan", a.pekerjaan().siakCode());
        m.put("golonganDarah", a.golonganDarah().siakCode());
        m.put("hubungan", a.hubungan().siakCode());
        m.put("kewarganegaraan", a.kewarganegaraan().siakCode());
        // OpenSID's number where it says one value, the form's number, named, where it does not
        StatusPerkawinan status = a.statusPerkawinan();
        boolean certified = status == StatusPerkawinan.KAWIN_TERCATAT && m.containsKey("noAktaPerkawinan")
            || status == StatusPerkawinan.CERAI_HIDUP_TERCATAT && m.containsKey("noAktaPerceraian");
        m.put("statusPerkawinan", status.siak4Code() == 1 || status.siak4Code() == 4 || certified
            ? status.siak4Code() : Map.of("system", "F-1.01", "code", status.siakCode()));
        m.put("penyandangCacat", a.penyandangCacat().map(p -> (Object) p.siakCode()).orElse(7));
      }
      HttpResponse<byte[]> created = call("POST", "/api/v1/permohonan", NAGARI, JSON, body(byNumber));
      assertEquals(201, created.statusCode(), text(created));
      long id = ((Number) json(created).get("id")).longValue();
      List<Map<String, Object>> stored = list(kk(json(ok(call("GET", "/api/v1/permohonan/" + id, NAGARI, null, null)))),
          "members");
      for (int i = 0; i < family.anggota().size(); i++) {
        AnggotaKeluarga a = family.anggota().get(i);
        Map<String, Object> m = stored.get(i);
        assertEquals(List.of(a.jenisKelamin().name(), a.agama().name(), a.pendidikan().name(), a.pekerjaan().name(),
                a.golonganDarah().name(), a.statusPerkawinan().name(), a.hubungan().name(), a.kewarganegaraan().name()),
            List.of(m.get("jenisKelamin"), m.get("agama"), m.get("pendidikan"), m.get("pekerjaan"),
                m.get("golonganDarah"), m.get("statusPerkawinan"), m.get("hubungan"), m.get("kewarganegaraan")),
            "member " + i + " stored as sent");
        assertEquals(a.penyandangCacat().map(Enum::name).orElse(null), m.get("penyandangCacat"),
            "OpenSID's 7 TIDAK CACAT is stored as no disability");
      }
    }

    // titles before and after a name are no warning (Permendagri 73/2022 Pasal 5(1)c)
    Map<String, Object> titled = ApplicationJson.newApplication(ApplicationJson.newFamily());
    members(titled).get(0).put("namaLengkap", "DR. IR. H. M. NATSIR, M.SI.");
    Map<String, Object> titledCheck = json(ok(call("POST", "/api/v1/validation", NAGARI, JSON, body(titled))));
    assertTrue(list(titledCheck, "violations").stream().noneMatch(v -> "members[0].namaLengkap".equals(v.get("path"))),
        titledCheck.toString());

    // OpenSID's four marriage numbers: 1 and 4 as they are; 2 and 3 only with their certificate
    Map<String, Object> refused = ApplicationJson.newApplication(ApplicationJson.newFamily());
    Map<String, Object> head = members(refused).get(0);
    head.remove("noAktaPerkawinan");
    head.remove("noAktaPerceraian");
    head.put("statusPerkawinan", 2);
    HttpResponse<byte[]> married = call("POST", "/api/v1/validation", NAGARI, JSON, body(refused));
    assertProblem(married, 422, "members[0].statusPerkawinan");
    assertTrue(text(married).contains("KAWIN_BELUM_TERCATAT") && text(married).contains("F-1.01"), text(married));
    head.put("statusPerkawinan", 3);
    HttpResponse<byte[]> divorced = call("POST", "/api/v1/validation", NAGARI, JSON, body(refused));
    assertProblem(divorced, 422, "members[0].statusPerkawinan");
    assertTrue(text(divorced).contains("CERAI_HIDUP_TERCATAT"), text(divorced));
    head.put("statusPerkawinan", 5);
    HttpResponse<byte[]> five = call("POST", "/api/v1/validation", NAGARI, JSON, body(refused));
    assertProblem(five, 422, "members[0].statusPerkawinan");
    assertTrue(text(five).contains("4 CERAI MATI"), "the known SIAK numbers are listed: " + text(five));
    head.put("statusPerkawinan", Map.of("system", "OpenSID", "code", 2));
    assertProblem(call("POST", "/api/v1/validation", NAGARI, JSON, body(refused)), 400, "members[0].statusPerkawinan.system");
    head.put("statusPerkawinan", Map.of("system", "F-1.01", "code", 7));
    assertProblem(call("POST", "/api/v1/validation", NAGARI, JSON, body(refused)), 422, "members[0].statusPerkawinan");
    head.put("statusPerkawinan", "BELUM_KAWIN");
    head.put("kewarganegaraan", 3);
    HttpResponse<byte[]> dual = call("POST", "/api/v1/validation", NAGARI, JSON, body(refused));
    assertProblem(dual, 422, "members[0].kewarganegaraan");
    assertTrue(text(dual).contains("WNI atau WNA"), text(dual));
  }

  // ---------------------------------------------------------------- helpers

  /** The public status of an application, as a citizen asks for it with the tanda terima's number and code. */
  private Map<String, Object> tracked(String nomor, String kodeLacak) throws Exception {
    return json(ok(call("POST", "/api/v1/lacak", null, JSON, body(Map.of("nomor", nomor, "kodeLacak", kodeLacak)))));
  }

  private long submitNew() throws Exception {
    HttpResponse<byte[]> created = call("POST", "/api/v1/permohonan", NAGARI, JSON, body(ApplicationJson.newApplication(ApplicationJson.newFamily())));
    assertEquals(201, created.statusCode(), text(created));
    return ((Number) json(created).get("id")).longValue();
  }

  private Map<String, Object> step(long id, String step, String user, Map<String, Object> body) throws Exception {
    HttpResponse<byte[]> answer = call("POST", "/api/v1/permohonan/" + id + "/" + step, user,
        body == null ? null : JSON, body == null ? null : body(body));
    return json(ok(answer));
  }

  /** A batch signature's progress read again until it has finished (at most a minute). */
  private Map<String, Object> followed(Map<String, Object> progress, String path, String user) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!Boolean.TRUE.equals(progress.get("finished")) && System.nanoTime() < deadline) {
      Thread.sleep(200);
      progress = json(ok(call("GET", path, user, null, null)));
    }
    return progress;
  }

  private List<Long> worklistIds(String user) throws Exception {
    return list(json(ok(call("GET", "/api/v1/worklist?size=100", user, null, null))), "items").stream()
        .map(item -> ((Number) item.get("id")).longValue()).toList();
  }

  private static KartuKeluarga familyWithAtLeastTwoMembers() {
    for (int i = 0; i < 50; i++) {
      KartuKeluarga family = ApplicationJson.newFamily();
      if (family.anggota().size() >= 2) {
        return family;
      }
    }
    throw new IllegalStateException("no synthetic family with two members in 50 tries");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> members(Map<String, Object> application) {
    return (List<Map<String, Object>>) application.get("members");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> documents(Map<String, Object> application) {
    return (List<Map<String, Object>>) application.get("documents");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> kk(Map<String, Object> application) {
    return (Map<String, Object>) application.get("kk");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> json, String name) {
    return (List<Map<String, Object>>) json.get(name);
  }

  private static byte[] body(Map<String, Object> json) {
    return json == null ? null : JSON_CODEC.toJson(json).getBytes(StandardCharsets.UTF_8);
  }

  /** The steps an application's detail offers its caller: path and whether a reason is needed. */
  @SuppressWarnings("unchecked")
  private static List<String> stepsOf(Map<String, Object> application) {
    return ((List<Map<String, Object>>) application.get("steps")).stream()
        .map(step -> step.get("path") + ":" + step.get("needsReason")).toList();
  }

  private static Map<String, Object> json(HttpResponse<byte[]> response) {
    return JSON_CODEC.toType(text(response), Json.MAP_TYPE);
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  private static HttpResponse<byte[]> ok(HttpResponse<byte[]> response) {
    assertEquals(200, response.statusCode(), response.request().uri() + ": " + text(response));
    return response;
  }

  /**
   * A problem+json answer (RFC 9457) with the expected status, a useful detail, the field named
   * in {@code errors} when one is expected, and nothing of the server's insides.
   */
  private static void assertProblem(HttpResponse<byte[]> response, int status, String field) {
    String where = response.request().method() + " " + response.request().uri() + ": " + text(response);
    assertEquals(status, response.statusCode(), where);
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM), where);
    String body = text(response);
    assertFalse(body.contains("Exception"), where);
    assertFalse(body.contains("at id.dukcapilceria"), where);
    assertFalse(body.contains("java."), where);
    Map<String, Object> problem = json(response);
    assertEquals((long) status, ((Number) problem.get("status")).longValue(), where);
    assertTrue(((String) problem.get("type")).startsWith("urn:dukcapilceria:kk:problem:"), where);
    assertFalse(((String) problem.get("title")).isBlank(), where);
    assertFalse(((String) problem.get("detail")).isBlank(), where);
    assertNotNull(problem.get("instance"), where);
    List<Map<String, Object>> errors = list(problem, "errors");
    assertNotNull(errors, where);
    if (field != null) {
      assertTrue(errors.stream().anyMatch(e -> field.equals(e.get("field"))
          && !((String) e.get("message")).isBlank() && !((String) e.get("code")).isBlank()),
          "errors name " + field + ": " + where);
    }
    assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), "no session: " + where);
  }

  /** The server's root: Payara Micro serves /openapi and /health beside the application. */
  private String root() {
    return "http://127.0.0.1:" + deploymentUrl.getPort();
  }

  private HttpRequest.Builder request(String path) {
    CALLED.add(path.replaceAll("\\?.*", "").replaceAll("/\\d+(/|$)", "/{id}$1"));
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
  }

  private HttpResponse<byte[]> call(String method, String path, String user, String contentType, byte[] body)
      throws Exception {
    HttpRequest.Builder request = request(path);
    if (user != null) {
      request.header("Authorization", basic(user, PASSWORD));
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    return send(request);
  }

  /**
   * A body over the cap, announced with Expect: 100-continue as curl does for large bodies: the
   * server answers 413 from the declared length and the body is never sent (without it the server
   * closes the connection while the client is still writing).
   */
  private HttpResponse<byte[]> oversize(String path, String user, byte[] body) throws Exception {
    HttpRequest.Builder request = request(path).expectContinue(true)
        .header("Content-Type", path.endsWith("/verification") ? "application/pdf" : JSON)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (user != null) {
      request.header("Authorization", basic(user, PASSWORD));
    }
    return send(request);
  }

  private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
