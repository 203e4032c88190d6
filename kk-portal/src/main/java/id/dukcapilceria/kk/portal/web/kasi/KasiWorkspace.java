package id.dukcapilceria.kk.portal.web.kasi;

import id.dukcapilceria.kk.portal.web.Workspace;
import id.dukcapilceria.kk.workflow.permohonan.ProblemCategory;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** The Kasi/Kabid: SOP step 3, confirm the data or return it to the operator with a reason. */
@Named
@ViewScoped
public class KasiWorkspace extends Workspace {

  private static final long serialVersionUID = 1L;

  private ProblemCategory category = ProblemCategory.DATA_TIDAK_SESUAI;
  private String reason;

  public void confirm() {
    long id = getSelected().id();
    perform(() -> service.confirm(actor(), id), "kasi.confirmed");
  }

  public void returnToOperator() {
    long id = getSelected().id();
    String why = reason;
    ProblemCategory what = category;
    perform(() -> service.returnToOperator(actor(), id, what, why), "kasi.returned");
    if (getSelected() == null) {
      reason = null;
    }
  }

  public ProblemCategory[] getCategories() {
    return ProblemCategory.values();
  }

  public ProblemCategory getCategory() {
    return category;
  }

  public void setCategory(ProblemCategory category) {
    this.category = category;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
