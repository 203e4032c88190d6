package id.dukcapilceria.kk.portal.config;

import id.dukcapilceria.kk.domain.validasi.KartuKeluargaValidator;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.workflow.dokumen.DocumentStore;
import id.dukcapilceria.kk.workflow.dokumen.FileSystemDocumentStore;
import id.dukcapilceria.kk.workflow.notification.Notifications;
import id.dukcapilceria.kk.workflow.siak.NomorKkSource;
import id.dukcapilceria.kk.workflow.sop.DinasReads;
import id.dukcapilceria.kk.workflow.sop.PermohonanReads;
import id.dukcapilceria.kk.workflow.sop.PermohonanSteps;
import id.dukcapilceria.kk.workflow.tracking.ApplicationTracking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Makes the plain-Java library objects injectable; the libraries themselves know nothing of CDI. */
@ApplicationScoped
public class DomainProducers {

  @Produces
  @Singleton
  WilayahDirectory wilayahDirectory() {
    return WilayahDirectory.shared();
  }

  @Produces
  @Singleton
  KartuKeluargaValidator validator(WilayahDirectory wilayah, PortalConfig config) {
    return new KartuKeluargaValidator(wilayah, config.nameRules());
  }

  @Produces
  @Singleton
  PermohonanSteps steps(Clock clock, KartuKeluargaValidator validator, Notifications notifications) {
    return new PermohonanSteps(clock, validator, notifications);
  }

  @Produces
  @Singleton
  PermohonanReads reads(Clock clock, NomorKkSource nomorKkSource) {
    return new PermohonanReads(clock, nomorKkSource);
  }

  @Produces
  @Singleton
  DinasReads dinasReads(Clock clock) {
    return new DinasReads(clock);
  }

  @Produces
  @Singleton
  ApplicationTracking tracking() {
    return new ApplicationTracking();
  }

  /** Scanned requirement documents, by SHA-256, in {@link PortalConfig#documentsDirectory()}. */
  @Produces
  @Singleton
  DocumentStore documentStore(PortalConfig config) {
    return new FileSystemDocumentStore(config.documentsDirectory());
  }
}
