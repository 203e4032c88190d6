package id.dukcapilceria.kk.portal.config;

import id.dukcapilceria.kk.domain.validasi.KartuKeluargaValidator;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.workflow.dokumen.DocumentStore;
import id.dukcapilceria.kk.workflow.dokumen.FileSystemDocumentStore;
import id.dukcapilceria.kk.workflow.permohonan.PermohonanWorkflow;
import id.dukcapilceria.kk.workflow.siak.NomorKkSource;
import java.time.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

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
  PermohonanWorkflow workflow(Clock clock, NomorKkSource nomorKkSource, KartuKeluargaValidator validator) {
    return new PermohonanWorkflow(clock, nomorKkSource, validator);
  }

  /** Scanned requirement documents, by SHA-256, under the data directory. */
  @Produces
  @Singleton
  DocumentStore documentStore(PortalConfig config) {
    return new FileSystemDocumentStore(config.dataDirectory().resolve("dokumen"));
  }
}
