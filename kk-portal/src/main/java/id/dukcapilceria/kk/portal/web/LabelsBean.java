package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.domain.kartukeluarga.Agama;
import id.dukcapilceria.kk.domain.kartukeluarga.GolonganDarah;
import id.dukcapilceria.kk.domain.kartukeluarga.JenisKelamin;
import id.dukcapilceria.kk.domain.kartukeluarga.JenisPekerjaan;
import id.dukcapilceria.kk.domain.kartukeluarga.Kewarganegaraan;
import id.dukcapilceria.kk.domain.kartukeluarga.PendidikanDalamKk;
import id.dukcapilceria.kk.domain.kartukeluarga.PenyandangCacat;
import id.dukcapilceria.kk.domain.kartukeluarga.SiakCode;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusHubunganDalamKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusPerkawinan;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.workflow.permohonan.Labels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Display names of code-list values for dropdowns, in the language of the view. */
@Named("labels")
@ApplicationScoped
public class LabelsBean {

  @jakarta.inject.Inject id.dukcapilceria.kk.portal.config.PortalConfig config;

  /** The office's regency or city as Kemendagri names it ("Kabupaten Padang Pariaman"), for the pages' heading. */
  public String getOffice() {
    return config.issuingOffice().regencyName();
  }

  public String of(Enum<?> value) {
    if (value instanceof SiakCode code) {
      return code.label(UserFeedback.locale());
    }
    if (value instanceof JenisLayanan v) {
      return v.label(UserFeedback.locale());
    }
    return Labels.of(value, UserFeedback.locale());
  }

  public JenisKelamin[] getJenisKelamin() {
    return JenisKelamin.values();
  }

  public StatusHubunganDalamKeluarga[] getHubungan() {
    return StatusHubunganDalamKeluarga.values();
  }

  public Agama[] getAgama() {
    return Agama.values();
  }

  public PendidikanDalamKk[] getPendidikan() {
    return PendidikanDalamKk.values();
  }

  public JenisPekerjaan[] getPekerjaan() {
    return JenisPekerjaan.values();
  }

  public GolonganDarah[] getGolonganDarah() {
    return GolonganDarah.values();
  }

  public StatusPerkawinan[] getStatusPerkawinan() {
    return StatusPerkawinan.values();
  }

  public Kewarganegaraan[] getKewarganegaraan() {
    return Kewarganegaraan.values();
  }

  public PenyandangCacat[] getPenyandangCacat() {
    return PenyandangCacat.values();
  }
}
