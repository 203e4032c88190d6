package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.domain.kartukeluarga.JenisKelamin;
import id.dukcapilceria.kk.domain.kartukeluarga.JenisLayanan;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusHubunganDalamKeluarga;
import id.dukcapilceria.kk.workflow.permohonan.Labels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Display names of code-list values for dropdowns, in the language of the view. */
@Named("labels")
@ApplicationScoped
public class LabelsBean {

  public String of(Enum<?> value) {
    if (value instanceof JenisLayanan v) {
      return v.label(UserFeedback.locale());
    }
    if (value instanceof JenisKelamin v) {
      return v.label(UserFeedback.locale());
    }
    if (value instanceof StatusHubunganDalamKeluarga v) {
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
}
