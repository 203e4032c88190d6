package id.dukcapilceria.kk.portal.load;

import id.dukcapilceria.kk.portal.demo.DemoSetup;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What sign-ins cost the server, in its own CPU time (Linux's /proc): real sign-ins through the
 * login form (each checks a PBKDF2 hash) against sign-ins over the API with made-up user names
 * (refused after a pause, with no hash). Against a running demo portal:
 * {@code mvn -B -Pload -pl kk-portal exec:java -Dload.main=id.dukcapilceria.kk.portal.load.SignInCostHarness
 * -Dload.serverPid=PID} ({@code -Dload.url}, default http://localhost:8080/;
 * {@code -Dload.real} 50, {@code -Dload.random} 1000).
 */
public final class SignInCostHarness {

  private static final List<String> USERS = List.of("operator", "kasi", "kadis", "nagari.lubukalung", "nagari.katapiang");

  private SignInCostHarness() {}

  public static void main(String[] args) throws Exception {
    String url = System.getProperty("load.url", "http://localhost:8080/");
    String pid = System.getProperty("load.serverPid");
    if (pid == null) {
      throw new IllegalArgumentException("-Dload.serverPid=<the portal's process id> is needed");
    }
    int real = Integer.getInteger("load.real", 50);
    int random = Integer.getInteger("load.random", 1000);
    realSignIns(url, 10); // warm-up, not counted
    randomNames(url, 100);

    double before = WorklistLoadHarness.cpuSeconds(pid);
    long started = System.nanoTime();
    realSignIns(url, real);
    double realCpu = WorklistLoadHarness.cpuSeconds(pid) - before;
    double realWall = (System.nanoTime() - started) / 1e9;

    before = WorklistLoadHarness.cpuSeconds(pid);
    started = System.nanoTime();
    int refused = randomNames(url, random);
    double randomCpu = WorklistLoadHarness.cpuSeconds(pid) - before;
    double randomWall = (System.nanoTime() - started) / 1e9;

    System.out.printf(Locale.ROOT, "%d real sign-ins (login form): server CPU %.2f s (%.1f ms each), %.1f s wall%n",
        real, realCpu, realCpu * 1000 / real, realWall);
    System.out.printf(Locale.ROOT, "%d made-up user names (API, %d refused): server CPU %.2f s (%.2f ms each), %.1f s wall%n",
        random, refused, randomCpu, randomCpu * 1000 / random, randomWall);
    System.out.printf(Locale.ROOT, "made-up names in all / real sign-ins in all: %.2f%n", randomCpu / realCpu);
  }

  /** Sign-ins through the login form, one after the other, each as a browser makes it. */
  private static void realSignIns(String url, int count) throws Exception {
    for (int i = 0; i < count; i++) {
      HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
      client.send(HttpRequest.newBuilder(URI.create(url + "ruang-kerja")).build(), HttpResponse.BodyHandlers.discarding());
      HttpResponse<Void> login = client.send(HttpRequest.newBuilder(URI.create(url + "j_security_check"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("j_username=" + USERS.get(i % USERS.size())
              + "&j_password=" + DemoSetup.DEMO_PASSWORD))
          .build(), HttpResponse.BodyHandlers.discarding());
      if (login.statusCode() != 302 || !login.headers().firstValue("Location").orElse("").endsWith("/ruang-kerja")) {
        throw new IllegalStateException("sign-in " + i + " failed: " + login.statusCode());
      }
    }
  }

  /** API calls with made-up names and passwords, 25 at a time; how many were refused (401). */
  private static int randomNames(String url, int count) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    ExecutorService callers = Executors.newFixedThreadPool(25);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        answers.add(callers.submit(() -> {
          String credentials = UUID.randomUUID() + ":" + UUID.randomUUID();
          return client.send(HttpRequest.newBuilder(URI.create(url + "api/v1/worklist"))
              .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
              .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }));
      }
      int refused = 0;
      for (Future<Integer> answer : answers) {
        refused += answer.get() == 401 ? 1 : 0;
      }
      return refused;
    } finally {
      callers.shutdownNow();
    }
  }
}
