package id.dukcapilceria.kk.portal.dokumen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The clamd conversation, against a small server in this test that speaks clamd's side of
 * INSTREAM (no ClamAV daemon runs on the build machine): what the daemon receives is exactly the
 * file, and each kind of answer becomes the right verdict or refusal.
 */
class ClamdClientTest {

  private static final byte[] EICAR = TestClamd.EICAR;

  @Test
  void theDaemonReceivesTheWholeFileInChunksAndACleanFileIsClean() throws Exception {
    byte[] file = new byte[200_000]; // more than three chunks
    new Random(7).nextBytes(file);
    try (FakeClamd clamd = new FakeClamd(received -> "stream: OK")) {
      ClamdClient.Verdict verdict = client(clamd.port()).scan(file);
      assertFalse(verdict.infected());
      assertArrayEquals(file, clamd.received().get(), "the bytes clamd saw");
      assertEquals("zINSTREAM", clamd.command());
    }
  }

  @Test
  void anInfectedFileIsReportedWithItsSignatureAndRefused() throws Exception {
    Function<byte[], String> scanner = received -> new String(received, StandardCharsets.US_ASCII)
        .contains("EICAR-STANDARD-ANTIVIRUS-TEST-FILE") ? "stream: Eicar-Test-Signature FOUND" : "stream: OK";
    try (FakeClamd clamd = new FakeClamd(scanner)) {
      ClamdClient.Verdict verdict = client(clamd.port()).scan(EICAR);
      assertTrue(verdict.infected());
      assertEquals("Eicar-Test-Signature", verdict.signature());
    }
    try (FakeClamd clamd = new FakeClamd(scanner)) {
      UploadCheck.Result refused = VirusScan.scanned(client(clamd.port()), UploadCheck.Result.accepted("image/png"),
          EICAR, "nagari.lubukalung");
      assertEquals("upload.virus", refused.refusal());
    }
    try (FakeClamd clamd = new FakeClamd(scanner)) {
      UploadCheck.Result clean = VirusScan.scanned(client(clamd.port()), UploadCheck.Result.accepted("image/png"),
          new byte[] {1, 2, 3}, "nagari.lubukalung");
      assertTrue(clean.isAccepted());
      assertEquals("image/png", clean.mediaType());
    }
  }

  @Test
  void aDaemonThatErrsOrCannotBeReachedRefusesTheUpload() throws Exception {
    try (FakeClamd clamd = new FakeClamd(received -> "INSTREAM size limit exceeded. ERROR")) {
      assertThrows(IOException.class, () -> client(clamd.port()).scan(new byte[10]));
    }
    int closedPort;
    try (ServerSocket unused = new ServerSocket(0)) {
      closedPort = unused.getLocalPort();
    }
    assertThrows(IOException.class, () -> client(closedPort).scan(new byte[10]));
    assertEquals("upload.scanUnavailable", VirusScan.scanned(client(closedPort),
        UploadCheck.Result.accepted("application/pdf"), new byte[10], "operator").refusal());
  }

  private static ClamdClient client(int port) {
    return new ClamdClient("127.0.0.1", port, Duration.ofSeconds(5));
  }

  /** clamd's side of one INSTREAM conversation: a NUL-ended command, length-prefixed chunks, a NUL-ended answer. */
  private static final class FakeClamd implements AutoCloseable {
    private final ServerSocket server = new ServerSocket(0);
    private final CompletableFuture<byte[]> received = new CompletableFuture<>();
    private volatile String command;

    FakeClamd(Function<byte[], String> answer) throws IOException {
      Thread thread = new Thread(() -> {
        try (Socket socket = server.accept()) {
          DataInputStream in = new DataInputStream(socket.getInputStream());
          ByteArrayOutputStream name = new ByteArrayOutputStream();
          for (int b; (b = in.read()) > 0; ) {
            name.write(b);
          }
          command = name.toString(StandardCharsets.US_ASCII);
          ByteArrayOutputStream file = new ByteArrayOutputStream();
          for (int length; (length = in.readInt()) > 0; ) {
            file.write(in.readNBytes(length));
          }
          byte[] bytes = file.toByteArray();
          socket.getOutputStream().write((answer.apply(bytes) + "\0").getBytes(StandardCharsets.US_ASCII));
          received.complete(bytes);
        } catch (IOException e) {
          received.completeExceptionally(e);
        }
      });
      thread.setDaemon(true);
      thread.start();
    }

    int port() {
      return server.getLocalPort();
    }

    CompletableFuture<byte[]> received() {
      return received;
    }

    String command() {
      return command;
    }

    @Override
    public void close() throws IOException {
      server.close();
    }
  }
}
