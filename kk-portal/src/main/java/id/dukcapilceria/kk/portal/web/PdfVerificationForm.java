package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.portal.security.PublicRateLimit;
import id.dukcapilceria.kk.portal.signing.KkSigningService;
import id.dukcapilceria.kk.signature.verify.InvalidPdfException;
import id.dukcapilceria.kk.signature.verify.RecipientVerdict;
import id.dukcapilceria.kk.signature.verify.VerificationReport;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The public upload form of the verification page: anyone may check any PDF, without signing in.
 * The answer is kk-signature's {@link RecipientVerdict} (green, yellow, red) with the checks
 * behind it in plain words; DSS's reports can be downloaded for a closer look. Nothing uploaded
 * is stored.
 */
@Named
@ViewScoped
public class PdfVerificationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject KkSigningService signing;
  @Inject PublicRateLimit rateLimit;
  @Inject id.dukcapilceria.kk.portal.security.ClientAddress clientAddress;
  @Inject transient Clock clock;

  private transient VerificationReport report;
  private String fileName;

  public void upload(FileUploadEvent event) {
    report = null;
    fileName = event.getFile().getFileName();
    if (event.getFile().getSize() > KkSigningService.PUBLIC_VERIFICATION_MAX_BYTES) {
      UserFeedback.error(
          Texts.get("publicVerify.tooLarge", KkSigningService.PUBLIC_VERIFICATION_MAX_BYTES / (1024 * 1024)));
      return;
    }
    if (!rateLimit.tryAcquire(clientAddress())) {
      UserFeedback.error(Texts.get("publicVerify.tooMany"));
      return;
    }
    try {
      report = signing.verify(event.getFile().getContent());
    } catch (InvalidPdfException e) {
      UserFeedback.error(Texts.get("publicVerify.notPdf"));
    }
  }

  private String clientAddress() {
    return clientAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  public boolean isDone() {
    return report != null;
  }

  /** green, yellow or red, for the page's colour and for tests. */
  public String getColour() {
    return report == null ? "" : verdict().colour().name().toLowerCase();
  }

  public String getVerdict() {
    return report == null ? "" : verdict().sentence(UserFeedback.locale());
  }

  private RecipientVerdict verdict() {
    return RecipientVerdict.of(report);
  }

  public String getFileName() {
    return fileName;
  }

  public String getIndication() {
    return report == null ? "" : report.indication().etsi().name();
  }

  /** Why the signature did not pass, in plain words; empty when it passed. */
  public String getWhy() {
    return report == null ? "" : RecipientVerdict.explainSubIndication(report.subIndication(), UserFeedback.locale());
  }

  public List<String> getChecks() {
    return report == null || report.signatureCount() == 0 ? List.of() : report.checks().reasons(UserFeedback.locale());
  }

  public String getSigner() {
    return report == null || report.signerName() == null ? "-" : report.signerName();
  }

  public String getSigningTime() {
    return report == null || report.signingTime() == null
        ? "-"
        : PermohonanView.DATE_TIME.format(report.signingTime().atZone(clock.getZone()));
  }

  public String getLevel() {
    return report == null || report.level() == null ? "-" : report.level();
  }

  public String getMaskedNomorKk() {
    return report == null || report.issued() == null || report.issued().nomorKk().isEmpty()
        ? "-"
        : NomorKk.of(report.issued().nomorKk()).masked();
  }

  public int getSignatureCount() {
    return report == null ? 0 : report.signatureCount();
  }

  /** DSS's detailed report: every check of the ETSI validation process, for specialists. */
  public StreamedContent getDetailedReport() {
    return xml(report == null ? "" : report.detailedReportXml(), "laporan-verifikasi-rinci.xml");
  }

  /** DSS's simple report. */
  public StreamedContent getSimpleReport() {
    return xml(report == null ? "" : report.simpleReportXml(), "laporan-verifikasi.xml");
  }

  private static StreamedContent xml(String xml, String name) {
    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name(name)
        .contentType("application/xml")
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }
}
