package id.dukcapilceria.kk.workflow.audit;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of the audit chain at one moment, to be kept outside the database (time-stamped by
 * kk-signature's services and written to a folder of its own): a later verification checks that
 * the entry at {@code position} still has {@code hash}. Someone who rewrites an old entry and
 * recomputes every later hash and the head, which the chain alone cannot notice, changes that
 * entry's hash; someone who deletes the newest entries removes the sealed position.
 */
public record AuditSeal(long position, String hash) {

  static final String FORMAT = "kk-audit-seal-v1";
  private static final Pattern TEXT =
      Pattern.compile(FORMAT + "\nposition=(\\d{1,18})\nhash=([0-9a-f]{64})\n");

  public AuditSeal {
    if (position < 0) {
      throw new IllegalArgumentException("position must not be negative: " + position);
    }
    if (hash == null || !hash.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("hash must be 64 lower-case hex digits");
    }
  }

  /** The bytes that are time-stamped and kept: a fixed, line-based form. */
  public byte[] content() {
    return (FORMAT + "\nposition=" + position + "\nhash=" + hash + "\n").getBytes(StandardCharsets.US_ASCII);
  }

  /** A seal read back from its {@link #content()}; refused if it is anything else. */
  public static AuditSeal parse(byte[] content) {
    Matcher text = TEXT.matcher(new String(content, StandardCharsets.US_ASCII));
    if (!text.matches()) {
      throw new IllegalArgumentException("Not an audit seal");
    }
    return new AuditSeal(Long.parseLong(text.group(1)), text.group(2));
  }
}
