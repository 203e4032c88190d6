package id.dukcapilceria.kk.portal.web.nagari;

import id.dukcapilceria.kk.portal.draft.IntakeDrafts;
import id.dukcapilceria.kk.portal.web.PagedRows;
import id.dukcapilceria.kk.portal.web.PermohonanView;
import id.dukcapilceria.kk.portal.web.Texts;
import id.dukcapilceria.kk.portal.web.UserFeedback;
import id.dukcapilceria.kk.portal.web.Workspace;
import id.dukcapilceria.kk.workflow.sop.PermohonanSteps;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The nagari operator's lists: applications sent back for correction and signed cards to hand
 * over (SOP step 7: print, hand over, archive), saved drafts, and every application of the nagari.
 * Taking in a new application, continuing a draft and correcting one happen on the intake page
 * ({@link NagariIntake}).
 */
@Named
@ViewScoped
public class NagariWorkspace extends Workspace {

  private static final long serialVersionUID = 1L;

  @Override
  protected id.dukcapilceria.kk.portal.security.PortalArea area() {
    return id.dukcapilceria.kk.portal.security.PortalArea.NAGARI;
  }

  @Inject IntakeDrafts drafts;

  public void deleteDraft(long id) {
    UserFeedback.attempt(() -> drafts.delete(actor(), id), Texts.get("draft.deleted"));
  }

  /** One saved draft as listed. */
  public record DraftRow(long id, String label, String savedAt) implements java.io.Serializable {}

  public List<DraftRow> getDrafts() {
    java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    return drafts.list(actor()).stream()
        .map(d -> new DraftRow(d.id(), d.label(), format.format(d.savedAt().atZone(clock.getZone()))))
        .toList();
  }

  /** Whom each sent card is handed to, as typed in its row (kept only for this page). */
  private final java.util.Map<Long, String> recipients = new java.util.HashMap<>();

  public java.util.Map<Long, String> getRecipients() {
    return recipients;
  }

  /** SOP step 7: the card was handed to the person named in its row, and the files archived. */
  public void handOver(long id) {
    select(id);
    String recipient = recipients.get(id);
    perform(() -> tx.run(em -> steps.handOverAndArchive(em, actor(), id, recipient)), "nagari.handedOver");
  }

  /**
   * A citizen lost the tanda terima: a new one with a new kode lacak (the old one stops working),
   * shown on the intake page to print, as after a submission.
   */
  public String reissueReceipt(long id) {
    PermohonanSteps.Receipt[] given = new PermohonanSteps.Receipt[1];
    if (!UserFeedback.attempt(() -> given[0] = tx.call(em -> steps.reissueReceipt(em, actor(), id)),
        Texts.get("receipt.reissued"))) {
      return null;
    }
    jakarta.faces.context.Flash flash = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
        .getFlash();
    flash.setKeepMessages(true);
    flash.put(Receipt.FLASH, Receipt.of(given[0], Texts.get("receipt.office", config.issuingOffice().regencyName()),
        wilayah, clock.getZone(), config.baseUrl(), UserFeedback.locale()));
    return "/nagari/permohonan.xhtml?faces-redirect=true";
  }

  private PagedRows<PermohonanView> all;

  @Override
  public void refresh() {
    super.refresh();
    if (all != null) {
      all.forget();
    }
  }

  /** Every application of this nagari, newest first, a page at a time. */
  public PagedRows<PermohonanView> getAll() {
    if (all == null) {
      all = PagedRows.ofApplications((first, size) -> viewsOf(tx.call(em -> reads.allRows(em, actor(), filter, first, size))));
    }
    return all;
  }

  public String getNagariName() {
    return wilayah.nameOf(actor().nagari());
  }
}
