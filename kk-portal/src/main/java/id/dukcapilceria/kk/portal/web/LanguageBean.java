package id.dukcapilceria.kk.portal.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the portal: Bahasa Indonesia unless the user switches to English. The browser's
 * language is deliberately not followed: many office computers run an English browser, and the
 * service language is Indonesian.
 */
@Named("language")
@SessionScoped
public class LanguageBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private Locale locale = Locale.forLanguageTag("id");

  public Locale getLocale() {
    return locale;
  }

  public String getCode() {
    return locale.getLanguage();
  }

  public void useIndonesian() {
    locale = Locale.forLanguageTag("id");
  }

  public void useEnglish() {
    locale = Locale.ENGLISH;
  }
}
