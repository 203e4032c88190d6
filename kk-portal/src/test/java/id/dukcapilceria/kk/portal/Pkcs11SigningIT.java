package id.dukcapilceria.kk.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.signature.pki.DemoToken;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal signing on a PKCS#11 token: SoftHSM2 holding the portal's demo Kadis key (the token's
 * PIN is the demo passphrase, so that the demo data are signed at start as well), the portal in a
 * Payara Micro process of its own configured for {@code pkcs11}. A wrong PIN leaves the application
 * waiting; the Kadis signs over the API and as a batch on the phone page.
 */
class Pkcs11SigningIT {

  private static final String PIN = DemoPki.DEMO_PASSPHRASE;

  @Test
  void theKadisSignsOnAPkcs11Token(@TempDir Path data) throws Exception {
    DemoPki pki = DemoPki.createOrOpen(data.resolve("kk").resolve("demo-pki"));
    DemoToken.create(pki, DemoPki.DEMO_PASSPHRASE.toCharArray(), PIN);
    Map<String, String> environment = Map.of("KK_DEMO", "true", "KK_SIGNING_AUTHORITY", "pkcs11",
        "KK_SIGNING_PKCS11_LIBRARY", DemoToken.LIBRARY.toString(), "SOFTHSM2_CONF", System.getenv("SOFTHSM2_CONF"));
    try (StartedPortal portal = StartedPortal.start(data, List.of(), environment)) {
      KadisOverHttp kadis = new KadisOverHttp(portal.base());
      assertTrue(kadis.get("health/ready").body().contains("\"authority\":\"pkcs11\""));
      List<Long> waiting = kadis.waiting();
      assertTrue(waiting.size() >= 3, waiting.toString());

      HttpResponse<String> wrong = kadis.sign(waiting.get(0), "000000");
      assertEquals(422, wrong.statusCode(), wrong.body());
      assertEquals("DIKONFIRMASI", kadis.status(waiting.get(0)));
      HttpResponse<String> signed = kadis.sign(waiting.get(0), PIN);
      assertEquals(200, signed.statusCode(), signed.body());
      String verified = kadis.verification(kadis.card(waiting.get(0)).body());
      assertTrue(verified.contains("\"indication\":\"TOTAL_PASSED\""), verified);

      // a token takes its PIN only: the page offers no one-time code
      kadis.signsOnThePhone(waiting.subList(1, 3), PIN, false, "pkcs11-kadis-batch-done");
    }
  }
}
