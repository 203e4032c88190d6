package id.dukcapilceria.kk.portal.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

  /** RFC 6238 Appendix B's SHA-1 seed, "12345678901234567890". */
  private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
  private static final String RFC_SEED_BASE32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  @ParameterizedTest(name = "T = {0}")
  @CsvSource({
    "59, 94287082",
    "1111111109, 07081804",
    "1111111111, 14050471",
    "1234567890, 89005924",
    "2000000000, 69279037",
    "20000000000, 65353130"
  })
  void theCodesOfRfc6238AppendixB(long seconds, String expected) {
    long step = Totp.stepOf(Instant.ofEpochSecond(seconds));
    assertEquals(expected, Totp.code(RFC_SEED, step, 8));
    // six digits are the same number's last six
    assertEquals(expected.substring(2), Totp.codeAt(RFC_SEED_BASE32, Instant.ofEpochSecond(seconds)));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource({"'', ''", "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
  void base32AsRfc4648WritesItWithoutPadding(String text, String encoded) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    assertEquals(encoded, Totp.base32(bytes));
    assertArrayEquals(bytes, Totp.fromBase32(encoded));
  }

  @Test
  void aSecretIsReadAsAPersonTypesIt() {
    assertArrayEquals(RFC_SEED, Totp.fromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
    assertEquals(RFC_SEED_BASE32, Totp.base32(RFC_SEED));
    assertThrows(IllegalArgumentException.class, () -> Totp.fromBase32("GEZD1NBV"), "1 is not Base32");
    String fresh = Totp.newSecret();
    assertEquals(32, fresh.length(), "160 bits");
    assertEquals(20, Totp.fromBase32(fresh).length);
  }

  @Test
  void theStepBeforeAndAfterAreAcceptedButNoOther() {
    Instant now = Instant.ofEpochSecond(1_111_111_111);
    long step = Totp.stepOf(now);
    for (long offset = -3; offset <= 3; offset++) {
      String code = Totp.code(RFC_SEED, step + offset, 6);
      OptionalLong matched = Totp.matchingStep(RFC_SEED_BASE32, code, now, 0);
      if (Math.abs(offset) <= Totp.WINDOW) {
        assertEquals(OptionalLong.of(step + offset), matched, "offset " + offset);
      } else {
        assertTrue(matched.isEmpty(), "offset " + offset);
      }
    }
  }

  @Test
  void aCodeIsGoodOnceAndNoEarlierCodeAfterIt() {
    Instant now = Instant.ofEpochSecond(1_234_567_890);
    long step = Totp.stepOf(now);
    String code = Totp.codeAt(RFC_SEED_BASE32, now);
    assertEquals(OptionalLong.of(step), Totp.matchingStep(RFC_SEED_BASE32, code, now, 0));
    assertTrue(Totp.matchingStep(RFC_SEED_BASE32, code, now, step).isEmpty(), "the same code again");
    String previous = Totp.code(RFC_SEED, step - 1, 6);
    assertTrue(Totp.matchingStep(RFC_SEED_BASE32, previous, now, step).isEmpty(), "an older code after it");
    String next = Totp.code(RFC_SEED, step + 1, 6);
    assertEquals(OptionalLong.of(step + 1), Totp.matchingStep(RFC_SEED_BASE32, next, now, step));
  }

  @Test
  void anythingButSixDigitsMatchesNothing() {
    Instant now = Instant.ofEpochSecond(59);
    assertEquals(OptionalLong.of(1), Totp.matchingStep(RFC_SEED_BASE32, "287 082", now, 0), "spaces as typed");
    for (String typed : new String[] {null, "", "28708", "2870820", "28708a", "２８７０８２", "-28708", "94287082"}) {
      assertTrue(Totp.matchingStep(RFC_SEED_BASE32, typed, now, 0).isEmpty(), String.valueOf(typed));
    }
  }

  @Test
  void theEnrolmentLinkNamesIssuerAccountAndParameters() {
    assertEquals("otpauth://totp/KK%20Digital:kasi.budi?secret=" + RFC_SEED_BASE32
        + "&issuer=KK%20Digital&algorithm=SHA1&digits=6&period=30",
        Totp.enrolmentUri("KK Digital", "kasi.budi", RFC_SEED_BASE32));
  }
}
