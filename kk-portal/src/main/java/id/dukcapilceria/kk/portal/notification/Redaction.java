package id.dukcapilceria.kk.portal.notification;

import java.util.regex.Pattern;

/**
 * A channel's error as the administrator may read it: the server's answer without the addresses
 * and numbers it may quote (the administrator reads no personal data), one line, short.
 */
final class Redaction {

  private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"']+@[^\\s<>\"']+");
  private static final Pattern NUMBER = Pattern.compile("\\+?\\d[\\d \\-]{7,}\\d");
  private static final int MAX = 200;

  private Redaction() {}

  static String of(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    if (root != error) {
      text += " (" + root.getClass().getSimpleName() + ")";
    }
    return of(text);
  }

  static String of(String text) {
    String line = text.replaceAll("[\\r\\n\\t]+", " ").strip();
    line = NUMBER.matcher(ADDRESS.matcher(line).replaceAll("[alamat]")).replaceAll("[nomor]");
    return line.length() <= MAX ? line : line.substring(0, MAX);
  }
}
