package id.dukcapilceria.kk.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The demo users' SOP steps over the REST API, for a browser test that needs an application at a
 * given step without clicking its way there: each call as the user who takes that step.
 */
final class DemoUsersOverApi {

  private final String base;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** @param base the portal's address, ending in a slash */
  DemoUsersOverApi(String base) {
    this.base = base.endsWith("/") ? base : base + "/";
  }

  /** SOP step 1 as the Lubuk Alung operator: a data change for {@code family}; its id and number. */
  JsonObject submit(KartuKeluarga family) throws Exception {
    return post("nagari.lubukalung", "api/v1/permohonan",
        new org.openqa.selenium.json.Json().toJson(ApplicationJson.newApplication(family)), 201);
  }

  /** Verify with the proposed number (operator) and confirm (Kasi/Kabid). */
  void verifyAndConfirm(long id) throws Exception {
    String proposed = get("operator", "api/v1/permohonan/" + id).getString("proposedNomorKk");
    post("operator", "api/v1/permohonan/" + id + "/verify",
        Json.createObjectBuilder().add("nomorKk", proposed).build().toString(), 200);
    post("kasi", "api/v1/permohonan/" + id + "/confirm", "{}", 200);
  }

  /** The rest of the SOP after confirmation: signed, registered and sent, handed over. */
  void signToHandOver(long id, String passphrase) throws Exception {
    post("kadis", "api/v1/permohonan/" + id + "/sign",
        Json.createObjectBuilder().add("passphrase", passphrase).build().toString(), 200);
    post("operator", "api/v1/permohonan/" + id + "/register-and-send", "{}", 200);
    post("nagari.lubukalung", "api/v1/permohonan/" + id + "/hand-over-and-archive",
        Json.createObjectBuilder().add("recipient", "Siti Rahmah").build().toString(), 200);
  }

  private JsonObject get(String user, String path) throws Exception {
    HttpResponse<String> answer = http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), answer.body());
    return Json.createReader(new StringReader(answer.body())).readObject();
  }

  private JsonObject post(String user, String path, String body, int expected) throws Exception {
    HttpResponse<String> answer = http.send(request(user, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(expected, answer.statusCode(), path + ": " + answer.body());
    return Json.createReader(new StringReader(answer.body())).readObject();
  }

  private HttpRequest.Builder request(String user, String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + id.dukcapilceria.kk.portal.demo.DemoSetup.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
  }
}
