package id.dukcapilceria.kk.portal.notification;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A WhatsApp/SMS gateway for the tests: a real HTTP server on this machine that records every call
 * (headers and body) and answers with the status it is told to. It drops a message whose
 * Idempotency-Key it has already accepted, as a gateway that honours the key does, and counts it.
 */
public final class RecordingGateway implements AutoCloseable {

  /** One call as the gateway saw it. */
  public record Call(String idempotencyKey, String authorization, String contentType, String body, int answered,
      java.time.Instant at) {}

  private final HttpServer server;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final List<String> accepted = new CopyOnWriteArrayList<>();
  private final AtomicInteger status = new AtomicInteger(202);

  public RecordingGateway(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/kirim", exchange -> {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(64 * 1024);
      }
      Map<String, List<String>> headers = exchange.getRequestHeaders();
      String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
      int answer = status.get();
      calls.add(new Call(key, exchange.getRequestHeaders().getFirst("Authorization"),
          headers.containsKey("Content-Type") ? headers.get("Content-Type").get(0) : null,
          new String(body, StandardCharsets.UTF_8), answer, java.time.Instant.now()));
      if (answer >= 200 && answer < 300 && key != null && !accepted.contains(key)) {
        accepted.add(key);
      }
      if (answer == 302) {
        exchange.getResponseHeaders().add("Location", "http://127.0.0.1:9/elsewhere");
      }
      exchange.sendResponseHeaders(answer, -1);
      exchange.close();
    });
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/kirim";
  }

  /** From now on, answer every call with {@code httpStatus}. */
  public void answer(int httpStatus) {
    status.set(httpStatus);
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  /** The keys of the messages accepted, each once however often it came. */
  public List<String> accepted() {
    return List.copyOf(accepted);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
