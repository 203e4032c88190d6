package id.dukcapilceria.kk.portal.web.kadis;

import id.dukcapilceria.kk.signature.authority.Authorisation;
import id.dukcapilceria.kk.portal.permohonan.BatchSigning;
import id.dukcapilceria.kk.portal.web.FormErrors;
import id.dukcapilceria.kk.portal.web.PermohonanView;
import id.dukcapilceria.kk.portal.web.Texts;
import id.dukcapilceria.kk.portal.web.UserFeedback;
import id.dukcapilceria.kk.portal.web.Workspace;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Kadis: SOP step 4, electronic signature, often from a phone. The Kadis chooses one or more
 * confirmed applications, looks at each card's preview, and signs them all with one passphrase
 * entry; the page follows the batch and shows each application's result. The passphrase lives
 * only for the request that starts the batch: it is never kept in the view, the session or the
 * database.
 */
@Named
@ViewScoped
public class KadisWorkspace extends Workspace {

  private static final long serialVersionUID = 1L;

  @Override
  protected id.dukcapilceria.kk.portal.security.PortalArea area() {
    return id.dukcapilceria.kk.portal.security.PortalArea.KADIS;
  }

  @Inject BatchSigning batchSigning;
  @Inject id.dukcapilceria.kk.portal.signing.KkSigningService signing;

  private transient String passphrase;
  /** PASSPHRASE, or ONE_TIME_CODE where the signing authority takes BeSign's code. */
  private String authorisation = Authorisation.Kind.PASSPHRASE.name();
  private List<PermohonanView> chosen = new ArrayList<>();
  private BatchSigning.Progress progress;

  /** Whether the signing authority takes a one-time code from the BeSign app (the page offers the choice). */
  public boolean isOneTimeCodes() {
    return signing.acceptsOneTimeCodes();
  }

  private Authorisation.Kind authorisationKind() {
    return isOneTimeCodes() && Authorisation.Kind.ONE_TIME_CODE.name().equals(authorisation)
        ? Authorisation.Kind.ONE_TIME_CODE : Authorisation.Kind.PASSPHRASE;
  }

  public String getAuthorisation() {
    return authorisation;
  }

  public void setAuthorisation(String authorisation) {
    this.authorisation = authorisation;
  }

  /**
   * A batch this Kadis started that has not ended, or that stopped with its node, is shown again,
   * on whichever node the page is opened (after signing in again when a node is lost).
   */
  @Override
  protected void admitted() {
    progress = batchSigning.newestOf(actor()).filter(p -> !p.finished() || p.interrupted()).orElse(null);
  }

  /** Signs every chosen application; one passphrase for all. */
  public void signChosen() {
    char[] secret = passphrase == null ? new char[0] : passphrase.toCharArray();
    passphrase = null;
    try {
      if (chosen.isEmpty()) {
        throw new FormErrors(List.of(Texts.get("kadis.noneChosen")));
      }
      List<Long> ids = chosen.stream().map(PermohonanView::id).toList();
      java.util.Locale locale = UserFeedback.locale();
      progress = batchSigning.start(actor(), ids, authorisationKind(), secret, e -> UserFeedback.explain(e, locale));
      UserFeedback.info(Texts.get("kadis.batchStarted", ids.size()));
    } catch (RuntimeException e) {
      UserFeedback.error(UserFeedback.explain(e));
    } finally {
      Arrays.fill(secret, '\0');
    }
  }

  /**
   * Polled while a batch runs; reloads the worklist once it is over, and only then redraws the
   * detail (a signed application leaves it), which the poll otherwise leaves alone.
   */
  public void followProgress() {
    if (progress == null) {
      return;
    }
    progress = batchSigning.progress(actor(), progress.id()).orElse(progress);
    if (progress.finished() && !chosen.isEmpty()) {
      UserFeedback.info(Texts.get(progress.interrupted() ? "kadis.batchInterrupted" : "kadis.batchDone",
          progress.signedCount(), progress.total()));
      chosen = new ArrayList<>();
      refresh();
      FacesContext.getCurrentInstance().getPartialViewContext().getRenderIds().add("f:detail");
    }
  }

  public boolean isRunning() {
    return progress != null && !progress.finished();
  }

  public BatchSigning.Progress getProgress() {
    return progress;
  }

  public String getSignLabel() {
    return Texts.get("kadis.signSelected", chosen.size());
  }

  public List<PermohonanView> getChosen() {
    return chosen;
  }

  public void setChosen(List<PermohonanView> chosen) {
    this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
  }

  /** Shown only in demo mode, where the passphrase of the demo key is public anyway. */
  public String getDemoPassphrase() {
    return config.isDemo() ? DemoPki.DEMO_PASSPHRASE : null;
  }

  public String getPassphrase() {
    return null;
  }

  public void setPassphrase(String passphrase) {
    this.passphrase = passphrase;
  }
}
