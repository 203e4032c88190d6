package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.portal.permohonan.Refusals;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Optional;
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
      if (cause instanceof FormErrors form) {
        return form.getMessage();
      }
    }
    Optional<String> refusal = Refusals.explain(e, locale);
    if (refusal.isPresent()) {
      return refusal.get();
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
