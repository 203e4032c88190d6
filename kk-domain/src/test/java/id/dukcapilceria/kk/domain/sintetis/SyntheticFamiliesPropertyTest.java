package id.dukcapilceria.kk.domain.sintetis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.validasi.KartuKeluargaValidator;
import id.dukcapilceria.kk.domain.validasi.Violation;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SyntheticFamiliesPropertyTest {

  private static final KartuKeluargaValidator VALIDATOR = KartuKeluargaValidator.standard();

  @Property(tries = 300)
  void everyGeneratedFamilyHasNoError(@ForAll long seed, @ForAll @IntRange(min = 0, max = 9000) int daysAfter2010) {
    LocalDate today = LocalDate.of(2010, 1, 1).plusDays(daysAfter2010);
    SyntheticFamilies generator = new SyntheticFamilies(seed, today, WilayahDirectory.shared());
    for (int i = 0; i < 20; i++) {
      KartuKeluarga kk = generator.next();
      List<Violation> errors = VALIDATOR.validate(kk, JenisLayanan.PERUBAHAN_DATA, today).stream()
          .filter(Violation::isError).toList();
      assertEquals(List.of(), errors, () -> describe(kk));
      assertTrue(kk.alamat().jalan().startsWith("KORONG SINTETIS"), "plainly synthetic");
      assertTrue(kk.alamat().kodeDesa().value().startsWith("13.05."), "in Padang Pariaman");
    }
  }

  @Property(tries = 50)
  void theSameSeedGivesTheSameFamilies(@ForAll long seed) {
    LocalDate today = LocalDate.of(2026, 11, 24);
    List<String> first = new SyntheticFamilies(seed, today, WilayahDirectory.shared()).families(5)
        .map(KartuKeluarga::fingerprint).toList();
    List<String> second = new SyntheticFamilies(seed, today, WilayahDirectory.shared()).families(5)
        .map(KartuKeluarga::fingerprint).toList();
    assertEquals(first, second);
  }

  @Property(tries = 20)
  void niksAreUniqueAcrossAGeneratedPopulation(@ForAll long seed) {
    Set<String> niks = new HashSet<>();
    new SyntheticFamilies(seed, LocalDate.of(2026, 11, 24), WilayahDirectory.shared()).families(2000)
        .flatMap(kk -> kk.anggota().stream())
        .forEach(member -> assertTrue(niks.add(member.nik().value()), member.nik().value()));
    assertFalse(niks.isEmpty());
  }

  private static String describe(KartuKeluarga kk) {
    StringBuilder text = new StringBuilder(kk.alamat().kodeDesa().value()).append('\n');
    for (AnggotaKeluarga a : kk.anggota()) {
      text.append(a.hubungan()).append(' ').append(a.nik()).append(' ').append(a.tanggalLahir())
          .append(' ').append(a.statusPerkawinan()).append(' ').append(a.perkawinan().tanggalPerkawinan())
          .append('\n');
    }
    return text.toString();
  }
}
