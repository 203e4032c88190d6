package id.dukcapilceria.kk.portal.permohonan;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import id.dukcapilceria.kk.portal.security.PassphraseAttempts;
import id.dukcapilceria.kk.portal.text.PortalRefusal;
import id.dukcapilceria.kk.portal.text.PortalTexts;
import id.dukcapilceria.kk.signature.authority.SigningRefusal;
import id.dukcapilceria.kk.workflow.permohonan.WorkflowException;
import jakarta.persistence.OptimisticLockException;
import java.util.Locale;
import java.util.Optional;

/**
 * What an officer reads about a step that was refused, in their language: the domain, the
 * workflow and the signing authority explain in their own words. For the pages and for the API's
 * batch signatures, whose cards are refused one by one in the background.
 */
public final class Refusals {

  private Refusals() {}

  /** The explanation of the first refusal in {@code e}'s causes; empty when none is one we know. */
  public static Optional<String> explain(Throwable e, Locale locale) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof WorkflowException refused) {
        return Optional.of(refused.message(locale));
      }
      if (cause instanceof InvalidValueException invalid) {
        return Optional.of(invalid.message(locale));
      }
      if (cause instanceof SigningRefusal refusal) {
        return Optional.of(refusal.reason() == SigningRefusal.Reason.WRONG_AUTHORISATION
            ? PortalTexts.in(locale, "error.passphrase") : refusal.message(locale));
      }
      if (cause instanceof PassphraseAttempts.PassphraseWaitException wait) {
        return Optional.of(PortalTexts.in(locale, "error.passphraseWait", wait.seconds()));
      }
      if (cause instanceof OptimisticLockException) {
        return Optional.of(PortalTexts.in(locale, "error.concurrent"));
      }
      if (cause instanceof PortalRefusal refused) {
        return Optional.of(PortalTexts.in(locale, refused.key(), refused.arguments()));
      }
    }
    return Optional.empty();
  }
}
