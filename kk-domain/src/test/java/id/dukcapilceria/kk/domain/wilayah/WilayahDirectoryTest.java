package id.dukcapilceria.kk.domain.wilayah;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import org.junit.jupiter.api.Test;

class WilayahDirectoryTest {

  private static final WilayahDirectory DIRECTORY = WilayahDirectory.load();

  @Test
  void padangPariamanHas17KecamatanAnd103Nagari() {
    var kecamatan = DIRECTORY.childrenOf(KodeWilayah.of("13.05"));
    assertEquals(17, kecamatan.size());
    assertEquals(103, kecamatan.stream().mapToInt(k -> DIRECTORY.childrenOf(k.kode()).size()).sum());
    var nagari = DIRECTORY.villagesOf(KodeWilayah.of("13.05"));
    assertEquals(103, nagari.size());
    assertEquals("13.05.01.2001", nagari.get(0).kode().value(), "kecamatan by kecamatan, in code order");
  }

  @Test
  void namesTheHeaderOfACard() {
    var names = DIRECTORY.hierarchyOf(KodeWilayah.of("13.05.01.2001"));
    assertEquals("Lubuk Alung", names.desa());
    assertEquals("Lubuak Aluang", names.kecamatan());
    assertEquals("Kabupaten Padang Pariaman", names.kabupaten());
    assertEquals("Sumatera Barat", names.provinsi());
  }

  @Test
  void theAttributionShipsWithTheData() {
    assertNotNull(WilayahDirectory.class.getResource("/id/dukcapilceria/kk/domain/wilayah/LICENSE-ODbL.md"));
    assertNotNull(WilayahDirectory.class.getResource("/id/dukcapilceria/kk/domain/wilayah/SOURCE.md"));
  }
}
