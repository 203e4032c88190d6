package id.dukcapilceria.kk.portal.dokumen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The upload check against a real ClamAV daemon (Debian's clamav-daemon; .ci/run installs it).
 * The daemon loads only a signature database written here, the EICAR test file's hash, because
 * ClamAV's official databases come from the network: what is tested is the conversation and the
 * verdicts, with clamd itself doing the scanning.
 */
class RealClamdTest {

  @TempDir static Path dir;
  private static Process clamd;
  private static int port;

  @BeforeAll
  static void startClamd() throws Exception {
    Path clamdBinary = Path.of("/usr/sbin/clamd");
    assertTrue(Files.isExecutable(clamdBinary),
        "clamd is needed for this test: apt-get install clamav-daemon (.ci/run installs it)");
    Path db = Files.createDirectories(dir.resolve("db"));
    byte[] eicar = ClamdClientTest.EICAR;
    String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(eicar));
    Files.writeString(db.resolve("kk-test.hdb"), md5 + ":" + eicar.length + ":Eicar-Test-Signature\n");
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path config = dir.resolve("clamd.conf");
    Files.writeString(config, String.join("\n",
        "Foreground yes", "TCPSocket " + port, "TCPAddr 127.0.0.1", "DatabaseDirectory " + db,
        "LogFile " + dir.resolve("clamd.log"), "PidFile " + dir.resolve("clamd.pid"), ""));
    clamd = new ProcessBuilder(clamdBinary.toString(), "-c", config.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("clamd.out").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      try (Socket probe = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        if (!clamd.isAlive() || System.nanoTime() > deadline) {
          throw new IllegalStateException("clamd did not start: " + Files.readString(dir.resolve("clamd.out")));
        }
        Thread.sleep(200);
      }
    }
  }

  @AfterAll
  static void stopClamd() throws Exception {
    if (clamd != null) {
      clamd.destroy();
      clamd.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void clamdFindsTheTestVirusAndTheUploadIsRefused() throws Exception {
    ClamdClient client = new ClamdClient("127.0.0.1", port, Duration.ofSeconds(10));
    ClamdClient.Verdict verdict = client.scan(ClamdClientTest.EICAR);
    assertTrue(verdict.infected());
    assertTrue(verdict.signature().startsWith("Eicar-Test-Signature"), verdict.signature());
    assertEquals("upload.virus", VirusScan.scanned(client, UploadCheck.Result.accepted("application/pdf"),
        ClamdClientTest.EICAR, "nagari.lubukalung").refusal());
  }

  @Test
  void aCleanScanPassesWithItsKind() throws Exception {
    ClamdClient client = new ClamdClient("127.0.0.1", port, Duration.ofSeconds(10));
    byte[] scan = new byte[300_000];
    new java.util.Random(3).nextBytes(scan);
    assertFalse(client.scan(scan).infected());
    UploadCheck.Result accepted = VirusScan.scanned(client, UploadCheck.Result.accepted("image/jpeg"), scan, "operator");
    assertTrue(accepted.isAccepted());
    assertEquals("image/jpeg", accepted.mediaType());
  }
}
