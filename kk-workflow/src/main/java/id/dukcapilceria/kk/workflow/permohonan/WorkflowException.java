package id.dukcapilceria.kk.workflow.permohonan;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A step was refused: wrong role, wrong status, another nagari, a missing reason or a failed guard.
 * The message says which step and why, in Indonesian by default.
 */
public class WorkflowException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final String BUNDLE = "id.dukcapilceria.kk.workflow.messages";

  private final String code;
  private final transient Object[] arguments;

  public WorkflowException(String code, Object... arguments) {
    super(format(code, Locale.forLanguageTag("id"), arguments));
    this.code = code;
    this.arguments = arguments.clone();
  }

  public String code() {
    return code;
  }

  public String message(Locale locale) {
    return format(code, locale, arguments);
  }

  static String format(String code, Locale locale, Object... arguments) {
    try {
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              BUNDLE,
              locale,
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      return new MessageFormat(bundle.getString(code), locale).format(arguments);
    } catch (MissingResourceException e) {
      return code;
    }
  }
}
