package id.dukcapilceria.kk.domain.kartukeluarga;

import id.dukcapilceria.kk.domain.shared.Messages;
import java.util.Locale;

/**
 * One broken rule of a card: a stable code, the field path (e.g. {@code anggota[2].nik}), a
 * severity and the message arguments.
 */
public record Violation(String code, String path, Severity severity, Object... arguments) {

  /** ERROR blocks submission; WARNING needs the operator's acknowledgement. */
  public enum Severity {
    ERROR,
    WARNING
  }

  static Violation error(String code, String path, Object... arguments) {
    return new Violation(code, path, Severity.ERROR, arguments);
  }

  public String message(Locale locale) {
    return Messages.text(code, locale, arguments);
  }

  public String message() {
    return Messages.text(code, arguments);
  }
}
