package id.dukcapilceria.kk.domain.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the domain (code-list labels, validation messages) in Indonesian and English. */
public final class Messages {

  private Messages() {}

  /** The text for {@code key} in {@code locale}; the key itself when no text exists. */
  public static String text(String key, Locale locale, Object... arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            InvalidValueException.BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    try {
      return new MessageFormat(bundle.getString(key), locale).format(arguments);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** The text in Indonesian, the language of the service. */
  public static String text(String key, Object... arguments) {
    return text(key, InvalidValueException.INDONESIAN, arguments);
  }
}
