package id.dukcapilceria.kk.signature.bsre;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * multipart/form-data (RFC 7578) as the v1 gateway takes it: text fields and one file. Written by
 * the client, read by the simulator; a body that is not such a form is refused.
 */
final class MultipartForm {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A part: a text value or a file's bytes (with its file name). */
  record Part(byte[] content, String fileName) {
    String text() {
      return new String(content, StandardCharsets.UTF_8);
    }
  }

  private MultipartForm() {}

  static String newBoundary() {
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    return "kk-" + HexFormat.of().formatHex(random);
  }

  static byte[] encode(String boundary, Map<String, Part> parts) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    parts.forEach((name, part) -> {
      StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
          .append("Content-Disposition: form-data; name=\"").append(name).append('"');
      if (part.fileName() != null) {
        head.append("; filename=\"").append(part.fileName()).append("\"\r\nContent-Type: application/pdf");
      }
      head.append("\r\n\r\n");
      body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
      body.writeBytes(part.content());
      body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    });
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return body.toByteArray();
  }

  /**
   * The parts of a form body, by name.
   *
   * @throws IllegalArgumentException when the body is not a multipart form with this boundary
   */
  static Map<String, Part> decode(String contentType, byte[] body) {
    int at = contentType == null ? -1 : contentType.indexOf("boundary=");
    if (at < 0 || !contentType.startsWith("multipart/form-data")) {
      throw new IllegalArgumentException("not multipart/form-data");
    }
    String boundary = contentType.substring(at + 9).replace("\"", "").strip();
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
    Map<String, Part> parts = new LinkedHashMap<>();
    int position = indexOf(body, delimiter, 0);
    while (position >= 0) {
      int start = position + delimiter.length;
      if (start + 2 <= body.length && body[start] == '-' && body[start + 1] == '-') {
        return parts;
      }
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), start);
      int next = indexOf(body, delimiter, start);
      if (headersEnd < 0 || next < 0 || headersEnd > next) {
        throw new IllegalArgumentException("a part without headers");
      }
      String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
      String name = attribute(headers, "name");
      String fileName = attribute(headers, "filename");
      int contentEnd = next - 2; // the CRLF before the delimiter
      byte[] content = java.util.Arrays.copyOfRange(body, headersEnd + 4, Math.max(headersEnd + 4, contentEnd));
      if (name != null) {
        parts.put(name, new Part(content, fileName));
      }
      position = next;
    }
    throw new IllegalArgumentException("no closing delimiter");
  }

  private static String attribute(String headers, String name) {
    String key = " " + name + "=\"";
    int at = headers.indexOf(";" + key);
    if (at < 0) {
      return null;
    }
    int start = at + key.length() + 1;
    int end = headers.indexOf('"', start);
    return end < 0 ? null : headers.substring(start, end);
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
