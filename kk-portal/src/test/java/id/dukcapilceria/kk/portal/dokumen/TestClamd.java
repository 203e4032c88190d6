package id.dukcapilceria.kk.portal.dokumen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * A real ClamAV daemon (Debian's clamav-daemon) for the tests, listening on 127.0.0.1 with a
 * signature database of two test files instead of ClamAV's official ones (those come from the
 * network): the EICAR test string, and {@link #INFECTED_PDF}, a valid PDF that passes the content
 * check, so that an upload reaches the virus scan. Started once per JVM, stopped when it exits.
 */
public final class TestClamd {

  /** The EICAR test string: harmless, and every virus scanner reports it. */
  public static final byte[] EICAR = ("X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*")
      .getBytes(StandardCharsets.US_ASCII);

  /** A one-page PDF that the test database names as a virus. */
  public static final byte[] INFECTED_PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
      + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
      + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
      + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

  private static final Path CLAMD = Path.of("/usr/sbin/clamd");
  private static Process running;

  private TestClamd() {}

  /** Starts clamd on {@code port} unless this JVM already did; waits until it answers. */
  public static synchronized void ensureRunning(int port) {
    if (running != null && running.isAlive()) {
      return;
    }
    if (!Files.isExecutable(CLAMD)) {
      throw new IllegalStateException(
          "clamd is needed by the tests: apt-get install clamav-daemon (.ci/run installs it)");
    }
    try {
      Path dir = Files.createTempDirectory("kk-clamd");
      Path db = Files.createDirectories(dir.resolve("db"));
      Files.writeString(db.resolve("kk-test.hdb"),
          signature(EICAR, "Eicar-Test-Signature") + signature(INFECTED_PDF, "KK-Test-Infected-Scan"));
      Path config = dir.resolve("clamd.conf");
      Files.writeString(config, String.join("\n",
          "Foreground yes", "TCPSocket " + port, "TCPAddr 127.0.0.1", "DatabaseDirectory " + db,
          "LogFile " + dir.resolve("clamd.log"), "PidFile " + dir.resolve("clamd.pid"), ""));
      Process clamd = new ProcessBuilder(CLAMD.toString(), "-c", config.toString())
          .redirectErrorStream(true).redirectOutput(dir.resolve("clamd.out").toFile()).start();
      Runtime.getRuntime().addShutdownHook(new Thread(clamd::destroy));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!answers(port)) {
        if (!clamd.isAlive() || System.nanoTime() > deadline) {
          clamd.destroy();
          throw new IllegalStateException("clamd did not start: " + Files.readString(dir.resolve("clamd.out")));
        }
        Thread.sleep(200);
      }
      running = clamd;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean answers(int port) {
    try (Socket probe = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException notYet) {
      return false;
    }
  }

  /** A line of ClamAV's hash database: MD5, size, name. */
  private static String signature(byte[] file, String name) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(file)) + ":" + file.length + ":" + name + "\n";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
