package id.dukcapilceria.kk.domain.pejabat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Another Disdukcapil is configuration: its code gives its name, its head's title and its zone. */
class IssuingOfficeTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @Test
  void aCitysOfficeIsNamedAsKemendagriNamesIt() {
    IssuingOffice padang = IssuingOffice.of(KodeWilayah.of("13.71"), WilayahDirectory.shared(), WIB);
    assertEquals("Kota Padang", padang.regencyName());
    assertEquals(List.of(IssuingOffice.HEAD_OF_OFFICE, "KOTA PADANG"), padang.headTitle());
    assertEquals("Kota Padang", padang.location());
  }

  @Test
  void onlyARegencyOrCityIssuesCards() {
    assertThrows(IllegalArgumentException.class, () -> IssuingOffice.of(KodeWilayah.of("13"), WilayahDirectory.shared(), WIB));
    assertThrows(IllegalArgumentException.class,
        () -> IssuingOffice.of(KodeWilayah.of("13.05.01"), WilayahDirectory.shared(), WIB));
    assertThrows(IllegalArgumentException.class, () -> IssuingOffice.of(KodeWilayah.of("13.99"), WilayahDirectory.shared(), WIB));
    assertThrows(IllegalArgumentException.class, () -> new IssuingOffice(KodeWilayah.of("13.05"), " ", WIB));
  }
}
