package id.dukcapilceria.kk.domain.kartukeluarga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Titles, initials and watched words (Permendagri 73/2022; docs/domain.md §1.3). */
class NameRulesTest {

  private static final NameRules RULES = NameRules.standard();

  private static List<String> codes(NameRules rules, String name) {
    return rules.warnings(NamaLengkap.of(name)).stream().map(NameRules.Warning::code).toList();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"H. ABDUL RAHMAN, S.PD.", "DR. IR. H. M. NATSIR, M.SI.", "Hj. Siti Aminah, S.E., M.M.",
      "Prof. Dr. Ir. Budi Santoso", "Budi Santoso S.H.", "TGK. MUHAMMAD DAUD", "CUT NYAK DHIEN", "KH. AHMAD DAHLAN",
      "RINA MARLINA, A.MD.KEB", "ANDI SETIAWAN"})
  void titlesBeforeAndAfterTheNameDrawNoWarning(String name) {
    assertEquals(List.of(), codes(RULES, name), name);
  }

  @Test
  void aNameIsTakenApartIntoItsTitlesAndItself() {
    assertEquals(new NameRules.Parts(List.of("DR.", "IR.", "H."), "M. NATSIR", List.of("M.SI.")),
        RULES.parts(NamaLengkap.of("dr. ir. h. m. natsir, m.si.")));
    assertEquals(new NameRules.Parts(List.of(), "BUDI SANTOSO", List.of("S.H.", "M.H.")),
        RULES.parts(NamaLengkap.of("Budi Santoso, S.H., M.H.")));
    // a comma before words that are not all titles is part of the name, and warned about
    assertEquals(new NameRules.Parts(List.of(), "SANTOSO, BUDI", List.of()), RULES.parts(NamaLengkap.of("Santoso, Budi")));
    assertEquals(List.of("nama.punctuation"), codes(RULES, "Santoso, Budi"));
    // titles alone leave the last word as the name
    assertEquals("DRS", RULES.parts(NamaLengkap.of("H. DRS")).name());
  }

  @Test
  void thePunctuationRuleAppliesToTheNameItselfAndInitialsAreNoPunctuation() {
    assertEquals(List.of("nama.punctuation"), codes(RULES, "H. NUR'AINI PUTRI, S.PD."));
    assertEquals(List.of("nama.punctuation"), codes(RULES, "SITI-AMINAH PUTRI"));
    assertEquals(List.of(), codes(RULES, "M. YUSUF"));
    assertEquals(List.of("nama.singleWord", "nama.punctuation"), codes(RULES, "M.YUSUF"));
    assertEquals(List.of("nama.singleWord"), codes(RULES, "H. SUKARNO"), "the title is no word of the name");
  }

  @Test
  void aWatchedWordIsAWarningForTheReviewerNeverARefusal() {
    List<NameRules.Warning> warnings = RULES.warnings(NamaLengkap.of("SETAN MERAH"));
    assertEquals(List.of(new NameRules.Warning("nama.watchedWord", "SETAN")), warnings);
    assertEquals(List.of(), codes(RULES, "SETIAWAN MERAH"), "a word, not a part of one");
  }

  @Test
  void aDeploymentAddsItsOwnTitlesAndWords() {
    NameRules minang = RULES.with(List.of("SUTAN", "ST."), List.of("DT. "), List.of("kurang ajar", "PANDIR"));
    assertEquals(List.of(), codes(RULES, "SUTAN SJAHRIR"), "a name of two words under the shipped lists");
    assertEquals(List.of("nama.singleWord"), codes(minang, "SUTAN SJAHRIR"), "SUTAN is a title here, SJAHRIR alone the name");
    assertEquals(List.of(), codes(minang, "ST. RAJO ALAM"));
    assertEquals(List.of("nama.watchedWord"), codes(minang, "PANDIR ALAM"));
    assertEquals(List.of("nama.punctuation"), codes(RULES, "ST. RAJO ALAM"), "not a title without the deployment's list");
  }

  @ParameterizedTest(name = "{0} -> write {1}")
  @CsvSource({"JOSÉ RIZAL, E", "Ñoman Putra, N", "Zoë Ananda, E", "Muḥammad Ali, H"})
  void anAccentedLetterIsRefusedSayingWhichLetterToWrite(String name, String base) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> NamaLengkap.of(name));
    assertEquals("nama.accent", e.code());
    assertTrue(e.getMessage().contains("Tulis \"" + base + "\""), e.getMessage());
    assertTrue(e.message(Locale.ENGLISH).contains("Write \"" + base + "\""), e.message(Locale.ENGLISH));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "H. <B>ABDUL</B>, S.PD. | nama.character",
      "DR. IR. H. M. NATSIR 2, M.SI. | nama.digits",
      "ABDUL\u0000RAHMAN | nama.character",
      "ABDUL\u200BRAHMAN | nama.character",
      "АБДУЛ РАХМАН | nama.character"})
  void markupDigitsControlAndOtherScriptsAreStillRefused(String name, String code) {
    assertEquals(code, assertThrows(InvalidValueException.class, () -> NamaLengkap.of(name)).code(), name);
  }

  @Test
  void whiteSpaceOfAnyKindIsOneSpace() {
    assertEquals("ABDUL RAHMAN", NamaLengkap.of("abdul\t \nrahman").value());
  }
}
