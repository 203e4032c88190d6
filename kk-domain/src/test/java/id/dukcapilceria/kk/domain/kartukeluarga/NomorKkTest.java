package id.dukcapilceria.kk.domain.kartukeluarga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class NomorKkTest {

  @Test
  void theMaskedFormKeepsOnlyTheFirstAndLastFourDigits() {
    assertEquals("1305********0001", NomorKk.of("1305011203260001").masked());
  }

  @Test
  void onlySixteenDigitsNotAllZeroAreAKkNumber() {
    assertThrows(InvalidValueException.class, () -> NomorKk.of("130501120326000"));
    assertThrows(InvalidValueException.class, () -> NomorKk.of("13050112032600A1"));
    assertThrows(InvalidValueException.class, () -> NomorKk.of("0000000000000000"));
  }
}
