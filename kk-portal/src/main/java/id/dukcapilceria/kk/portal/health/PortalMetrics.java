package id.dukcapilceria.kk.portal.health;

import id.dukcapilceria.kk.workflow.permohonan.SopStep;
import id.dukcapilceria.kk.workflow.sop.DinasReads;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * What operations watch at {@code /metrics} (MicroProfile Metrics, application scope): how many
 * applications wait in each SOP step ({@code kk_applications_waiting{step=…}}), and how long
 * signing a card takes ({@code kk_signing_duration}).
 *
 * <p>The waiting counts are read by one grouped query every {@value #REFRESH_SECONDS} seconds on
 * the application's own managed executor: the metrics endpoint calls gauges on the server's
 * thread, where the application's resources (its persistence context) cannot be looked up.
 */
@ApplicationScoped
public class PortalMetrics {

  private static final Logger LOG = Logger.getLogger(PortalMetrics.class.getName());
  static final int REFRESH_SECONDS = 10;

  @Inject MetricRegistry registry;
  @Inject WaitingCounts counts;
  @Resource ManagedScheduledExecutorService scheduler;

  private volatile Map<SopStep, Long> waiting = Map.of();
  private Timer signing;

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    Metadata waitingNow = Metadata.builder().withName("kk_applications_waiting")
        .withDescription("Applications waiting in each step of SOP 46/2019 now").build();
    for (SopStep step : SopStep.values()) {
      registry.gauge(waitingNow, this, metrics -> metrics.waiting.getOrDefault(step, 0L), new Tag("step", step.name()));
    }
    signing = registry.timer(Metadata.builder().withName("kk_signing_duration")
        .withDescription("Rendering and PAdES signing of one card (a batch counts its average per card)").build());
    // a first read before the schema is migrated fails, is logged, and is simply repeated
    scheduler.scheduleWithFixedDelay(this::refresh, 3, REFRESH_SECONDS, TimeUnit.SECONDS);
  }

  private void refresh() {
    try {
      waiting = counts.read();
    } catch (RuntimeException e) {
      // a failed read must not stop the schedule; the gauges keep their last values
      LOG.log(Level.WARNING, "Cannot read the waiting applications for the metrics", e);
    }
  }

  /** Records the signing of {@code cards} cards that took {@code elapsed} in all. */
  public void signed(int cards, Duration elapsed) {
    if (signing == null || cards < 1) {
      return;
    }
    Duration each = elapsed.dividedBy(cards);
    for (int i = 0; i < cards; i++) {
      signing.update(each);
    }
  }

  /** The grouped count, in a transaction of its own. */
  @ApplicationScoped
  public static class WaitingCounts {

    @PersistenceContext EntityManager em;
    @Inject DinasReads dinas;

    @Transactional
    public Map<SopStep, Long> read() {
      return dinas.waitingPerStep(em);
    }
  }
}
