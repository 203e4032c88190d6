package id.dukcapilceria.kk.portal.load;

import id.dukcapilceria.kk.portal.ApplicationJson;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.testdb.TestDatabases;
import id.dukcapilceria.kk.workflow.audit.AuditSeal;
import id.dukcapilceria.kk.workflow.audit.AuditTrail;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Two Payara Micro nodes joined by Payara's Hazelcast, sharing one PostgreSQL schema and one data
 * folder (documents, demo PKI, audit seals), as docs/deployment.md ("A cluster") starts them, and
 * node A killed with {@code kill -9} in the middle of a batch signature it runs. Over the REST API:
 *
 * <ol>
 *   <li>wrong passwords for one name on A: B refuses that name's right password (the sign-in
 *       throttle is the cluster's), while another user signs in on B;
 *   <li>applications submitted through A are verified and confirmed through B; the first is signed
 *       through B on its own;
 *   <li>a batch signature of the others is started on A and followed on B; A is killed once some of
 *       its cards are recorded, and B then tells the batch as interrupted;
 *   <li>every application is either signed (its card stored, verifying, its SHA-256 the one
 *       recorded) or still DIKONFIRMASI with no card: none lost or half-signed;
 *   <li>the unsigned ones are signed again in a batch on B, and every card is recorded in the buku
 *       register through B;
 *   <li>A is started again; more applications go through it, and a batch of them is started on B,
 *       which is then stopped (SIGTERM, not killed) in its middle: B records the card at hand, hands
 *       the others back and ends the batch, A tells it as interrupted, what B signed is exactly what
 *       it reported, and A signs the rest;
 *   <li>the buku register's numbers of the year run 1, 2, 3 … without a gap;
 *   <li>the audit chain, read over JDBC with no portal between, verifies against the newest seal.
 * </ol>
 *
 * <pre>
 * mvn -B -Pload -pl kk-portal exec:java -Dload.main=id.dukcapilceria.kk.portal.load.ClusterHarness \
 *     -Dkk.test.postgresql.url='jdbc:postgresql://127.0.0.1:5432/kk?user=kk&amp;password=kk' -Dcluster.applications=40
 * </pre>
 *
 * It prints what it saw and ends with status 1 when a check failed. Figures: docs/performance.md.
 */
public final class ClusterHarness {

  private static final String PASSWORD = "demo123";
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final List<String> failures = new ArrayList<>();
  private final Path micro = Path.of(System.getProperty("cluster.micro", "target/payara-micro.jar")).toAbsolutePath();
  private final Path war = Path.of(System.getProperty("cluster.war", "target/kk-portal.war")).toAbsolutePath();
  private final Path work;
  private final String database;
  private final String cluster = "kk-harness-" + UUID.randomUUID().toString().substring(0, 8);
  private final int[] dataGridPorts = {freePort(), freePort()};

  private ClusterHarness(Path work, String database) {
    this.work = work;
    this.database = database;
  }

