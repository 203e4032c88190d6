package id.dukcapilceria.kk.domain.kontak;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
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

  /**
   * The language a person chose, as typed or sent: {@code id} or {@code en}; nothing chosen is
   * Indonesian; anything else is refused.
   */
  public static MessageLanguage chosen(String tag) {
    if (tag == null || tag.isBlank()) {
      return INDONESIAN;
    }
    for (MessageLanguage language : values()) {
      if (language.tag().equals(tag.strip())) {
        return language;
      }
    }
    throw new InvalidValueException("bahasa.unknown", "bahasa", tag.length() > 10 ? tag.substring(0, 10) : tag);
  }

  /** A stored tag: {@code en} (any case, any region) is English; anything else, and nothing, is Indonesian. */
  public static MessageLanguage ofTag(String tag) {
    return tag != null && tag.strip().toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : INDONESIAN;
  }
}
