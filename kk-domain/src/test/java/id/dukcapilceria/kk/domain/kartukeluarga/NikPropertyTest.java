package id.dukcapilceria.kk.domain.kartukeluarga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import id.dukcapilceria.kk.domain.wilayah.Wilayah;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the NIK over many generated cases: seeded, so that a failure names a case that
 * fails again on every run (the seed is in the test's name).
 */
class NikPropertyTest {

  private static final long SEED = 20261206L;
  private static final List<Wilayah> KECAMATAN =
      WilayahDirectory.shared().childrenOf(KodeWilayah.of("13.05"));

  /**
   * 2,000 cases: any kecamatan, sex and serial; a birth date between 1900 and 2099, half of them
   * a 29 February, which only leap years have.
   */
  static Stream<Arguments> composedNiks() {
    SplittableRandom random = new SplittableRandom(SEED);
    long first = LocalDate.of(1900, 1, 1).toEpochDay();
    long last = LocalDate.of(2099, 12, 31).toEpochDay();
    return IntStream.range(0, 2000).mapToObj(i -> {
      LocalDate born = LocalDate.ofEpochDay(random.nextLong(first, last + 1));
      if (random.nextBoolean()) {
        born = LocalDate.of(1904 + 4 * random.nextInt(49), 2, 29); // 1904 to 2096: every one a leap year
      }
      return Arguments.of(KECAMATAN.get(random.nextInt(KECAMATAN.size())), born,
          JenisKelamin.values()[random.nextInt(JenisKelamin.values().length)], random.nextInt(1, 10000));
    });
  }

  @ParameterizedTest(name = "seed " + SEED + " case {index}: {0} {1} {2} {3}")
  @MethodSource("composedNiks")
  void composeThenDecodeGivesBackEveryPart(Wilayah kecamatan, LocalDate born, JenisKelamin sex, int serial) {
    Nik nik = Nik.compose(kecamatan.kode(), born, sex, serial);

    assertEquals(nik, Nik.of(nik.value()), "a composed NIK is valid");
    assertEquals(kecamatan.kode(), nik.registeredKecamatan());
    assertEquals(sex == JenisKelamin.PEREMPUAN, nik.encodesFemale());
    assertTrue(nik.matchesBirthDate(born));
    assertEquals(serial, nik.serial());
  }

  static List<Wilayah> kecamatan() {
    return KECAMATAN;
  }

  @ParameterizedTest
  @MethodSource("kecamatan")
  void everyKecamatanOfPadangPariamanIsCovered(Wilayah kecamatan) {
    assertEquals(17, KECAMATAN.size());
    assertTrue(kecamatan.kode().value().startsWith("13.05."));
  }

  static IntStream everyYear() {
    return IntStream.rangeClosed(0, 99);
  }

  @ParameterizedTest
  @MethodSource("everyYear")
  void aDayTheMonthDoesNotHaveIsRefused(int year) {
    String yy = String.format("%02d", year);
    assertThrows(InvalidValueException.class, () -> Nik.of("130501" + "3102" + yy + "0001"));
    assertThrows(InvalidValueException.class, () -> Nik.of("130501" + "7104" + yy + "0001"));
    if (year % 4 != 0) {
      assertThrows(InvalidValueException.class, () -> Nik.of("130501" + "2902" + yy + "0001"));
    } else {
      assertEquals(29, Nik.of("130501" + "6902" + yy + "0001").birthDay());
    }
  }
}
