package id.dukcapilceria.kk.domain.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the domain (code-list labels, validation messages) in Indonesian and English. */
public final class Messages {

  private Messages() {}

  static final String BUNDLE = "id.dukcapilceria.kk.domain.messages";
  static final Locale INDONESIAN = Locale.forLanguageTag("id");

  /** The text for {@code key} in {@code locale}; the key itself when no text exists. */
  public static String text(String key, Locale locale, Object... arguments) {
    return new MessageFormat(textOr(key, key, locale), locale).format(arguments);
  }

  /**
   * The unformatted text for {@code key}, or {@code fallback}. Without the no-fallback control a
   * lookup for Indonesian would fall through to the JVM's default locale, often English.
   */
  static String textOr(String key, String fallback, Locale locale) {
    try {
      return ResourceBundle.getBundle(BUNDLE, locale,
              ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
          .getString(key);
    } catch (MissingResourceException e) {
      return fallback;
    }
  }

  /** The text in Indonesian, the language of the service. */
  public static String text(String key, Object... arguments) {
    return text(key, INDONESIAN, arguments);
  }
}
