package id.dukcapilceria.kk.portal.demo;

import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.sintetis.SyntheticFamilies;
import id.dukcapilceria.kk.workflow.dokumen.DocumentStore;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.ProblemCategory;
import id.dukcapilceria.kk.workflow.sop.PermohonanReads;
import id.dukcapilceria.kk.workflow.sop.PermohonanSteps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Many synthetic applications for a load test ({@code kk.demo.volume}, see docs/performance.md):
 * submitted by the two busiest demo nagari and spread over the first steps of the SOP (submitted, verified,
 * confirmed, sent back), in chunks of one transaction each. Nothing is signed.
 */
@ApplicationScoped
public class VolumeSeeder {

  private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(VolumeSeeder.class.getName());

  @jakarta.annotation.Resource jakarta.enterprise.concurrent.ManagedExecutorService executor;
  @Inject VolumeSeeder self;
  @PersistenceContext EntityManager em;
  @Inject PermohonanSteps steps;
  @Inject PermohonanReads reads;
  @Inject DocumentStore documents;
  @Inject Clock clock;

  /** Creates applications {@code from} to {@code wanted - 1} in chunks of 200, in the background. */
  public void seedInBackground(int from, int wanted, SyntheticFamilies families) {
    executor.submit(() -> {
      LOG.info(() -> "Creating " + (wanted - from) + " synthetic applications for a load test (kk.demo.volume)");
      long start = System.nanoTime();
      try {
        for (int done = from; done < wanted; done += 200) {
          self.seed(families, done, Math.min(200, wanted - done));
        }
        LOG.info(() -> String.format("Load-test data ready: %d applications (%d s)",
            wanted, (System.nanoTime() - start) / 1_000_000_000L));
      } catch (RuntimeException e) {
        LOG.log(java.util.logging.Level.SEVERE, "Load-test data stopped", e);
      }
    });
  }

  /** One batch in one transaction (the seeding thread has none open: no connection is held twice). */
  @Transactional
  public void seed(SyntheticFamilies families, int from, int count) {
    Actor operator = DemoSetup.OPERATOR.toActor();
    Actor kasi = DemoSetup.KASI.toActor();
    for (int i = from; i < from + count; i++) {
      // the two busiest demo nagari, as the load harness's figures assume
      Actor nagari = DemoSetup.NAGARI_OPERATORS.get(i % 2).toActor();
      KartuKeluarga family = families.next(nagari.nagari());
      long id = steps.submit(em, nagari, JenisLayanan.PERUBAHAN_DATA, family,
          DemoDocuments.forSubmission(JenisLayanan.PERUBAHAN_DATA, family, nagari.username(), documents, clock.instant()),
          clock.instant().minusSeconds(240), true).id();
      int step = i % 10;
      if (step == 9) {
        steps.sendBackToNagari(em, operator, id, ProblemCategory.BERKAS_TIDAK_LENGKAP, "Contoh data uji beban.");
      } else if (step >= 4) {
        steps.verify(em, operator, id, reads.proposedNomorKk(em, operator, id).orElseThrow());
        if (step >= 7) {
          steps.confirm(em, kasi, id);
        }
      }
    }
  }
}
