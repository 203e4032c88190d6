package id.dukcapilceria.kk.portal.web.nagari;

import id.dukcapilceria.kk.domain.kartukeluarga.JenisLayanan;
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

  public void submit() {
    KodeWilayah nagari = actor().nagari();
    boolean done;
    if (correcting == null) {
      done =
          UserFeedback.attempt(
              () -> {
                if (jenisLayanan == null) {
                  throw new id.dukcapilceria.kk.portal.web.FormErrors(
                      List.of(Texts.get("form.jenisLayananRequired")));
                }
                service.submit(actor(), jenisLayanan, form.toKartuKeluarga(nagari));
              },
              Texts.get("nagari.submitted"));
    } else {
      long id = correcting;
      done =
          UserFeedback.attempt(
              () -> service.resubmit(actor(), id, form.toAlamat(nagari), form.toAnggota()),
              Texts.get("nagari.resubmitted"));
    }
    if (done) {
      form = new KkForm();
      jenisLayanan = null;
      correcting = null;
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
