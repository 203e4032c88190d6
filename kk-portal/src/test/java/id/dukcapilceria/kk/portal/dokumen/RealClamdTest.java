package id.dukcapilceria.kk.portal.dokumen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The upload check against a real ClamAV daemon ({@link TestClamd}): what is tested is the
 * conversation and the verdicts, with clamd itself doing the scanning.
 */
class RealClamdTest {

  private static int port;

  @BeforeAll
  static void startClamd() throws Exception {
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    TestClamd.ensureRunning(port);
  }

  @Test
  void clamdFindsTheTestVirusAndTheUploadIsRefused() throws Exception {
    ClamdClient client = new ClamdClient("127.0.0.1", port, Duration.ofSeconds(10));
    ClamdClient.Verdict verdict = client.scan(TestClamd.EICAR);
    assertTrue(verdict.infected());
    assertTrue(verdict.signature().startsWith("Eicar-Test-Signature"), verdict.signature());
    assertEquals("upload.virus", VirusScan.scanned(client, UploadCheck.check(TestClamd.INFECTED_PDF),
        TestClamd.INFECTED_PDF, "nagari.lubukalung").refusal());
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
