package id.dukcapilceria.kk.portal.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes as every authenticator app makes them (RFC 6238 over RFC 4226's HOTP):
 * HMAC-SHA1, 30-second steps counted from the Unix epoch, six digits. Those are the parameters the
 * apps assume when the enrolment link names none, so they are the only ones used. Pure: the
 * caller keeps the secret and the last step used.
 */
public final class Totp {

  static final int DIGITS = 6;
  static final long STEP_SECONDS = 30;
  /** 160 bits, the HMAC-SHA1 key length RFC 4226 §4 recommends. */
  static final int SECRET_BYTES = 20;
  /**
   * Steps accepted either side of the server's: a phone's clock a little off, or a code typed as
   * it changed (RFC 6238 §5.2 recommends at most one step of delay).
   */
  static final int WINDOW = 1;

  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Totp() {}

  /** A new random secret, as Base32 (the form an authenticator app is given). */
  public static String newSecret() {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return base32(secret);
  }

  /** The time step an instant falls in. */
  public static long stepOf(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
  }

  /** The code of a step, {@code digits} long with leading zeros (RFC 4226 §5.3). */
  static String code(byte[] secret, long step, int digits) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret, "HmacSHA1"));
      byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
          | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
      int modulus = (int) Math.pow(10, digits);
      return String.format(Locale.ROOT, "%0" + digits + "d", binary % modulus);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
    }
  }

  /** The six-digit code of the step {@code at} falls in (for tests and the enrolment check). */
  public static String codeAt(String base32Secret, Instant at) {
    return code(fromBase32(base32Secret), stepOf(at), DIGITS);
  }

  /**
   * The step a typed code belongs to, if it is the code of a step within {@link #WINDOW} of now
   * and later than {@code lastUsedStep} (a code is good once: RFC 6238 §5.2). Spaces in the typed
   * code are ignored; anything but six digits matches nothing. Every step is compared in constant
   * time.
   */
  public static OptionalLong matchingStep(String base32Secret, String typed, Instant now, long lastUsedStep) {
    if (typed == null) {
      return OptionalLong.empty();
    }
    String code = typed.replace(" ", "");
    if (code.length() != DIGITS || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return OptionalLong.empty();
    }
    byte[] secret = fromBase32(base32Secret);
    long current = stepOf(now);
    long found = -1;
    for (long step = current - WINDOW; step <= current + WINDOW; step++) {
      boolean same = MessageDigest.isEqual(code(secret, step, DIGITS).getBytes(StandardCharsets.US_ASCII),
          code.getBytes(StandardCharsets.US_ASCII));
      if (same && step > lastUsedStep && found < 0) {
        found = step;
      }
    }
    return found < 0 ? OptionalLong.empty() : OptionalLong.of(found);
  }

  /**
   * The enrolment link an authenticator app reads from a QR code (the {@code otpauth://totp/}
   * format of Google Authenticator's "Key Uri Format", which the other apps follow).
   */
  public static String enrolmentUri(String issuer, String account, String base32Secret) {
    String label = encode(issuer) + ":" + encode(account);
    return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
        + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** RFC 4648 §6 Base32, without padding (as authenticator apps expect it). */
  static String base32(byte[] bytes) {
    StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
    }
    return out.toString();
  }

  /**
   * Base32 as a person may type it: case, spaces and padding ignored.
   *
   * @throws IllegalArgumentException for any other character
   */
  static byte[] fromBase32(String text) {
    String clean = text.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
    byte[] out = new byte[clean.length() * 5 / 8];
    int buffer = 0;
    int bits = 0;
    int index = 0;
    for (int i = 0; i < clean.length(); i++) {
      int value = BASE32.indexOf(clean.charAt(i));
      if (value < 0) {
        throw new IllegalArgumentException("Not a Base32 character at " + i);
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out[index++] = (byte) (buffer >> (bits - 8));
        bits -= 8;
      }
    }
    return out;
  }
}
