package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.portal.permohonan.Transactions;
import id.dukcapilceria.kk.portal.security.ClientAddress;
import id.dukcapilceria.kk.portal.security.PublicRateLimit;
import id.dukcapilceria.kk.workflow.permohonan.Labels;
import id.dukcapilceria.kk.workflow.permohonan.WorkflowException;
import id.dukcapilceria.kk.workflow.tracking.ApplicationTracking;
import id.dukcapilceria.kk.workflow.tracking.PublicStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The citizen's status page ({@code /lacak.xhtml}): the application number and the kode lacak from
 * the tanda terima give the stage the application has reached, in plain words, and what to bring
 * when it was returned. kk-workflow's {@link ApplicationTracking} decides what is shown; a wrong
 * code and an unknown number get the same sentence. Each look-up counts against the public rate
 * limit of the client's address, as the PDF check does. The code is never put in a URL (it would
 * stay in the browser's history and the server's logs); the number may be ({@code ?nomor=}).
 */
@Named
@RequestScoped
public class TrackingPage {

  @Inject Transactions tx;
  @Inject ApplicationTracking tracking;
  @Inject PublicRateLimit rateLimit;
  @Inject ClientAddress clientAddress;
  @Inject WilayahDirectory wilayah;
  @Inject Clock clock;

  private String nomor;
  private String kode;
  private PublicStatus status;
  private boolean notFound;

  /** The look-up; its answer is shown on the same page. */
  public void lookUp() {
    status = null;
    notFound = false;
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!rateLimit.tryAcquire(clientAddress.of((HttpServletRequest) faces.getExternalContext().getRequest()))) {
      UserFeedback.error(Texts.get("tracking.tooMany", PublicRateLimit.PER_MINUTE));
      return;
    }
    try {
      status = tx.call(em -> tracking.find(em, nomor, kode)).orElse(null);
      notFound = status == null;
    } catch (WorkflowException refused) {
      String field = "tracking.nomorInvalid".equals(refused.code()) ? "lacak:nomor" : "lacak:kode";
      faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.message(UserFeedback.locale()), null));
    }
  }

  public String getNomor() {
    return nomor;
  }

  public void setNomor(String nomor) {
    this.nomor = nomor;
  }

  public String getKode() {
    return kode;
  }

  public void setKode(String kode) {
    this.kode = kode;
  }

  public boolean isFound() {
    return status != null;
  }

  /** Whether the last look-up matched nothing: the number is unknown, or the code is not its own. */
  public boolean isNotFound() {
    return notFound;
  }

  /** The stage's name ({@code PublicStage}), for the page's {@code data-stage} and its message keys. */
  public String getStage() {
    return status == null ? "" : status.stage().name();
  }

  public String getStageLabel() {
    return status == null ? "" : Labels.of(status.stage(), UserFeedback.locale());
  }

  public String getStageExplanation() {
    return status == null ? "" : Texts.get("tracking.explain." + status.stage().name());
  }

  public String getNumber() {
    return status == null ? "" : status.nomor();
  }

  public String getService() {
    return status == null ? "" : status.jenisLayanan().label(UserFeedback.locale());
  }

  public String getNagari() {
    return status == null ? "" : wilayah.nameOf(status.kodeNagari());
  }

  public String getReceivedAt() {
    return status == null ? "" : at(status.receivedAt());
  }

  public String getSince() {
    return status == null ? "" : at(status.since());
  }

  /** While returned, or once refused: the officer's words, as the citizen should read them. */
  public String getReturnReason() {
    return status == null ? "" : status.returnReason().orElse("");
  }

  public String getReturnCategory() {
    return status == null ? "" : status.returnCategory().map(c -> Labels.of(c, UserFeedback.locale())).orElse("");
  }

  /** The stages passed, oldest first: label and date. */
  public List<String[]> getStages() {
    return status == null ? List.of() : status.stages().stream()
        .map(s -> new String[] {s.stage().name(), Labels.of(s.stage(), UserFeedback.locale()), at(s.at())})
        .toList();
  }

  private String at(Instant instant) {
    return PermohonanView.DATE_TIME.format(instant.atZone(clock.getZone()));
  }
}
