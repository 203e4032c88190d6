package id.dukcapilceria.kk.workflow.permohonan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrackingCodeTest {

  @Test
  void aCodeHasEightCharactersOfTheAlphabetInTwoGroups() {
    SecureRandom random = new SecureRandom();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      String printed = TrackingCode.random(random).toString();
      assertTrue(printed.matches("[ABCDEFGHJKMNPQRSTVWXYZ2-9]{4}-[ABCDEFGHJKMNPQRSTVWXYZ2-9]{4}"), printed);
      seen.add(printed);
    }
    assertEquals(2_000, seen.size(), "2,000 codes drawn from 30^8 repeat none");
  }

  @Test
  void theAlphabetHasNoLookAlikes() {
    for (char lookAlike : "0O1ILU".toCharArray()) {
      assertEquals(-1, TrackingCode.ALPHABET.indexOf(lookAlike), String.valueOf(lookAlike));
    }
    assertEquals(30, TrackingCode.ALPHABET.chars().distinct().count());
  }

  @Test
  void typedCodesIgnoreCaseSpacesAndHyphens() {
    TrackingCode code = TrackingCode.random(new Random(7));
    String printed = code.toString();
    assertEquals(Optional.of(code), TrackingCode.parse(printed));
    assertEquals(Optional.of(code), TrackingCode.parse(printed.toLowerCase().replace("-", " ")));
    assertEquals(Optional.of(code), TrackingCode.parse(" " + printed.replace("-", "") + " "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ABCD-EFG", "ABCD-EFGHJ", "ABCD-EFG0", "ABCD-EFGI", "ABCD-EFG!", "ABCDEFGH ABCDEFGH",
      "                                          ABCDEFGH"})
  void anythingElseIsNotACode(String typed) {
    assertEquals(Optional.empty(), TrackingCode.parse(typed));
  }

  @Test
  void nullIsNotACode() {
    assertEquals(Optional.empty(), TrackingCode.parse(null));
  }

  @Test
  void theHashBindsTheCodeToItsApplication() {
    TrackingCode code = TrackingCode.parse("K7QM-3XHP").orElseThrow();
    String kept = code.sha256For("PMH-2026-00001");
    assertEquals(64, kept.length());
    assertTrue(code.matches("PMH-2026-00001", kept));
    assertFalse(code.matches("PMH-2026-00002", kept), "the same code for another number");
    assertFalse(TrackingCode.parse("K7QM-3XHQ").orElseThrow().matches("PMH-2026-00001", kept), "another code");
    assertFalse(code.matches("PMH-2026-00001", null), "an application without a code");
    assertNotEquals(kept, TrackingCode.parse("K7QM-3XHQ").orElseThrow().sha256For("PMH-2026-00001"));
  }
}
