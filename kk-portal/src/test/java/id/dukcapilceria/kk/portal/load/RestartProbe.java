package id.dukcapilceria.kk.portal.load;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What a client sees while the portal starts, and what a crash leaves behind: starts the WAR in
 * Payara Micro as a deployment starts it ({@code --rootdir} in the data folder), asks a page, an
 * API call, a static resource and the public verification page every 100 ms until the readiness
 * check answers UP, and records every answer (status and type); then kills the server with
 * {@code kill -9} and starts it again, {@code probe.cycles} times. At the end it compares the
 * temporary folder with what it held before the first start.
 *
 * <pre>
 * mvn -B install -DskipTests
 * mvn -B -Pload -pl kk-portal exec:java -Dload.main=id.dukcapilceria.kk.portal.load.RestartProbe -Dprobe.cycles=20
 * </pre>
 *
 * Results in docs/performance.md ("Starting and crashing").
 */
public final class RestartProbe {

  private static final List<String> PATHS =
      List.of("/", "/index.xhtml", "/api/v1/worklist", "/verifikasi.xhtml", "/jakarta.faces.resource/theme.css.xhtml?ln=primefaces-saga");

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

  public static void main(String[] args) throws Exception {
    int cycles = Integer.getInteger("probe.cycles", 20);
    Path micro = Path.of(System.getProperty("probe.micro", "target/payara-micro.jar"));
    Path war = Path.of(System.getProperty("probe.war", "target/kk-portal.war"));
    Path data = Files.createTempDirectory(Path.of(System.getProperty("probe.data", "target")), "restart-probe");
    new RestartProbe().run(cycles, micro, war, data);
  }

  private void run(int cycles, Path micro, Path war, Path data) throws Exception {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    Map<String, Long> before = contents(tmp);
    Map<String, Integer> answers = new TreeMap<>();
    List<Double> readySeconds = new ArrayList<>();
    // one port for every start, as a service has
    int port = Integer.getInteger("probe.port", freePort());
    for (int cycle = 1; cycle <= cycles; cycle++) {
      Process server = start(micro, war, data, port);
      long started = System.nanoTime();
      Map<String, Integer> seen;
      try {
        seen = probeUntilReady(port, server, Duration.ofMinutes(4));
      } catch (RuntimeException e) {
        kill9(server);
        throw e;
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      readySeconds.add(seconds);
      seen.forEach((answer, count) -> answers.merge(answer, count, Integer::sum));
      System.out.printf("cycle %d: ready after %.1f s; answers before ready: %s%n", cycle, seconds, seen);
      kill9(server);
    }
    Map<String, Long> after = contents(tmp);
    System.out.println();
    System.out.println("Answers before ready, all cycles (path status type): " + answers);
    System.out.printf("Seconds from start to ready: min %.1f, max %.1f%n",
        readySeconds.stream().mapToDouble(Double::doubleValue).min().orElse(0),
        readySeconds.stream().mapToDouble(Double::doubleValue).max().orElse(0));
    Map<String, Long> left = new TreeMap<>(after);
    left.keySet().removeAll(before.keySet());
    System.out.println("Temporary folder " + tmp + ": " + before.size() + " entries before, " + after.size()
        + " after; left behind: " + (left.isEmpty() ? "nothing" : left));
  }

  private static Process start(Path micro, Path war, Path data, int port) throws IOException {
    List<String> command = new ArrayList<>(List.of("java", "-Xmx512m", "-Dkk.demo=true", "-Dkk.data.dir=" + data.resolve("kk"),
        "-jar", micro.toString(), "--deploy", war.toString(), "--contextroot", "/", "--port", String.valueOf(port),
        "--nocluster"));
    // probe.rootdir=false: Payara Micro's default, a new runtime folder in the temporary folder per
    // start. Otherwise one fixed folder, emptied before each start as the service's start does
    // (Payara Micro keeps the last run's deployment there and would deploy the WAR twice).
    if (!"false".equals(System.getProperty("probe.rootdir"))) {
      Path root = data.resolve("payara");
      deleteTree(root);
      command.addAll(List.of("--rootdir", root.toString()));
    }
    String options = System.getProperty("probe.options", "");
    if (!options.isBlank()) {
      command.addAll(List.of(options.trim().split("\\s+")));
    }
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("server.log").toFile())).start();
  }

  /** Every answer before the readiness check says UP, as "path status type" with how often. */
  private Map<String, Integer> probeUntilReady(int port, Process server, Duration limit) throws Exception {
    Map<String, Integer> seen = new TreeMap<>();
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new IllegalStateException("the server stopped while starting");
      }
      if (status(port, "/health/ready") == 200) {
        return seen;
      }
      for (String path : PATHS) {
        try {
          HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
              .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
          String type = answer.headers().firstValue("Content-Type").orElse("-").split(";")[0];
          String retry = answer.statusCode() == 503 && answer.headers().firstValue("Retry-After").isEmpty() ? " no-Retry-After" : "";
          seen.merge(path + " " + answer.statusCode() + " " + type + retry, 1, Integer::sum);
        } catch (ConnectException refused) {
          seen.merge(path + " refused", 1, Integer::sum);
        } catch (IOException e) {
          seen.merge(path + " " + e.getClass().getSimpleName(), 1, Integer::sum);
        }
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("not ready after " + limit);
  }

  private int status(int port, String path) throws InterruptedException {
    try {
      return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
          .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException notYet) {
      return -1;
    }
  }

  private static void kill9(Process server) throws Exception {
    new ProcessBuilder("kill", "-9", String.valueOf(server.pid())).inheritIO().start().waitFor();
    server.waitFor(30, TimeUnit.SECONDS);
  }

  /** The temporary folder's entries with their sizes in bytes (folders: everything under them). */
  private static Map<String, Long> contents(Path folder) throws IOException {
    Map<String, Long> entries = new TreeMap<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path entry : list.toList()) {
        entries.put(entry.getFileName().toString(), size(entry));
      }
    }
    return entries;
  }

  private static long size(Path entry) {
    try (Stream<Path> all = Files.walk(entry)) {
      return all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException | java.io.UncheckedIOException unreadable) {
      return -1;
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path path : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
