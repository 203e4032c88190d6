package id.dukcapilceria.kk.domain.kartukeluarga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NikTest {

  @Test
  void decodesRegionAndSexOfAValidNik() {
    Nik man = Nik.of("1305010101800001");
    Nik woman = Nik.of("1305 0145 0285 0002");

    assertEquals("1305014502850002", woman.value());
    assertEquals(KodeWilayah.of("13.05.01"), man.registeredKecamatan());
    assertFalse(man.encodesFemale());
    assertTrue(woman.encodesFemale());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "130501010180001, nik.length",
    "13050101018000011, nik.length",
    "13050101018A0001, value.digitsOnly",
    "1305013201800001, nik.day",
    "1305017201800001, nik.day",
    "1305010001800001, nik.day",
    "1305010113800001, nik.month",
    "1305010100800001, nik.month",
    "1305010101800000, nik.serial",
    "'', value.required"
  })
  void refusesImpossibleNumbers(String text, String expectedCode) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Nik.of(text));
    assertEquals(expectedCode, e.code());
    assertEquals("nik", e.field());
  }

  @Test
  void explainsTheProblemInIndonesianAndEnglish() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Nik.of("130501010180001"));
    assertEquals("NIK harus 16 angka (tertulis 15 angka).", e.getMessage());
    assertEquals("NIK must be 16 digits (15 given).", e.message(Locale.ENGLISH));
  }

  @Test
  void comparesByValue() {
    assertEquals(Nik.of("1305010101800001"), Nik.of("1305010101800001"));
  }
}
