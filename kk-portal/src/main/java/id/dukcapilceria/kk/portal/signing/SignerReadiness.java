package id.dukcapilceria.kk.portal.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the signer's PKI (the demo PKI) is loaded and its root certificate is in force. */
@Readiness
@ApplicationScoped
public class SignerReadiness implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(SignerReadiness.class.getName());

  @Inject KkSigningService signing;
  @Inject Clock clock;

  @Override
  public HealthCheckResponse call() {
    try {
      X509Certificate root = signing.trustedRoot();
      root.checkValidity(Date.from(clock.instant()));
      return HealthCheckResponse.named("signer").up()
          .withData("trustedRootValidUntil", root.getNotAfter().toInstant().toString())
          .withData("authority", signing.authorityName())
          .build();
    } catch (Exception e) {
      // fails while the portal starts (DSS not yet loaded), asked by every probe: one line, the trace at FINE
      LOG.warning(() -> "Signer not ready: " + e);
      LOG.log(Level.FINE, "Signer readiness check failed", e);
      return HealthCheckResponse.named("signer").down().build();
    }
  }
}
