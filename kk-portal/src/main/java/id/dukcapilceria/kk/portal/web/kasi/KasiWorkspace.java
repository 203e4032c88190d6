package id.dukcapilceria.kk.portal.web.kasi;

import id.dukcapilceria.kk.portal.web.ProblemForm;
import id.dukcapilceria.kk.portal.web.Workspace;
import id.dukcapilceria.kk.workflow.permohonan.ProblemCategory;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** The Kasi/Kabid: SOP step 3, confirm the data or return it to the operator with a reason. */
@Named
@ViewScoped
public class KasiWorkspace extends Workspace {

  private static final long serialVersionUID = 1L;

  @Override
  protected id.dukcapilceria.kk.portal.security.PortalArea area() {
    return id.dukcapilceria.kk.portal.security.PortalArea.KASI;
  }

  private final ProblemForm problem = new ProblemForm(ProblemCategory.DATA_TIDAK_SESUAI);

  public void confirm() {
    perform(() -> tx.run(em -> steps.confirm(em, actor(), selectedId())), "kasi.confirmed");
  }

  public void returnToOperator() {
    ProblemCategory category = problem.getCategory();
    String reason = problem.getReason();
    perform(() -> tx.run(em -> steps.returnToOperator(em, actor(), selectedId(), category, reason)), "kasi.returned");
  }

  @Override
  protected void onSelect(jakarta.persistence.EntityManager em, id.dukcapilceria.kk.portal.web.PermohonanView view) {
    problem.clear();
  }

  public ProblemForm getProblem() {
    return problem;
  }
}
