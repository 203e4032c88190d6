package id.dukcapilceria.kk.portal.web.nagari;

import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.validasi.KartuKeluargaValidator;
import id.dukcapilceria.kk.domain.validasi.Violation;
import id.dukcapilceria.kk.portal.web.FormErrors;
import id.dukcapilceria.kk.portal.web.ViolationText;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.portal.web.KkForm;
import id.dukcapilceria.kk.portal.web.PermohonanView;
import id.dukcapilceria.kk.portal.web.Texts;
import id.dukcapilceria.kk.portal.web.UserFeedback;
import id.dukcapilceria.kk.portal.web.Workspace;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The nagari operator: SOP step 1 (take in the files, type the KK data, submit), corrections after
 * a send-back, and step 7 (print, hand over, archive).
 */
@Named
@ViewScoped
public class NagariWorkspace extends Workspace {

  private static final long serialVersionUID = 1L;

  private JenisLayanan jenisLayanan;
  private KkForm form = new KkForm();
  /** The application being corrected, or null for a new one. */
  private Long correcting;
  /** The warnings last shown, which the operator must acknowledge before submitting. */
  private List<String> warnings = List.of();
  private boolean warningsAcknowledged;

  /**
   * Checks the typed card with the domain's rules first: errors are listed with the member they
   * concern; warnings are listed once and need the operator's acknowledgement before submitting.
   */
  public void submit() {
    KodeWilayah nagari = actor().nagari();
    KartuKeluarga kk;
    try {
      if (jenisLayanan == null) {
        throw new FormErrors(List.of(Texts.get("form.jenisLayananRequired")));
      }
      kk = form.toKartuKeluarga(nagari);
    } catch (RuntimeException e) {
      UserFeedback.error(UserFeedback.explain(e));
      return;
    }
    List<Violation> violations = service.check(jenisLayanan, kk);
    if (KartuKeluargaValidator.hasErrors(violations)) {
      violations.stream().filter(Violation::isError).forEach(v -> UserFeedback.error(ViolationText.of(v)));
      warnings = List.of();
      return;
    }
    List<String> newWarnings = violations.stream().map(ViolationText::of).toList();
    if (!newWarnings.isEmpty() && !(warningsAcknowledged && newWarnings.equals(warnings))) {
      warnings = newWarnings;
      warningsAcknowledged = false;
      UserFeedback.warn(Texts.get("nagari.warnings"));
      return;
    }
    boolean done;
    if (correcting == null) {
      done = UserFeedback.attempt(() -> service.submit(actor(), jenisLayanan, kk), Texts.get("nagari.submitted"));
    } else {
      long id = correcting;
      done = UserFeedback.attempt(
          () -> service.resubmit(actor(), id, kk.alamat(), kk.anggota()), Texts.get("nagari.resubmitted"));
    }
    if (done) {
      cancelCorrection();
      refresh();
    }
  }

  /** Loads a sent-back application into the form for correction. */
  public void correct(long id) {
    var permohonan = service.find(actor(), id);
    form = KkForm.of(permohonan.kartuKeluarga());
    jenisLayanan = permohonan.jenisLayanan();
    correcting = id;
    select(id);
  }

  public void cancelCorrection() {
    form = new KkForm();
    jenisLayanan = null;
    correcting = null;
    warnings = List.of();
    warningsAcknowledged = false;
  }

  public List<String> getWarnings() {
    return warnings;
  }

  public boolean isWarningsAcknowledged() {
    return warningsAcknowledged;
  }

  public void setWarningsAcknowledged(boolean warningsAcknowledged) {
    this.warningsAcknowledged = warningsAcknowledged;
  }

  public void handOver(long id) {
    select(id);
    perform(() -> service.handOverAndArchive(actor(), id), "nagari.handedOver");
  }

  public List<PermohonanView> getAll() {
    return service.all(actor()).stream().map(this::view).toList();
  }

  public String getNagariName() {
    return wilayah.nameOf(actor().nagari());
  }

  public JenisLayanan[] getJenisLayananOptions() {
    return JenisLayanan.values();
  }

  public JenisLayanan getJenisLayanan() {
    return jenisLayanan;
  }

  public void setJenisLayanan(JenisLayanan jenisLayanan) {
    this.jenisLayanan = jenisLayanan;
  }

  public KkForm getForm() {
    return form;
  }

  public Long getCorrecting() {
    return correcting;
  }
}
