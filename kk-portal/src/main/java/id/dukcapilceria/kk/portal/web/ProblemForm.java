package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.workflow.permohonan.ProblemCategory;
import java.io.Serializable;

/** What an officer types when returning an application: the buku permasalahan category and why. */
public class ProblemForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private ProblemCategory category;
  private String reason;

  public ProblemForm(ProblemCategory defaultCategory) {
    this.category = defaultCategory;
  }

  public void clear() {
    reason = null;
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
