package id.dukcapilceria.kk.signature.authority;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A signing authority did not sign, for a reason the officer can act on. The message is in
 * Indonesian by default and in English on request ({@link #message(Locale)}); nothing in it comes
 * from the authorisation.
 */
public final class SigningRefusal extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final String BUNDLE = "id.dukcapilceria.kk.signature.authority.refusals";

  /** Why nothing was signed. */
  public enum Reason {
    /** The passphrase, PIN or one-time code does not open the key or is refused by the authority. */
    WRONG_AUTHORISATION,
    /** The authority does not know the officer (BSrE: NOT_REGISTERED). */
    NOT_REGISTERED,
    /** The officer has no signing certificate there (BSrE: NO_CERTIFICATE). */
    NO_CERTIFICATE,
    /** The signing certificate is revoked, expired, not yet valid, or its status cannot be had. */
    CERTIFICATE_NOT_USABLE,
    /** The authority could not be reached, or refused the call for a reason of its own. */
    UNAVAILABLE,
    /** The request was sent and no answer came in time: whether it signed is not known. */
    OUTCOME_UNKNOWN,
    /** What came back is not the card we sent, signed by the configured officer, and valid. */
    RETURNED_DOCUMENT_REFUSED,
    /**
     * A one-time code is good for one call, and a visible signature carries each card's own QR
     * code, so one call signs one card: a batch needs the passphrase.
     */
    ONE_CARD_PER_CODE,
    /** Signing this one document failed for another reason (the detail is in the log). */
    FAILED
  }

  private final Reason reason;

  public SigningRefusal(Reason reason, String detail, Throwable cause) {
    super(reason + (detail == null ? "" : ": " + detail), cause);
    this.reason = reason;
  }

  public SigningRefusal(Reason reason, String detail) {
    this(reason, detail, null);
  }

  public Reason reason() {
    return reason;
  }

  /** What the officer is told, in {@code locale} (Indonesian unless English is asked for). */
  public String message(Locale locale) {
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return texts.getString(reason.name());
  }
}
