package id.dukcapilceria.kk.domain.kartukeluarga;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import java.util.Locale;

/** Normalisation of the free-text fields of a card. */
final class Texts {

  /** Compiled once: every name and printed text read from the database passes through here. */
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private Texts() {}

  /** Trimmed, runs of white space made one space, upper case; null reads as empty. */
  static String singleSpacedUpperCase(String text) {
    return text == null ? "" : SPACES.matcher(text.strip()).replaceAll(" ").toUpperCase(Locale.ROOT);
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** Free text printed on the card: single spaces, upper case, at most {@code max} characters. */
  static String printed(String text, String field, int max) {
    String value = singleSpacedUpperCase(text);
    if (value.isEmpty()) {
      throw new InvalidValueException("value.required", field);
    }
    if (value.length() > max) {
      throw new InvalidValueException("value.tooLong", field, max);
    }
    return value;
  }

  /** A document number: letters, digits and / . - only, upper case; empty means none. */
  static String documentNumber(String text, String field, int max) {
    String value = blankToNull(text);
    if (value == null) {
      return null;
    }
    value = value.toUpperCase(Locale.ROOT);
    if (value.length() > max) {
      throw new InvalidValueException("value.tooLong", field, max);
    }
    if (!value.matches("[A-Z0-9/.\\- ]+")) {
      throw new InvalidValueException("dokumen.characters", field);
    }
    return value;
  }
}
