package id.dukcapilceria.kk.domain.kartukeluarga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamaLengkapTest {

  @Test
  void isPrintedInUpperCaseWithSingleSpaces() {
    assertEquals("SITI NURHALIZA", NamaLengkap.of("  siti   Nurhaliza ").value());
  }

  @Test
  void sixtyCharactersIncludingSpacesAreAllowedSixtyOneAreNot() {
    String sixty = "A".repeat(29) + " " + "B".repeat(30);
    assertEquals(60, NamaLengkap.of(sixty).value().length());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> NamaLengkap.of(sixty + "C"));
    assertEquals("nama.tooLong", e.code());
    assertEquals("Nama lengkap paling banyak 60 karakter termasuk spasi (Permendagri 73/2022); tertulis 61.", e.getMessage());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "BUDI 2, nama.digits",
    "<SCRIPT>ALERT, nama.character",
    "BUDI@RUMAH, nama.character",
    "ΑΛΕΞ ΑΝΔΡΟΣ, nama.character",
    "'', value.required"
  })
  void whatCannotBeANameIsAnError(String text, String code) {
    assertEquals(code, assertThrows(InvalidValueException.class, () -> NamaLengkap.of(text)).code());
  }

  @Test
  void whatTheRegulationOnlyRecommendsAgainstIsAWarning() {
    assertEquals(List.of(), NamaLengkap.of("Siti Aminah").warnings());
    assertEquals(List.of("nama.singleWord"), NamaLengkap.of("Sukarno").warnings());
    assertEquals(List.of("nama.punctuation"), NamaLengkap.of("Nur'aini Putri").warnings());
    assertEquals(List.of("nama.singleWord", "nama.punctuation"), NamaLengkap.of("M.Yusuf").warnings());
  }

  @Test
  void aParentsNameReportsItsOwnField() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> NamaLengkap.of("X1", "orangTua.namaAyah"));
    assertEquals("orangTua.namaAyah", e.field());
    assertEquals("Father's name may not contain digits (Permendagri 73/2022).", e.message(Locale.ENGLISH));
  }
}
