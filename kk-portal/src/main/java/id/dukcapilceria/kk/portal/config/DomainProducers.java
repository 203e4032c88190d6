package id.dukcapilceria.kk.portal.config;

import id.dukcapilceria.kk.domain.validasi.KartuKeluargaValidator;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
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
  KartuKeluargaValidator validator(WilayahDirectory wilayah) {
    return new KartuKeluargaValidator(wilayah);
  }
}
