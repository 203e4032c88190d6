package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.wilayah.Wilayah;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.portal.config.PortalConfig;
import id.dukcapilceria.kk.portal.permohonan.Transactions;
import id.dukcapilceria.kk.portal.security.CurrentActor;
import id.dukcapilceria.kk.portal.security.PageAccess;
import id.dukcapilceria.kk.portal.security.PortalArea;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.WorklistFilter;
import id.dukcapilceria.kk.workflow.sop.PermohonanReads;
import id.dukcapilceria.kk.workflow.sop.PermohonanSteps;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;

/**
 * What every role's page has: the worklist of applications waiting for this role, and one selected
 * application shown in full. Subclasses add the role's own step.
 */
public abstract class Workspace implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject protected Transactions tx;
  @Inject protected transient PermohonanSteps steps;
  @Inject protected transient PermohonanReads reads;
  @Inject protected CurrentActor currentActor;
  @Inject protected transient WilayahDirectory wilayah;
  @Inject protected transient Clock clock;
  @Inject PageAccess pageAccess;
  @Inject protected PortalConfig config;

  private PagedRows<PermohonanView> worklist;
  private PermohonanView selected;
  /** What the lists are narrowed to; applied by {@link #applyFilter()}. */
  protected WorklistFilter filter = WorklistFilter.NONE;
  private String filterNagari;
  private JenisLayanan filterJenis;
  private String filterSearch;

  @PostConstruct
  void init() {
    if (!pageAccess.admitView(area())) {
      worklist = PagedRows.ofApplications((first, size) -> new id.dukcapilceria.kk.workflow.permohonan.Page<>(List.of(), 0));
      return;
    }
    worklist = PagedRows.ofApplications((first, size) -> viewsOf(tx.call(em -> reads.worklistRows(em, actor(), filter, first, size))));
    admitted();
  }

  /** What a workspace does once the signed-in user is admitted to it, as it is created. */
  protected void admitted() {}

  /** The part of the portal this workspace is, asked again as the page is built (a second check after the filter). */
  protected abstract PortalArea area();

  /**
   * Reloads after a step: the list is read again when shown, and the selected application stays
   * only while it still waits for this role (another officer may have moved it meanwhile).
   */
  public void refresh() {
    worklist.forget();
    if (selected != null) {
      try {
        long id = selected.id();
        selected = tx.call(em -> {
          var again = reads.find(em, actor(), id);
          return again.stepsOpenTo(actor()).isEmpty() ? null : view(em, again);
        });
      } catch (RuntimeException gone) {
        selected = null;
      }
    }
  }

  /** The page's rows as views (labels resolved, times in WIB). */
  protected id.dukcapilceria.kk.workflow.permohonan.Page<PermohonanView> viewsOf(
      id.dukcapilceria.kk.workflow.permohonan.Page<id.dukcapilceria.kk.workflow.permohonan.WorklistRow> page) {
    var standards = config.mutuBaku(); // once per page, not once per row
    return new id.dukcapilceria.kk.workflow.permohonan.Page<>(
        page.items().stream()
            .map(p -> PermohonanView.row(p, actor(), wilayah, clock, UserFeedback.locale(), standards::of))
            .toList(),
        page.total());
  }

  /** Shows one application in full; one that vanished from the worklist gives a message. */
  public void select(long id) {
    try {
      selected = tx.call(em -> {
        PermohonanView shown = view(em, reads.read(em, actor(), id));
        onSelect(em, shown);
        return shown;
      });
    } catch (RuntimeException e) {
      selected = null;
      UserFeedback.error(UserFeedback.explain(e));
      refresh();
      // the list itself is out of date: show it again, not only the detail
      org.primefaces.PrimeFaces.current().ajax().update("f");
    }
  }

  /**
   * "Pilih" on a worklist row: the page's one remote command sends the row's application id as
   * the request parameter {@code id}. Whether this officer may see it is decided by {@link
   * #select}; something that is not an id gets the "choose an application" message.
   */
  public void selectRequested() {
    String id = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
        .getRequestParameterMap().get("id");
    long chosen;
    try {
      chosen = Long.parseLong(id == null ? "" : id.strip());
    } catch (NumberFormatException notAnId) {
      UserFeedback.error(Texts.get("worklist.noneSelected"));
      return;
    }
    select(chosen);
  }

  /** The chosen application's id; a step pressed with none chosen (a double click) is refused. */
  protected long selectedId() {
    if (selected == null) {
      throw new FormErrors(java.util.List.of(Texts.get("worklist.noneSelected")));
    }
    return selected.id();
  }

  /** Hook for a role that prepares its step when an application is chosen, in the same transaction as its read. */
  protected void onSelect(jakarta.persistence.EntityManager em, PermohonanView view) {}

  /** The application in full, with what it changes on the family's active card, read in the caller's transaction. */
  protected PermohonanView view(jakarta.persistence.EntityManager em, id.dukcapilceria.kk.workflow.permohonan.Permohonan p) {
    return PermohonanView.of(p, actor(), wilayah, clock, UserFeedback.locale(), config.mutuBaku()::of)
        .withChanges(reads.changes(em, actor(), p.id()).map(c -> ChangeView.of(c, UserFeedback.locale())).orElse(null));
  }

  protected Actor actor() {
    return currentActor.get();
  }

  /** Runs a step on the selected application, then reloads the worklist. */
  protected void perform(Runnable step, String successKey) {
    if (UserFeedback.attempt(step, Texts.get(successKey, selected == null ? "" : selected.nomor()))) {
      selected = null;
    }
    // also after a refusal: an application another officer handled meanwhile leaves the list
    refresh();
  }

  /** Narrows the lists to what the officer typed and chose; the search is checked by kk-workflow. */
  public void applyFilter() {
    refresh();
    try {
      filter = new WorklistFilter(filterNagari == null || filterNagari.isBlank() ? null : KodeWilayah.of(filterNagari),
          filterJenis, filterSearch);
    } catch (RuntimeException e) {
      UserFeedback.error(UserFeedback.explain(e));
    }
  }

  public void clearFilter() {
    refresh();
    filter = WorklistFilter.NONE;
    filterNagari = null;
    filterJenis = null;
    filterSearch = null;
  }

  public boolean isFiltered() {
    return !WorklistFilter.NONE.equals(filter);
  }

  /** The nagari of the regency by name, for the filter; read once per view (JSF asks often). */
  private transient List<Wilayah> nagariOptions;

  public List<Wilayah> getNagariOptions() {
    if (nagariOptions == null) {
      nagariOptions = wilayah.villagesOf(config.issuingOffice().regency()).stream()
          .sorted(java.util.Comparator.comparing(Wilayah::nama))
          .toList();
    }
    return nagariOptions;
  }

  /** An officer bound to one nagari (a nagari operator) sees only it: no nagari filter for them. */
  public boolean isNagariFilterShown() {
    return actor().boundNagari().isEmpty();
  }

  public JenisLayanan[] getJenisOptions() {
    return JenisLayanan.values();
  }

  public String getFilterNagari() {
    return filterNagari;
  }

  public void setFilterNagari(String filterNagari) {
    this.filterNagari = filterNagari;
  }

  public JenisLayanan getFilterJenis() {
    return filterJenis;
  }

  public void setFilterJenis(JenisLayanan filterJenis) {
    this.filterJenis = filterJenis;
  }

  public String getFilterSearch() {
    return filterSearch;
  }

  public void setFilterSearch(String filterSearch) {
    this.filterSearch = filterSearch;
  }

  public PagedRows<PermohonanView> getWorklist() {
    return worklist;
  }

  public int getWorklistCount() {
    return worklist.total();
  }

  public PermohonanView getSelected() {
    return selected;
  }

  public String getUserName() {
    return currentActor.displayName();
  }
}
