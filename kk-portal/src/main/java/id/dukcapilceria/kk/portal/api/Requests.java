package id.dukcapilceria.kk.portal.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Reading the parts of a request that every resource shares: the body, ids, paging. */
final class Requests {

  /** Rows per page when the caller does not say, and at most. */
  static final int DEFAULT_SIZE = 20;
  static final int MAX_SIZE = 100;

  private Requests() {}

  /** The whole body (already capped by {@link BodySizeLimit}); empty when there is none. */
  static byte[] body(InputStream in) {
    if (in == null) {
      return new byte[0];
    }
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An application id from the path; anything but a positive number is an unknown application. */
  static long id(String text) {
    try {
      long id = Long.parseLong(text);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // answered below like any other unknown id
    }
    throw new ApiProblem(404, "api.problem.noSuchPermohonan", List.of(), text);
  }

  static int first(String text) {
    return number(text, "first", 0, 0, Integer.MAX_VALUE);
  }

  static int size(String text) {
    return number(text, "size", DEFAULT_SIZE, 1, MAX_SIZE);
  }

  /** A whole number query parameter between {@code min} and {@code max}, or its default when absent. */
  static int number(String text, String name, int absent, int min, int max) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new ApiProblem(400, "api.problem.badParameter",
        List.of(FieldError.of(name, "parameter.range", "api.field.range", min, max)), name);
  }
}
