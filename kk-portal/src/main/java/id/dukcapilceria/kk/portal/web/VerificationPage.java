package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusKartuKeluarga;
import id.dukcapilceria.kk.workflow.dokumen.SignedKkDocument;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * The public page the QR code of a card opens: whether the card is genuine and still the family's
 * valid card (green), replaced by a newer one (yellow), or unknown (red). It shows no personal
 * data beyond what is needed to match the paper: the KK number with most digits hidden.
 */
@Named
@RequestScoped
public class VerificationPage {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  private String token;
  private String state = "UNKNOWN";
  private String maskedNomorKk = "";
  private String signedAt = "";
  private String signer = "";
  private String registerNumber = "";

  public void load() {
    if (token == null || token.isBlank() || token.length() > 64) {
      return;
    }
    em.createQuery("select d from SignedKkDocument d where d.verificationToken = :t", SignedKkDocument.class)
        .setParameter("t", token)
        .getResultStream()
        .findFirst()
        .ifPresent(this::show);
  }

  private void show(SignedKkDocument document) {
    Permohonan p = em.find(Permohonan.class, document.permohonanId());
    StatusKartuKeluarga status = p.kartuKeluarga().status();
    state = status == StatusKartuKeluarga.AKTIF ? "ACTIVE" : "SUPERSEDED";
    maskedNomorKk = p.kartuKeluarga().nomorKk().map(NomorKk::masked).orElse("");
    signedAt = PermohonanView.DATE_TIME.format(document.signedAt().atZone(clock.getZone()));
    signer = document.signer();
    registerNumber = p.registerNumber().orElse("-");
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getState() {
    return state;
  }

  public String getMaskedNomorKk() {
    return maskedNomorKk;
  }

  public String getSignedAt() {
    return signedAt;
  }

  public String getSigner() {
    return signer;
  }

  public String getRegisterNumber() {
    return registerNumber;
  }
}
