package id.dukcapilceria.kk.portal.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The portal's own texts (id/dukcapilceria/kk/portal/messages*.properties) for Java code. */
public final class Texts {

  static final String BUNDLE = "id.dukcapilceria.kk.portal.messages";

  private Texts() {}

  public static String get(String key, Object... arguments) {
    return in(UserFeedback.locale(), key, arguments);
  }

  public static String in(Locale locale, String key, Object... arguments) {
    try {
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              BUNDLE,
              locale,
              Thread.currentThread().getContextClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
      return new MessageFormat(bundle.getString(key), locale).format(arguments);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
