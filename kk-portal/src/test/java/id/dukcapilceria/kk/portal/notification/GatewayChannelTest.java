package id.dukcapilceria.kk.portal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.kontak.MessageLanguage;
import id.dukcapilceria.kk.workflow.notification.DeliveryFailure;
import id.dukcapilceria.kk.workflow.notification.OutgoingMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The WhatsApp/SMS channel against a real HTTP server on this machine that records the calls. */
class GatewayChannelTest {

  private static final OutgoingMessage READY = new OutgoingMessage("key-ready-1", "+6281234567890",
      MessageLanguage.ENGLISH, "The KK for application PMH-2026-00001 is ready to collect",
      "The family card for application PMH-2026-00001 has been signed and is ready to collect.");

  @Test
  void aMessageIsOnePostOfJsonWithTheKeyAndTheToken() throws Exception {
    try (RecordingGateway gateway = new RecordingGateway(0)) {
      new GatewayChannel(URI.create(gateway.url()), Optional.of("rahasia-token")).deliver(READY);
      RecordingGateway.Call call = gateway.calls().get(0);
      assertEquals("key-ready-1", call.idempotencyKey());
      assertEquals("Bearer rahasia-token", call.authorization());
      assertEquals("application/json; charset=utf-8", call.contentType());
      JsonObject json = Json.createReader(new StringReader(call.body())).readObject();
      assertEquals("+6281234567890", json.getString("to"));
      assertEquals(READY.body(), json.getString("text"));
      assertEquals("en", json.getString("language"));
      assertEquals("key-ready-1", json.getString("idempotencyKey"));
    }
  }

  @Test
  void anAnswerOtherThan2xxIsAFailureAndARedirectIsNotFollowed() throws Exception {
    try (RecordingGateway gateway = new RecordingGateway(0)) {
      GatewayChannel channel = new GatewayChannel(URI.create(gateway.url()), Optional.empty());
      gateway.answer(503);
      assertEquals("Gateway menjawab HTTP 503", assertThrows(DeliveryFailure.class, () -> channel.deliver(READY))
          .getMessage());
      gateway.answer(302);
      assertEquals("Gateway menjawab HTTP 302", assertThrows(DeliveryFailure.class, () -> channel.deliver(READY))
          .getMessage());
      assertEquals(2, gateway.calls().size(), "the redirect's target was not asked");
      assertEquals(null, gateway.calls().get(0).authorization(), "no token configured, none sent");
    }
  }

  @Test
  void anUnreachableGatewayIsAFailure() throws Exception {
    int nobody = SmtpChannelTest.freePort();
    DeliveryFailure failure = assertThrows(DeliveryFailure.class,
        () -> new GatewayChannel(URI.create("http://127.0.0.1:" + nobody + "/kirim"), Optional.empty()).deliver(READY));
    assertTrue(failure.getMessage().startsWith("Gateway tidak terjangkau"), failure.getMessage());
  }
}
