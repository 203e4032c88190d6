package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.portal.text.PortalTexts;
import java.util.Locale;

/** The portal's own texts for a page, in the reader's language ({@link UserFeedback#locale()}). */
public final class Texts {

  private Texts() {}

  public static String get(String key, Object... arguments) {
    return in(UserFeedback.locale(), key, arguments);
  }

  public static String in(Locale locale, String key, Object... arguments) {
    return PortalTexts.in(locale, key, arguments);
  }
}
