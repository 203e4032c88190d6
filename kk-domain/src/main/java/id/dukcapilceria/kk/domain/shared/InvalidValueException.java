package id.dukcapilceria.kk.domain.shared;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * A value object refused its input. Carries a stable {@link #code()} that callers (UI, REST) can
 * map, the offending field, and a message in Indonesian (the default) or English.
 */
public class InvalidValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final String field;
  private final transient Object[] arguments;

  public InvalidValueException(String code, String field, Object... arguments) {
    super(format(code, field, Messages.INDONESIAN, arguments));
    this.code = code;
    this.field = field;
    this.arguments = arguments.clone();
  }

  /** The same refusal of the same value, meant for another field (a parent's NIK read as a NIK). */
  public InvalidValueException about(String otherField) {
    return new InvalidValueException(code, otherField, arguments);
  }

  /** Stable machine-readable reason, e.g. {@code nik.length}. */
  public String code() {
    return code;
  }

  /** The field the value was meant for, e.g. {@code nik}. */
  public String field() {
    return field;
  }

  /** The message in the given language; Indonesian when no bundle matches. */
  public String message(Locale locale) {
    return format(code, field, locale, arguments);
  }

  static String format(String code, String field, Locale locale, Object... arguments) {
    Object[] all = new Object[arguments.length + 1];
    all[0] = Messages.textOr("field." + field, field, locale);
    System.arraycopy(arguments, 0, all, 1, arguments.length);
    return new MessageFormat(Messages.textOr(code, code, locale), locale).format(all);
  }
}
