package id.dukcapilceria.kk.portal.api;

import id.dukcapilceria.kk.portal.text.PortalTexts;
import java.util.Locale;
import java.util.function.Function;

/**
 * One thing that was wrong in a request: where (a path into the JSON body or a parameter name),
 * a stable code for programs, and a message for people in the caller's language.
 */
public record FieldError(String field, String code, Function<Locale, String> message) {

  /** A field error whose message is a key of the portal's bundle. */
  public static FieldError of(String field, String code, String key, Object... arguments) {
    Object[] copy = arguments.clone();
    return new FieldError(field, code, locale -> PortalTexts.in(locale, key, copy));
  }
}
