package id.dukcapilceria.kk.domain.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A value object refused its input. Carries a stable {@link #code()} that callers (UI, REST) can
 * map, the offending field, and a message in Indonesian (the default) or English.
 */
public class InvalidValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;
  static final String BUNDLE = "id.dukcapilceria.kk.domain.messages";
  static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private final String code;
  private final String field;
  private final transient Object[] arguments;

  public InvalidValueException(String code, String field, Object... arguments) {
    super(format(code, field, INDONESIAN, arguments));
    this.code = code;
    this.field = field;
    this.arguments = arguments.clone();
  }

  /** Stable machine-readable reason, e.g. {@code nik.length}. */
  public String code() {
    return code;
  }

  /** The field the value was meant for, e.g. {@code nik}. */
  public String field() {
    return field;
  }

  /** The message in the given language; Indonesian when no bundle matches. */
  public String message(Locale locale) {
    return format(code, field, locale, arguments);
  }

  static String format(String code, String field, Locale locale, Object... arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String fieldLabel = lookup(bundle, "field." + field, field);
    String pattern = lookup(bundle, code, code);
    Object[] all = new Object[arguments.length + 1];
    all[0] = fieldLabel;
    System.arraycopy(arguments, 0, all, 1, arguments.length);
    return new MessageFormat(pattern, locale).format(all);
  }

  private static String lookup(ResourceBundle bundle, String key, String fallback) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return fallback;
    }
  }
}
