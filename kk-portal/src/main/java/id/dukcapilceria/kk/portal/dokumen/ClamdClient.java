package id.dukcapilceria.kk.portal.dokumen;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * Asks a ClamAV daemon (clamd) over TCP whether a file carries a virus, with clamd's INSTREAM
 * command: the bytes go in length-prefixed chunks, so nothing is written to a disk the daemon must
 * share. Plain Java, no dependency: the protocol is clamd's documented one (clamd(8), "zINSTREAM").
 */
public final class ClamdClient {

  /** Below clamd's default StreamMaxLength (25 MB) and its default chunk limit. */
  private static final int CHUNK = 64 * 1024;

  /** What clamd found. {@code signature} names the virus when infected. */
  public record Verdict(boolean infected, String signature) {
    static final Verdict CLEAN = new Verdict(false, null);
  }

  private final String host;
  private final int port;
  private final Duration timeout;

  public ClamdClient(String host, int port, Duration timeout) {
    this.host = Objects.requireNonNull(host, "host");
    this.port = port;
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  /**
   * @throws IOException when clamd cannot be reached, answers too late, or answers with an error
   *     (e.g. a file over its size limit): the file's state is then unknown
   */
  public Verdict scan(byte[] content) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
      socket.setSoTimeout((int) timeout.toMillis());
      DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
      for (int from = 0; from < content.length; from += CHUNK) {
        int length = Math.min(CHUNK, content.length - from);
        out.writeInt(length);
        out.write(content, from, length);
      }
      out.writeInt(0);
      out.flush();
      return verdictOf(readReply(socket.getInputStream()));
    }
  }

  /** clamd's reply ends with the NUL of the "z" form, or with the connection. */
  private static String readReply(InputStream in) throws IOException {
    ByteArrayOutputStream reply = new ByteArrayOutputStream();
    for (int b; (b = in.read()) > 0; ) {
      if (reply.size() > 4096) {
        throw new IOException("clamd's reply is too long");
      }
      reply.write(b);
    }
    return reply.toString(StandardCharsets.US_ASCII).strip();
  }

  /** "stream: OK", "stream: Eicar-Test-Signature FOUND", or "... ERROR". */
  static Verdict verdictOf(String reply) throws IOException {
    String answer = reply.startsWith("stream:") ? reply.substring("stream:".length()).strip() : reply;
    if (answer.equals("OK")) {
      return Verdict.CLEAN;
    }
    if (answer.endsWith(" FOUND")) {
      return new Verdict(true, answer.substring(0, answer.length() - " FOUND".length()).strip());
    }
    throw new IOException("clamd answered: " + (reply.isEmpty() ? "(nothing)" : reply));
  }
}
