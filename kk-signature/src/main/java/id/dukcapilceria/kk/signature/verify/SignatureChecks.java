package id.dukcapilceria.kk.signature.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What the verification found for the deciding signature, check by check, so a recipient can see
 * why a result is what it is.
 *
 * @param integrity the signed bytes are unchanged and the cryptographic signature is valid
 * @param chainTrusted the signing certificate chains to a trusted root
 * @param revocation GOOD, REVOKED or UNKNOWN (no revocation data for the signing certificate)
 * @param modifiedAfterSigning DSS found changes to the PDF after it was signed beyond adding
 *     validation data or time-stamps (its page and object comparison ran)
 */
public record SignatureChecks(boolean integrity, boolean chainTrusted, String revocation, boolean modifiedAfterSigning) {

  static final SignatureChecks NONE = new SignatureChecks(false, false, "UNKNOWN", false);
  private static final String BUNDLE = "id.dukcapilceria.kk.signature.messages";

  /** One sentence per check, in the given language (Indonesian unless English is asked for). */
  public List<String> reasons(Locale locale) {
    List<String> reasons = new ArrayList<>();
    reasons.add(text(integrity ? "check.integrity.ok" : "check.integrity.failed", locale));
    reasons.add(text(chainTrusted ? "check.chain.ok" : "check.chain.untrusted", locale));
    reasons.add(text("check.revocation." + revocation, locale));
    reasons.add(text(modifiedAfterSigning ? "check.modified" : "check.unmodified", locale));
    return reasons;
  }

  private static String text(String key, Locale locale) {
    try {
      return ResourceBundle.getBundle(BUNDLE, locale,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
