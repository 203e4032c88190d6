package id.dukcapilceria.kk.domain.kartukeluarga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import id.dukcapilceria.kk.domain.wilayah.Wilayah;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

class NikPropertyTest {

  private static final List<Wilayah> KECAMATAN =
      WilayahDirectory.shared().childrenOf(KodeWilayah.of("13.05"));

  @Provide
  Arbitrary<Wilayah> kecamatan() {
    return Arbitraries.of(KECAMATAN);
  }

  @Provide
  Arbitrary<LocalDate> birthDates() {
    return Arbitraries.oneOf(
        Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(2099, 12, 31)),
        Dates.dates().between(LocalDate.of(1904, 1, 1), LocalDate.of(2096, 12, 31))
            .filter(d -> d.isLeapYear()).map(d -> LocalDate.of(d.getYear(), 2, 29)));
  }

  @Property(tries = 2000)
  void composeThenDecodeGivesBackEveryPart(
      @ForAll("kecamatan") Wilayah kecamatan,
      @ForAll("birthDates") LocalDate born,
      @ForAll JenisKelamin sex,
      @ForAll @IntRange(min = 1, max = 9999) int serial) {
    Nik nik = Nik.compose(kecamatan.kode(), born, sex, serial);

    assertEquals(nik, Nik.of(nik.value()), "a composed NIK is valid");
    assertEquals(kecamatan.kode(), nik.registeredKecamatan());
    assertEquals(sex == JenisKelamin.PEREMPUAN, nik.encodesFemale());
    assertTrue(nik.matchesBirthDate(born));
    assertEquals(serial, nik.serial());
  }

  @Property
  void everyKecamatanOfPadangPariamanIsCovered(@ForAll("kecamatan") Wilayah kecamatan) {
    assertEquals(17, KECAMATAN.size());
    assertTrue(kecamatan.kode().value().startsWith("13.05."));
  }

  @Property
  void aDayTheMonthDoesNotHaveIsRefused(@ForAll @IntRange(min = 0, max = 99) int year) {
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
