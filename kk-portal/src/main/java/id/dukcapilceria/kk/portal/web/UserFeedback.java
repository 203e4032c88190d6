package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import id.dukcapilceria.kk.signature.authority.SigningRefusal;
import id.dukcapilceria.kk.workflow.permohonan.WorkflowException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a user's action and turns the outcome into a message the operator understands: the domain
 * and workflow explain refusals in their own words; anything unexpected is logged with an incident
 * number and shown without a stack trace.
 */
public final class UserFeedback {

  private static final Logger LOG = Logger.getLogger(UserFeedback.class.getName());

  private UserFeedback() {}

  /** Runs {@code action}; on success shows {@code success}. Returns whether it succeeded. */
  public static boolean attempt(Runnable action, String success) {
    try {
      action.run();
      info(success);
      return true;
    } catch (RuntimeException e) {
      error(explain(e));
      return false;
    }
  }

  public static String explain(RuntimeException e) {
    return explain(e, locale());
  }

  /** As {@link #explain(RuntimeException)}, outside a page request (e.g. a background batch). */
  public static String explain(RuntimeException e, Locale locale) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof WorkflowException refused) {
        return refused.message(locale);
      }
      if (cause instanceof InvalidValueException invalid) {
        return invalid.message(locale);
      }
      if (cause instanceof SigningRefusal refusal) {
        return refusal.reason() == SigningRefusal.Reason.WRONG_AUTHORISATION
            ? Texts.in(locale, "error.passphrase") : refusal.message(locale);
      }
      if (cause instanceof id.dukcapilceria.kk.portal.security.PassphraseAttempts.PassphraseWaitException wait) {
        return Texts.in(locale, "error.passphraseWait", wait.seconds());
      }
      if (cause instanceof OptimisticLockException) {
        return Texts.in(locale, "error.concurrent");
      }
      if (cause instanceof id.dukcapilceria.kk.portal.text.PortalRefusal refused) {
        return Texts.in(locale, refused.key(), refused.arguments());
      }
      if (cause instanceof FormErrors form) {
        return form.getMessage();
      }
    }
    String incident = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "Incident " + incident, e);
    return Texts.in(locale, "error.unexpected", incident);
  }

  public static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  public static void warn(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
  }

  public static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    FacesContext.getCurrentInstance().validationFailed();
  }

  public static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces != null && faces.getViewRoot() != null
        ? faces.getViewRoot().getLocale()
        : Locale.forLanguageTag("id");
  }
}
