package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.workflow.sop.SignedCards;
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
    SignedCards.byToken(em, token).ifPresent(card -> {
      state = card.standing().name();
      maskedNomorKk = card.nomorKk().map(NomorKk::masked).orElse("");
      signedAt = PermohonanView.DATE_TIME.format(card.signedAt().atZone(clock.getZone()));
      signer = card.signer();
      registerNumber = card.registerNumber().orElse("-");
    });
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  /** The standing kk-workflow gave ({@code SignedCards.Standing}), or UNKNOWN: the page's data-state. */
  public String getState() {
    return state;
  }

  /** Whether this office signed the card at all. */
  public boolean isKnown() {
    return !"UNKNOWN".equals(state);
  }

  /** The colour of the verdict: green for the family's card, yellow for a replaced one, red for unknown. */
  public String getStyleClass() {
    return "kk-verify-" + state.toLowerCase(java.util.Locale.ROOT);
  }

  /** The message key of the verdict ({@code verify.active}, {@code verify.superseded}, {@code verify.unknown}). */
  public String getVerdictKey() {
    return "verify." + state.toLowerCase(java.util.Locale.ROOT);
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
