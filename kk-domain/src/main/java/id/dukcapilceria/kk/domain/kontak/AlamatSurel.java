package id.dukcapilceria.kk.domain.kontak;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address a message can be delivered to: the everyday form of RFC 5321 (a local part of
 * letters, digits and {@code . _ % + -}, an {@code @}, and a domain of at least two labels). Quoted
 * local parts, comments and address literals are legal in the RFC but refused here: a nagari
 * operator types an address a citizen reads out, and such forms are far likelier a typing mistake
 * than a real mailbox. The domain is kept in lower case; the local part as typed.
 */
public record AlamatSurel(String value) implements Serializable {

  /** RFC 5321 §4.5.3.1.3: a path holds at most 256 octets, so an address at most 254. */
  public static final int MAX_LENGTH = 254;
  private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9_%+-]+(\\.[A-Za-z0-9_%+-]+)*");
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  public AlamatSurel {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException("value.required", "surel");
    }
    if (value.length() > MAX_LENGTH + 40) {
      throw new InvalidValueException("value.tooLong", "surel", MAX_LENGTH);
    }
    value = value.strip();
    if (value.length() > MAX_LENGTH) {
      throw new InvalidValueException("value.tooLong", "surel", MAX_LENGTH);
    }
    int at = value.lastIndexOf('@');
    if (at <= 0 || at == value.length() - 1) {
      throw new InvalidValueException("surel.form", "surel");
    }
    String local = value.substring(0, at);
    String domain = value.substring(at + 1).toLowerCase(Locale.ROOT);
    // RFC 5321 §4.5.3.1.1: a local part of at most 64 octets
    if (local.length() > 64 || !LOCAL.matcher(local).matches()) {
      throw new InvalidValueException("surel.form", "surel");
    }
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      throw new InvalidValueException("surel.domain", "surel");
    }
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        throw new InvalidValueException("surel.domain", "surel");
      }
    }
    if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
      throw new InvalidValueException("surel.domain", "surel");
    }
    value = local + "@" + domain;
  }

  public static AlamatSurel of(String text) {
    return new AlamatSurel(text);
  }

  /** The address as an officer or a log may see it: the first letter and the domain. */
  public String masked() {
    int at = value.indexOf('@');
    return value.charAt(0) + "***" + value.substring(at);
  }

  @Override
  public String toString() {
    return masked();
  }
}
