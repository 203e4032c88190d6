package id.dukcapilceria.kk.portal;

import id.dukcapilceria.kk.testdb.TestDatabases;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The WAR started as a deployment starts it, in a Payara Micro process of its own at the root of a
 * free port, with the settings a test gives (system properties and environment), its log in the
 * data folder. For what the Arquillian deployment cannot show: a production start, another signing
 * authority.
 */
final class StartedPortal implements AutoCloseable {

  private final Process process;
  private final Path log;
  private final String base;
  private final String printed;

  private StartedPortal(Process process, Path log, String base, String printed) {
    this.process = process;
    this.log = log;
    this.base = base;
    this.printed = printed;
  }

  /**
   * Starts the portal with its data under {@code data}/kk and waits until it serves.
   *
   * @param properties system properties, e.g. {@code -Dkk.metrics.addresses=192.0.2.1}; with a
   *     {@code -Dkk.db.url=} among them, that database (else on the PostgreSQL run a schema per folder)
   * @param environment variables set for the process ({@code KK_DEMO} is removed unless given)
   */
  static StartedPortal start(Path data, List<String> properties, Map<String, String> environment)
      throws IOException, InterruptedException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path log = data.resolve("server.log");
    List<String> command = new ArrayList<>(List.of("java", "-Xmx512m", "-Dkk.data.dir=" + data.resolve("kk")));
    // on the PostgreSQL run, a schema of its own per data folder: new with the folder, kept on a restart
    String schema = "kk_started_" + Integer.toHexString(data.toAbsolutePath().toString().hashCode());
    boolean ownDatabase = properties.stream().anyMatch(p -> p.startsWith("-Dkk.db.url="));
    String postgresql = ownDatabase ? null : TestDatabases.schemaUrl(schema, !Files.exists(data.resolve("kk")));
    if (postgresql != null) {
      command.add("-Dkk.db.url=" + postgresql);
    }
    command.addAll(properties);
    command.addAll(List.of("-jar", System.getProperty("payara.microJar", "target/payara-micro.jar"),
        "--deploy", System.getProperty("kk.it.war", "target/kk-portal.war"), "--contextroot", "/",
        "--port", String.valueOf(port), "--nocluster", "--nohazelcast"));
    ProcessBuilder start = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    start.environment().remove("KK_DEMO");
    start.environment().putAll(environment);
    Process process = start.start();
    try {
      // Payara's last line of a start, after the deployment and the listener
      String printed = waitFor(log, ") ready in ", Duration.ofMinutes(4), process);
      return new StartedPortal(process, log, "http://127.0.0.1:" + port + "/", printed);
    } catch (AssertionError | IOException | InterruptedException e) {
      stop(process);
      throw e;
    }
  }

  /** The portal's address, ending in a slash. */
  String base() {
    return base;
  }

  /** What the server had written once it served. */
  String printedAtStart() {
    return printed;
  }

  /** Everything the server has written so far. */
  String log() throws IOException {
    return Files.readString(log);
  }

  @Override
  public void close() {
    stop(process);
    // the log lives in the test's temporary folder: kept beside the reports, for a failure's why
    try {
      Path kept = Path.of("target", "started-portal-logs");
      Files.createDirectories(kept);
      Files.copy(log, kept.resolve(log.getParent().getFileName() + "-server.log"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      // nothing to keep
    }
  }

  private static void stop(Process process) {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** The log once it holds {@code line}, or a failure with what it holds. */
  private static String waitFor(Path log, String line, Duration within, Process portal)
      throws IOException, InterruptedException {
    Instant end = Instant.now().plus(within);
    while (Instant.now().isBefore(end)) {
      String printed = Files.exists(log) ? Files.readString(log) : "";
      if (printed.contains(line)) {
        return printed;
      }
      if (!portal.isAlive()) {
        throw new AssertionError("Payara Micro stopped: " + printed);
      }
      Thread.sleep(250);
    }
    throw new AssertionError("not started within " + within + ": " + Files.readString(log));
  }
}
