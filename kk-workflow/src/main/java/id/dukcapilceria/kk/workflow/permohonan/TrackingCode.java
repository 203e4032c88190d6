package id.dukcapilceria.kk.workflow.permohonan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The kode lacak printed on the citizen's tanda terima: with the application number, it opens the
 * public status page. Eight characters, shown as two groups of four ({@code K7QM-3XHP}), drawn at
 * random from letters and digits that cannot be mistaken for one another when read aloud, written
 * by hand or typed: no {@code 0 O 1 I L U}. 30 to the power of 8 is about 6.6 × 10<sup>11</sup>
 * codes; the public rate limit allows 20 guesses a minute per address. The application keeps only
 * a hash of the code with its number ({@link #sha256For}), so a reader of the database cannot
 * look up a citizen's application with it.
 */
public final class TrackingCode {

  /** The alphabet: A–Z and 2–9 without the look-alikes. */
  static final String ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
  public static final int LENGTH = 8;

  private final String value;

  private TrackingCode(String value) {
    this.value = value;
  }

  /** A new code from {@code random}, which must be a cryptographically strong generator. */
  public static TrackingCode random(RandomGenerator random) {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return new TrackingCode(code.toString());
  }

  /**
   * The code as a citizen typed it: case, spaces and hyphens do not matter. Empty for anything
   * that cannot be a code (another length, a character outside the alphabet), so that the caller
   * can say so before looking anything up. At most 40 characters are looked at.
   */
  public static Optional<TrackingCode> parse(String typed) {
    if (typed == null || typed.length() > 40) {
      return Optional.empty();
    }
    StringBuilder code = new StringBuilder(LENGTH);
    for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
      if (c == ' ' || c == '-') {
        continue;
      }
      if (ALPHABET.indexOf(c) < 0 || code.length() == LENGTH) {
        return Optional.empty();
      }
      code.append(c);
    }
    return code.length() == LENGTH ? Optional.of(new TrackingCode(code.toString())) : Optional.empty();
  }

  /** The hash an application keeps: SHA-256 of its number and the code, hex. */
  public String sha256For(String nomor) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest((nomor + ":" + value).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /**
   * Whether this is the code whose hash an application numbered {@code nomor} keeps ({@code
   * keptSha256}, null when it has none). Compared in constant time.
   */
  public boolean matches(String nomor, String keptSha256) {
    byte[] given = sha256For(nomor).getBytes(StandardCharsets.US_ASCII);
    byte[] kept = (keptSha256 == null ? "" : keptSha256).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(given, kept) && keptSha256 != null;
  }

  /** As printed and read aloud: {@code K7QM-3XHP}. */
  @Override
  public String toString() {
    return value.substring(0, 4) + "-" + value.substring(4);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TrackingCode code && code.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
