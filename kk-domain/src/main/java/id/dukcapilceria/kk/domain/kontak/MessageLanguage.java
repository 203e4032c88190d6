package id.dukcapilceria.kk.domain.kontak;

import java.util.Locale;

/** The language a person's messages are written in: Indonesian unless English is chosen. */
public enum MessageLanguage {
  INDONESIAN(Locale.forLanguageTag("id")),
  ENGLISH(Locale.ENGLISH);

  private final Locale locale;

  MessageLanguage(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  /** The language tag as stored and sent: {@code id} or {@code en}. */
  public String tag() {
    return locale.getLanguage();
  }

  /** {@code en} (any case, any region) is English; anything else, and nothing, is Indonesian. */
  public static MessageLanguage ofTag(String tag) {
    return tag != null && tag.strip().toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : INDONESIAN;
  }
}
