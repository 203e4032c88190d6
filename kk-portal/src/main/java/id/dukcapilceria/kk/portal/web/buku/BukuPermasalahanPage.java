package id.dukcapilceria.kk.portal.web.buku;

import id.dukcapilceria.kk.portal.permohonan.Transactions;
import id.dukcapilceria.kk.portal.security.CurrentActor;
import id.dukcapilceria.kk.portal.web.PagedRows;
import id.dukcapilceria.kk.workflow.sop.DinasReads;
import id.dukcapilceria.kk.workflow.sop.DinasReads.BukuPermasalahanRow;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The buku permasalahan page (SOP step 3's returns, open and resolved), newest first, a page at a
 * time. Its own page rather than part of a workspace: the workspaces open many times an hour and
 * should not read and draw a log that is consulted now and then.
 */
@Named("bukuPermasalahan")
@ViewScoped
public class BukuPermasalahanPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Transactions tx;
  @Inject transient DinasReads dinas;
  @Inject CurrentActor currentActor;

  private PagedRows<BukuPermasalahanRow> entries;
  private String state = "";

  @PostConstruct
  void init() {
    entries = new PagedRows<>((first, size) -> tx.call(em -> dinas.bukuPermasalahan(em, currentActor.get(), open(), first, size)),
        row -> String.valueOf(row.entry().id()));
  }

  /** null lists every entry (the filter's "all"). */
  private Boolean open() {
    return switch (state == null ? "" : state) {
      case "open" -> Boolean.TRUE;
      case "resolved" -> Boolean.FALSE;
      default -> null;
    };
  }

  public PagedRows<BukuPermasalahanRow> getEntries() {
    return entries;
  }

  /** Which entries are listed: "" all, "open", "resolved". */
  public String getState() {
    return state;
  }

  public void setState(String state) {
    entries.forget();
    this.state = state;
  }
}
