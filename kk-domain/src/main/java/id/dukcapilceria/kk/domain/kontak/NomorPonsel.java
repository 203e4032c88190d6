package id.dukcapilceria.kk.domain.kontak;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import java.io.Serializable;

/**
 * An Indonesian mobile number, for WhatsApp or SMS, kept in international form ({@code +628…}).
 * Typed as {@code 0812-3456-7890}, {@code +62 812 3456 7890} or {@code 62812…}; spaces, dots,
 * dashes and brackets are ignored. A mobile number here is {@code 8} followed by 8 to 11 digits
 * after the country code: the form numbers of the Indonesian operators take today (docs/domain.md
 * §6.2 says what this rests on and that it is not checked against the numbering plan). Fixed lines
 * are refused because they receive neither WhatsApp nor SMS.
 */
public record NomorPonsel(String value) implements Serializable {

  private static final int MAX_TYPED = 30;

  public NomorPonsel {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException("value.required", "ponsel");
    }
    if (value.length() > MAX_TYPED) {
      throw new InvalidValueException("value.tooLong", "ponsel", MAX_TYPED);
    }
    String typed = value.strip();
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < typed.length(); i++) {
      char c = typed.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (!(c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || (c == '+' && i == 0))) {
        throw new InvalidValueException("ponsel.form", "ponsel");
      }
    }
    String national;
    if (typed.startsWith("+")) {
      if (!digits.toString().startsWith("62")) {
        throw new InvalidValueException("ponsel.country", "ponsel");
      }
      national = digits.substring(2);
    } else if (digits.toString().startsWith("62")) {
      national = digits.substring(2);
    } else if (digits.toString().startsWith("0")) {
      national = digits.substring(1);
    } else {
      throw new InvalidValueException("ponsel.form", "ponsel");
    }
    if (!national.startsWith("8")) {
      throw new InvalidValueException("ponsel.mobile", "ponsel");
    }
    if (national.length() < 9 || national.length() > 12) {
      throw new InvalidValueException("ponsel.length", "ponsel");
    }
    value = "+62" + national;
  }

  public static NomorPonsel of(String text) {
    return new NomorPonsel(text);
  }

  /** The number as an officer or a log may see it: the operator prefix and the last three digits. */
  public String masked() {
    return value.substring(0, 6) + "*".repeat(value.length() - 9) + value.substring(value.length() - 3);
  }

  @Override
  public String toString() {
    return masked();
  }
}
