package id.dukcapilceria.kk.portal.api;

import id.dukcapilceria.kk.portal.text.PortalTexts;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * Builds {@code application/problem+json} answers (RFC 9457): {@code type}, {@code title},
 * {@code status}, {@code detail}, {@code instance}, and {@code errors} ({@code field}, {@code code},
 * {@code message}) for what was wrong. Never a stack trace or a class name.
 */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final Locale INDONESIAN = Locale.forLanguageTag("id");
  private static final Locale ENGLISH = Locale.ENGLISH;

  private Problems() {}

  /**
   * Indonesian unless the caller prefers English ({@code Accept-Language: en}); other languages
   * get Indonesian, the portal's own language.
   */
  public static Locale locale(HttpHeaders headers) {
    return headers == null ? INDONESIAN : locale(headers.getAcceptableLanguages());
  }

  /** As {@link #locale(HttpHeaders)}, from the languages of {@code Accept-Language} in order. */
  public static Locale locale(List<Locale> wanted) {
    for (Locale locale : wanted) {
      if (locale.getLanguage().equals("en")) {
        return ENGLISH;
      }
      if (locale.getLanguage().equals("id") || locale.getLanguage().equals("in")) {
        return INDONESIAN;
      }
    }
    return INDONESIAN;
  }

  /** The short title of a status, from the bundle ({@code api.title.404}). */
  static String title(int status, Locale locale) {
    String key = "api.title." + status;
    String title = PortalTexts.in(locale, key);
    return title.equals(key) ? Response.Status.fromStatusCode(status) == null
        ? "Error " + status : Response.Status.fromStatusCode(status).getReasonPhrase() : title;
  }

  public static Response response(int status, String slug, String detail, String instance,
      List<FieldError> errors, Locale locale) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (FieldError error : errors) {
      list.add(Json.createObjectBuilder()
          .add("field", error.field() == null ? "" : error.field())
          .add("code", error.code() == null ? "" : error.code())
          .add("message", error.message().apply(locale)));
    }
    JsonObjectBuilder json = Json.createObjectBuilder()
        .add("type", "urn:dukcapilceria:kk:problem:" + slug)
        .add("title", title(status, locale))
        .add("status", status)
        .add("detail", detail)
        .add("errors", list);
    if (instance != null) {
      json.add("instance", instance);
    }
    return Response.status(status)
        .type(MEDIA_TYPE + ";charset=UTF-8")
        .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .entity(json.build().toString())
        .build();
  }

  /** A problem whose detail is a key of the portal's bundle. */
  public static Response of(int status, String slug, String key, String instance, List<FieldError> errors,
      Locale locale, Object... arguments) {
    return response(status, slug, PortalTexts.in(locale, key, arguments), instance, errors, locale);
  }
}
