package id.dukcapilceria.kk.domain.validasi;

import id.dukcapilceria.kk.domain.shared.Messages;
import java.util.Locale;

/**
 * One broken rule of a card: a stable code, the field path (e.g. {@code members[2].nik}), a
 * severity and the message arguments. Messages come from the domain bundle in Indonesian and
 * English.
 */
public record Violation(String code, String path, Severity severity, Object... arguments) {

  /** ERROR blocks submission; WARNING needs the operator's acknowledgement. */
  public enum Severity {
    ERROR,
    WARNING
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  public String message(Locale locale) {
    return Messages.text(code, locale, arguments);
  }

  public String message() {
    return Messages.text(code, arguments);
  }
}
