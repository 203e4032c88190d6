package id.dukcapilceria.kk.portal.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers a trivial query on the portal's own schema. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

  @PersistenceContext EntityManager em;

  @Override
  @Transactional
  public HealthCheckResponse call() {
    try {
      long users = em.createQuery("select count(u) from PortalUser u", Long.class).getSingleResult();
      return HealthCheckResponse.named("database").up().withData("users", users).build();
    } catch (RuntimeException e) {
      // the reason goes to the log, not to whoever asks the health endpoint; the trace only at FINE,
      // as a load balancer asks every few seconds while the database is away
      LOG.warning(() -> "Database not ready: " + e);
      LOG.log(Level.FINE, "Database readiness check failed", e);
      return HealthCheckResponse.named("database").down().build();
    }
  }
}
