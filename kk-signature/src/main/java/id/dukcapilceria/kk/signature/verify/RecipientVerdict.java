package id.dukcapilceria.kk.signature.verify;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What a recipient of a KK (a bank, a school, a court) is told in one colour: green when the card
 * is genuine and the family's current card, yellow when it is genuine but no longer the current
 * card (or genuine but not in this office's register), red when it cannot be relied on. The
 * ETSI indication alone is not enough for them: a correctly signed card that has been replaced by
 * a newer one must not pass as current.
 */
public enum RecipientVerdict {
  /** TOTAL_PASSED and the card is this office's active card for the family. */
  VALID_ACTIVE(Colour.GREEN),
  /** TOTAL_PASSED, but a newer KK has been issued for the family since. */
  VALID_SUPERSEDED(Colour.YELLOW),
  /**
   * TOTAL_PASSED, but the file is not a card this office issued (for example issued by another
   * regency, or a verifier without a register): the signature is sound, the status unknown.
   */
  VALID_UNREGISTERED(Colour.YELLOW),
  /**
   * The signed revision is sound, but the file was changed after signing beyond validation data
   * (DSS's page and object comparison found a difference): what a reader sees on screen is not
   * what was signed. DSS's default policy only warns about visual changes; a recipient must not
   * be told that such a card is valid.
   */
  CHANGED_AFTER_SIGNING(Colour.RED),
  /** TOTAL_FAILED, INDETERMINATE or no signature at all. */
  NOT_VALID(Colour.RED);

  /** The three colours of the public verification page. */
  public enum Colour { GREEN, YELLOW, RED }

  private static final String BUNDLE = "id.dukcapilceria.kk.signature.messages";

  private final Colour colour;

  RecipientVerdict(Colour colour) {
    this.colour = colour;
  }

  public Colour colour() {
    return colour;
  }

  public static RecipientVerdict of(VerificationReport report) {
    if (report.indication() != Indication.TOTAL_PASSED) {
      return NOT_VALID;
    }
    if (report.checks().modifiedAfterSigning()) {
      return CHANGED_AFTER_SIGNING;
    }
    if (report.issued() == null) {
      return VALID_UNREGISTERED;
    }
    return report.issued().active() ? VALID_ACTIVE : VALID_SUPERSEDED;
  }

  /** One sentence for the recipient, Indonesian unless English is asked for. */
  public String sentence(Locale locale) {
    return text("verdict." + name(), locale);
  }

  /**
   * Why a signature did not pass, in plain words, from the ETSI sub-indication (EN 319 102-1
   * §5.1.3); a sub-indication without its own sentence gets a general one naming it.
   */
  public static String explainSubIndication(String subIndication, Locale locale) {
    if (subIndication == null || subIndication.isBlank()) {
      return "";
    }
    String known = text("subindication." + subIndication, locale);
    return known.startsWith("subindication.")
        ? String.format(locale, text("subindication.other", locale), subIndication)
        : known;
  }

  static String text(String key, Locale locale) {
    try {
      return ResourceBundle.getBundle(BUNDLE, locale,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
