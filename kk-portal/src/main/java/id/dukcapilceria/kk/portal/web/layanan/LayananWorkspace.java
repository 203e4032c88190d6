package id.dukcapilceria.kk.portal.web.layanan;

import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.portal.web.PermohonanView;
import id.dukcapilceria.kk.portal.web.ProblemForm;
import id.dukcapilceria.kk.portal.web.Texts;
import id.dukcapilceria.kk.portal.web.Workspace;
import id.dukcapilceria.kk.workflow.permohonan.ProblemCategory;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The Dinas digital-service operator: SOP step 2 (verify and validate, record the KK number from
 * SIAK; or send back to the nagari, or refuse) and step 5 (buku register and sending the PDF).
 */
@Named
@ViewScoped
public class LayananWorkspace extends Workspace {

  private static final long serialVersionUID = 1L;

  @Override
  protected id.dukcapilceria.kk.portal.security.PortalArea area() {
    return id.dukcapilceria.kk.portal.security.PortalArea.LAYANAN;
  }

  private String nomorKk;
  private final ProblemForm problem = new ProblemForm(ProblemCategory.BERKAS_TIDAK_LENGKAP);

  private List<String> onActiveCards = List.of();

  @Override
  protected void onSelect(jakarta.persistence.EntityManager em, PermohonanView view) {
    nomorKk = "-".equals(view.nomorKk())
        ? reads.proposedNomorKk(em, actor(), view.id()).map(NomorKk::value).orElse("")
        : view.nomorKk();
    onActiveCards = reads.membersOnActiveCards(em, actor(), view.id()).entrySet().stream()
        .map(found -> Texts.get("layanan.onActiveCard", found.getKey().value(), nameOf(view, found.getKey().value()),
            found.getValue().value()))
        .toList();
    problem.clear();
  }

  private static String nameOf(PermohonanView view, String nik) {
    return view.members().stream().filter(m -> m.nik().equals(nik)).map(PermohonanView.MemberView::nama)
        .findFirst().orElse("");
  }

  /**
   * The duplicate-NIK check for the selected application: one line per member already on an
   * active card, with the card; empty when nobody is.
   */
  public List<String> getOnActiveCards() {
    return onActiveCards;
  }

  public void verify() {
    String typed = nomorKk;
    perform(() -> tx.run(em -> steps.verify(em, actor(), selectedId(), NomorKk.of(typed))), "layanan.verified");
  }

  public void sendBack() {
    String why = problem.getReason();
    ProblemCategory what = problem.getCategory();
    perform(() -> tx.run(em -> steps.sendBackToNagari(em, actor(), selectedId(), what, why)), "layanan.sentBack");
  }

  public void refuse() {
    String why = problem.getReason();
    perform(() -> tx.run(em -> steps.refuse(em, actor(), selectedId(), why)), "layanan.refused");
  }

  public void registerAndSend() {
    perform(() -> tx.call(em -> steps.registerAndSend(em, actor(), selectedId())), "layanan.registered");
  }

  public ProblemForm getProblem() {
    return problem;
  }

  public String getNomorKk() {
    return nomorKk;
  }

  public void setNomorKk(String nomorKk) {
    this.nomorKk = nomorKk;
  }
}