  public static void main(String[] args) throws Exception {
    String database = TestDatabases.schemaUrl("kk_cluster_harness", true);
    if (database == null) {
      System.err.println("-Dkk.test.postgresql.url=<JDBC URL of a PostgreSQL database> is needed: the nodes share it");
      System.exit(2);
    }
    Path work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "cluster-harness");
    int applications = Integer.getInteger("cluster.applications", 40);
    ClusterHarness harness = new ClusterHarness(work, database);
    boolean passed = harness.run(applications);
    System.exit(passed ? 0 : 1);
  }

  private boolean run(int count) throws Exception {
    Node a = start("node-a", 0);
    Node b = null;
    boolean aKilled = false;
    try {
      b = start("node-b", 1);
      check(b.printed().contains("(2 members)"), "node B joined A's cluster: " + lastLine(b.printed(), "Shared state"));

      // 1. the sign-in throttle set on A holds on B
      for (int i = 0; i < 5; i++) {
        check(call(a, "GET", "/api/v1/worklist", "nagari.katapiang", "salah", null, null).statusCode() == 401,
            "a wrong password on A is refused");
      }
      int onB = call(b, "GET", "/api/v1/worklist", "nagari.katapiang", PASSWORD, null, null).statusCode();
      check(onB == 401, "after 5 wrong passwords on A, B refuses the right one for a while (" + onB + ")");
      check(call(b, "GET", "/api/v1/worklist", "operator", PASSWORD, null, null).statusCode() == 200,
          "another user signs in on B meanwhile");

      // 2. submitted through A, verified and confirmed through B
      List<Long> ids = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        HttpResponse<byte[]> created = call(a, "POST", "/api/v1/permohonan", "nagari.lubukalung", PASSWORD,
            "application/json", jsonBytes(ApplicationJson.newApplication(ApplicationJson.newFamily())));
        expect(created, 201);
        long id = json(created).getJsonNumber("id").longValue();
        String nomorKk = json(expect(call(b, "GET", "/api/v1/permohonan/" + id, "operator", PASSWORD, null, null), 200))
            .getString("proposedNomorKk");
        expect(step(b, id, "verify", "operator", "{\"nomorKk\":\"" + nomorKk + "\"}"), 200);
        expect(step(b, id, "confirm", "kasi", null), 200);
        ids.add(id);
      }
      System.out.printf("%d applications submitted through A, verified and confirmed through B%n", count);
      JsonObject first = json(expect(step(b, ids.get(0), "sign", "kadis",
          "{\"passphrase\":\"" + DemoPki.DEMO_PASSPHRASE + "\"}"), 200));
      check("DITANDATANGANI".equals(first.getString("status")), "signed through B on its own");

      // 3. a batch on A, followed on B, A killed in its middle
      List<Long> batch = ids.subList(1, ids.size());
      String progressPath = startBatch(a, batch);
      JsonObject progress = batchOn(b, progressPath, p -> p.getInt("done") >= 2 || p.getBoolean("finished"),
          Duration.ofMinutes(5), Duration.ofMillis(20));
      check(!progress.getBoolean("finished"), "A killed before its batch ended");
      int doneAtKill = progress.getInt("done");
      a.kill9();
      aKilled = true;
      System.out.printf("node A killed with kill -9 when B's view of its batch said %d of %d done%n", doneAtKill, batch.size());
      progress = batchOn(b, progressPath, p -> p.getBoolean("finished"), Duration.ofMinutes(2), Duration.ofMillis(500));
      check(progress.getBoolean("finished") && progress.getBoolean("interrupted"),
          "B tells the batch as interrupted: " + progress);

      // 4. none lost, none half-signed
      List<Long> unsigned = new ArrayList<>();
      int signed = 0;
      for (long id : batch) {
        JsonObject application = json(expect(call(b, "GET", "/api/v1/permohonan/" + id, "kadis", PASSWORD, null, null), 200));
        String status = application.getString("status");
        boolean hasCard = !application.isNull("signedDocumentSha256");
        if ("DITANDATANGANI".equals(status)) {
          quietCheck(hasCard, id + " is signed and has its card's SHA-256");
          signed++;
        } else {
          quietCheck("DIKONFIRMASI".equals(status) && !hasCard, id + " is either signed or DIKONFIRMASI with no card: "
              + status + (hasCard ? " with a card" : ""));
          unsigned.add(id);
        }
      }
      check(signed + unsigned.size() == batch.size(), "after the kill, each of the batch is either signed with its card or "
          + "DIKONFIRMASI with none: " + signed + " signed (the progress said " + progress.getInt("signed") + "), "
          + unsigned.size() + " DIKONFIRMASI");
      check(signed >= progress.getInt("signed") && signed <= progress.getInt("signed") + 1,
          "what is signed is what the progress reported, or the one card recorded as the node died");
      check(!unsigned.isEmpty(), "some cards were left to sign again");

      // 5. the rest signed again on B, then all registered through B
      if (!unsigned.isEmpty()) {
        JsonObject second = batchOn(b, startBatch(b, unsigned), p -> p.getBoolean("finished"), Duration.ofMinutes(5),
            Duration.ofMillis(200));
        check(second.getInt("signed") == unsigned.size(), "B signed every one left: " + second);
      }
      int verified = 0;
      for (int i = 0; i < ids.size(); i++) {
        long id = ids.get(i);
        JsonObject application = json(expect(call(b, "GET", "/api/v1/permohonan/" + id, "operator", PASSWORD, null, null), 200));
        byte[] card = expect(call(b, "GET", "/api/v1/permohonan/" + id + "/kk.pdf", "operator", PASSWORD, null, null), 200).body();
        quietCheck(sha256(card).equals(application.getString("signedDocumentSha256")), id + ": the stored card is the one signed");
        // the public verification allows 20 a minute per address, on all nodes together: every fourth card
        if (i % 4 == 0) {
          JsonObject verdict = json(expect(http.send(HttpRequest.newBuilder(URI.create(b.base() + "api/v1/verification"))
              .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(card)).build(),
              HttpResponse.BodyHandlers.ofByteArray()), 200));
          quietCheck(verdict.getBoolean("valid") && "VALID_ACTIVE".equals(verdict.getString("verdict")),
              id + ": its signature verifies on B (" + verdict.getString("verdict") + ")");
          verified++;
        }
        expect(step(b, id, "register-and-send", "operator", null), 200);
      }
      System.out.printf("%d cards read through B and compared with the SHA-256 recorded at signing, %d of them verified "
          + "by B's public verification, all recorded in the buku register through B (failures above, if any)%n",
          ids.size(), verified);
      // 6. A back; B stopped (not killed) in the middle of a batch it runs: it hands the rest back
      a = start("node-a", 0);
      aKilled = false;
      List<Long> more = new ArrayList<>();
      for (int i = 0; i < count / 2; i++) {
        HttpResponse<byte[]> created = call(a, "POST", "/api/v1/permohonan", "nagari.lubukalung", PASSWORD,
            "application/json", jsonBytes(ApplicationJson.newApplication(ApplicationJson.newFamily())));
        long id = json(expect(created, 201)).getJsonNumber("id").longValue();
        String nomorKk = json(expect(call(a, "GET", "/api/v1/permohonan/" + id, "operator", PASSWORD, null, null), 200))
            .getString("proposedNomorKk");
        expect(step(a, id, "verify", "operator", "{\"nomorKk\":\"" + nomorKk + "\"}"), 200);
        expect(step(a, id, "confirm", "kasi", null), 200);
        more.add(id);
      }
      String onBPath = startBatch(b, more);
      JsonObject handed = batchOn(a, onBPath, p -> p.getInt("done") >= 2 || p.getBoolean("finished"),
          Duration.ofMinutes(5), Duration.ofMillis(20));
      check(!handed.getBoolean("finished"), "B stopped before its batch ended");
      long stopping = System.nanoTime();
      b.process().destroy();
      // what the stopping node's threads do when it takes more than a few seconds, for a failure's why
      if (!b.process().waitFor(5, TimeUnit.SECONDS)) {
        new ProcessBuilder("jstack", String.valueOf(b.process().pid())).redirectErrorStream(true)
            .redirectOutput(work.resolve("node-b-stopping-threads.txt").toFile()).start().waitFor();
      }
      b.stop();
      System.out.printf("node B stopped (SIGTERM) when A's view of its batch said %d of %d done; it stopped in %.1f s%n",
          handed.getInt("done"), more.size(), (System.nanoTime() - stopping) / 1e9);
      b = null;
      handed = json(expect(call(a, "GET", onBPath, "kadis", PASSWORD, null, null), 200));
      check(handed.getBoolean("finished") && handed.getBoolean("interrupted") && handed.getInt("done") == more.size(),
          "A tells B's batch as ended by the stop, with an outcome for every card: " + handed);
      int signedBeforeStop = 0;
      List<Long> handedBack = new ArrayList<>();
      for (long id : more) {
        JsonObject application = json(expect(call(a, "GET", "/api/v1/permohonan/" + id, "kadis", PASSWORD, null, null), 200));
        if ("DITANDATANGANI".equals(application.getString("status"))) {
          signedBeforeStop++;
        } else {
          quietCheck("DIKONFIRMASI".equals(application.getString("status")) && application.isNull("signedDocumentSha256"),
              id + " handed back is DIKONFIRMASI with no card: " + application.getString("status"));
          handedBack.add(id);
        }
      }
      check(signedBeforeStop == handed.getInt("signed"), "what B signed before stopping is exactly what it reported ("
          + signedBeforeStop + "), the other " + handedBack.size() + " handed back");
      if (!handedBack.isEmpty()) {
        JsonObject second = batchOn(a, startBatch(a, handedBack), p -> p.getBoolean("finished"), Duration.ofMinutes(5),
            Duration.ofMillis(200));
        check(second.getInt("signed") == handedBack.size(), "A signed every one handed back: " + second.getInt("signed"));
      }
      for (long id : more) {
        expect(step(a, id, "register-and-send", "operator", null), 200);
      }

      TreeSet<Integer> numbers = new TreeSet<>();
      int year = -1;
      for (int first0 = 0; ; first0 += 100) {
        JsonObject page = json(expect(call(a, "GET", "/api/v1/buku-register?size=100&first=" + first0, "operator", PASSWORD,
            null, null), 200));
        for (JsonValue item : page.getJsonArray("items")) {
          JsonObject entry = item.asJsonObject();
          year = Math.max(year, entry.getInt("tahun"));
          numbers.add(entry.getInt("tahun") * 100_000 + entry.getInt("nomor"));
        }
        if (first0 + 100 >= page.getInt("total")) {
          break;
        }
      }
      int thisYear = year;
      List<Integer> ofTheYear = numbers.stream().filter(n -> n / 100_000 == thisYear).map(n -> n % 100_000).toList();
      check(ofTheYear.equals(java.util.stream.IntStream.rangeClosed(1, ofTheYear.size()).boxed().toList()),
          "the buku register's numbers of " + thisYear + " run from 1 without a gap: " + ofTheYear);
      System.out.printf("buku register %d: numbers 1 to %d, no gap%n", thisYear, ofTheYear.size());

      // 6. the audit chain
      try (Connection connection = DriverManager.getConnection(database)) {
        AuditSeal seal = newestSeal(work.resolve("data").resolve("segel-audit"));
        var chain = new AuditTrail().verify(connection, seal);
        check(chain.valid(), "the audit chain verifies against the newest seal: " + chain.description());
        System.out.println("audit chain: " + chain.description());
      }
    } finally {
      if (b != null) {
        b.stop();
      }
      if (!aKilled) {
        a.stop();
      }
    }
    System.out.println();
    System.out.println(failures.isEmpty() ? "CLUSTER HARNESS PASSED" : "CLUSTER HARNESS FAILED:\n  " + String.join("\n  ", failures));
    System.out.println("logs: " + work);
    return failures.isEmpty();
  }

  private record Node(Process process, String base, Path log) {
    String printed() throws IOException {
      return Files.readString(log);
    }

    void kill9() throws Exception {
      new ProcessBuilder("kill", "-9", String.valueOf(process.pid())).inheritIO().start().waitFor();
      process.waitFor(30, TimeUnit.SECONDS);
    }

    void stop() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  /** A node as docs/deployment.md starts one, its runtime in a folder of its own, the data folder shared. */
  private Node start(String name, int index) throws Exception {
    int port = freePort();
    Path log = work.resolve(name + "-" + System.currentTimeMillis() + ".log");
    Path runtime = work.resolve("runtime-" + name);
    if (Files.exists(runtime)) {
      // Payara Micro keeps the last run's deployment there and would deploy the WAR twice
      try (Stream<Path> all = Files.walk(runtime)) {
        all.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
    String members = "127.0.0.1:" + dataGridPorts[0] + ",127.0.0.1:" + dataGridPorts[1];
    List<String> command = List.of("java", "-Xmx512m", "-XX:+UseParallelGC", "-Dkk.demo=true",
        "-Dkk.data.dir=" + work.resolve("data"), "-Dkk.db.url=" + database,
        "-jar", micro.toString(), "--deploy", war.toString(), "--contextroot", "/", "--port", String.valueOf(port),
        "--rootdir", runtime.toString(), "--name", name,
        "--clustername", cluster, "--clustermode", "tcpip:" + members, "--interfaces", "127.0.0.1",
        "--startport", String.valueOf(dataGridPorts[index]), "--nohostaware",
        "--prebootcommandfile", Path.of("src/main/payara/listener-closed.asadmin").toAbsolutePath().toString(),
        "--postdeploycommandfile", Path.of("src/main/payara/listener-open.asadmin").toAbsolutePath().toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    while (Instant.now().isBefore(deadline)) {
      String printed = Files.exists(log) ? Files.readString(log) : "";
      if (printed.contains(") ready in ")) {
        System.out.printf("%s ready at http://127.0.0.1:%d/%n", name, port);
        return new Node(process, "http://127.0.0.1:" + port + "/", log);
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " stopped while starting; see " + log);
      }
      Thread.sleep(250);
    }
    process.destroyForcibly();
    throw new IllegalStateException(name + " not ready within 4 minutes; see " + log);
  }

  /** Starts a batch signature of {@code ids} on {@code node} as the Kadis; the path of its progress. */
  private String startBatch(Node node, List<Long> ids) throws Exception {
    HttpResponse<byte[]> started = call(node, "POST", "/api/v1/penandatanganan?" + ids.stream()
            .map(id -> "permohonan=" + id).collect(Collectors.joining("&")), "kadis", PASSWORD,
        "application/json", ("{\"passphrase\":\"" + DemoPki.DEMO_PASSPHRASE + "\"}").getBytes(StandardCharsets.UTF_8));
    return URI.create(expect(started, 202).headers().firstValue("Location").orElseThrow()).getPath();
  }

  /** The batch's progress read on {@code node} once {@code enough} holds of it, or after {@code limit}. */
  private JsonObject batchOn(Node node, String progressPath, java.util.function.Predicate<JsonObject> enough,
      Duration limit, Duration pause) throws Exception {
    Instant deadline = Instant.now().plus(limit);
    JsonObject progress;
    do {
      progress = json(expect(call(node, "GET", progressPath, "kadis", PASSWORD, null, null), 200));
      if (enough.test(progress)) {
        break;
      }
      Thread.sleep(pause.toMillis());
    } while (Instant.now().isBefore(deadline));
    return progress;
  }

  private HttpResponse<byte[]> step(Node node, long id, String step, String user, String body) throws Exception {
    return call(node, "POST", "/api/v1/permohonan/" + id + "/" + step, user, PASSWORD, "application/json",
        (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<byte[]> call(Node node, String method, String path, String user, String password, String type,
      byte[] body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.base() + path.substring(1)))
        .timeout(Duration.ofMinutes(2))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
            .getBytes(StandardCharsets.UTF_8)));
    if (type != null) {
      request.header("Content-Type", type);
    }
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The answer if it has {@code status}; otherwise the harness stops, saying what came instead. */
  private static HttpResponse<byte[]> expect(HttpResponse<byte[]> answer, int status) {
    if (answer.statusCode() != status) {
      throw new IllegalStateException(answer.request().method() + " " + answer.request().uri() + ": "
          + answer.statusCode() + " " + new String(answer.body(), StandardCharsets.UTF_8));
    }
    return answer;
  }

  /** A check of one application among many: said only when it fails. */
  private void quietCheck(boolean holds, String what) {
    if (!holds) {
      check(false, what);
    }
  }

  private void check(boolean holds, String what) {
    System.out.println((holds ? "  ok    " : "  FAIL  ") + what);
    if (!holds) {
      failures.add(what);
    }
  }

  private static JsonObject json(HttpResponse<byte[]> answer) {
    return Json.createReader(new StringReader(new String(answer.body(), StandardCharsets.UTF_8))).readObject();
  }

  private static byte[] jsonBytes(Map<String, Object> value) {
    return new org.openqa.selenium.json.Json().toJson(value).getBytes(StandardCharsets.UTF_8);
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static AuditSeal newestSeal(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      Path newest = files.filter(f -> f.getFileName().toString().endsWith(".txt"))
          .max(java.util.Comparator.comparing(f -> f.getFileName().toString())).orElseThrow();
      return AuditSeal.parse(Files.readAllBytes(newest));
    }
  }

  private static String lastLine(String printed, String containing) {
    return printed.lines().filter(l -> l.contains(containing)).reduce((x, y) -> y).orElse("(no line with " + containing + ")");
  }

  private static int freePort() {
    try (ServerSocket free = new ServerSocket(0)) {
      return free.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
