package id.dukcapilceria.kk.workflow.audit;

import id.dukcapilceria.kk.domain.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

/**
 * The hashed fields of one audit entry, exactly as stored (enum values as their names), and their
 * canonical form. Both the writer ({@link AuditEntry}) and the verifier (reading raw rows) go
 * through this one definition.
 *
 * <p>Canonical form, version {@value #FORMAT}: the text {@code kk-audit-v1}, followed by each field
 * in the order position, at, username, role, action, subject, fromStatus, toStatus, reason,
 * dataSha256, each written as {@code "|"} and then either {@code "~"} for a null value or {@code
 * <n>:<value>} where {@code <n>} is the decimal number of UTF-8 bytes of the value. The position is
 * written in decimal; the instant as {@code <epoch seconds>.<nanoseconds, 9 digits>} (for example
 * {@code 1767225600.123000000}). Because every value is length-prefixed and null is distinct from
 * the empty string, no two different entries have the same canonical form. The entry hash is the
 * lower-case hex SHA-256 of the UTF-8 bytes of {@code canonical + previousHash}.
 */
record EntryContent(
    long position,
    Instant at,
    String username,
    String role,
    String action,
    String subject,
    String fromStatus,
    String toStatus,
    String reason,
    String dataSha256) {

  static final String FORMAT = "kk-audit-v1";

  String canonical() {
    StringBuilder text = new StringBuilder(FORMAT);
    field(text, Long.toString(position));
    field(text, at == null ? null : at.getEpochSecond() + "." + String.format(Locale.ROOT, "%09d", at.getNano()));
    field(text, username);
    field(text, role);
    field(text, action);
    field(text, subject);
    field(text, fromStatus);
    field(text, toStatus);
    field(text, reason);
    field(text, dataSha256);
    return text.toString();
  }

  /** The entry hash when chained to {@code previousHash}. */
  String hash(String previousHash) {
    return Sha256.hex(canonical() + previousHash);
  }

  private static void field(StringBuilder text, String value) {
    text.append('|');
    if (value == null) {
      text.append('~');
    } else {
      text.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
    }
  }
}
