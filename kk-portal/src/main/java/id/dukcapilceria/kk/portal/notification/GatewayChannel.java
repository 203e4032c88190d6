package id.dukcapilceria.kk.portal.notification;

import id.dukcapilceria.kk.workflow.notification.Channel;
import id.dukcapilceria.kk.workflow.notification.DeliveryFailure;
import id.dukcapilceria.kk.workflow.notification.NotificationChannel;
import id.dukcapilceria.kk.workflow.notification.OutgoingMessage;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * WhatsApp or SMS through an HTTP gateway (the regency's contract with a provider, or its own
 * adapter in front of one). Each message is one {@code POST} of JSON to the configured URL:
 * {@code {"to": "+628…", "text": "…", "language": "id", "idempotencyKey": "…"}} with the headers
 * {@code Idempotency-Key} and, when configured, {@code Authorization: Bearer <token>}. Any 2xx
 * answer is delivery; anything else, or no answer within the time-out, is a failure retried by the
 * outbox. Redirects are not followed, and the answer's body is not read: the gateway cannot send the
 * portal anywhere else.
 */
public final class GatewayChannel implements NotificationChannel {

  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  private final URI url;
  private final Optional<String> token;
  private final HttpClient client;

  public GatewayChannel(URI url, Optional<String> token) {
    this.url = url;
    this.token = token;
    this.client = HttpClient.newBuilder()
        .connectTimeout(TIMEOUT)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  @Override
  public Channel channel() {
    return Channel.GATEWAY;
  }

  @Override
  public void deliver(OutgoingMessage message) throws DeliveryFailure {
    String json = Json.createObjectBuilder()
        .add("to", message.recipient())
        .add("text", message.body())
        .add("language", message.language().tag())
        .add("idempotencyKey", message.idempotencyKey())
        .build()
        .toString();
    HttpRequest.Builder request = HttpRequest.newBuilder(url)
        .timeout(TIMEOUT)
        .header("Content-Type", "application/json; charset=utf-8")
        .header("Idempotency-Key", message.idempotencyKey())
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
    HttpResponse<Void> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new DeliveryFailure("Gateway tidak terjangkau: " + Redaction.of(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryFailure("Gateway: pengiriman dihentikan");
    }
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      throw new DeliveryFailure("Gateway menjawab HTTP " + status);
    }
  }
}
