package id.dukcapilceria.kk.portal.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's own texts ({@code id/dukcapilceria/kk/portal/messages*.properties}) in a given
 * language: for the pages ({@code web.Texts}, which knows the reader's language) and for what
 * answers without a page (the REST API's problems).
 */
public final class PortalTexts {

  public static final String BUNDLE = "id.dukcapilceria.kk.portal.messages";

  private PortalTexts() {}

  /** The text of {@code key} in {@code locale} (the key itself when there is none). */
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
