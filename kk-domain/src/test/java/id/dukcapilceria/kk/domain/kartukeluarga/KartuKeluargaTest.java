package id.dukcapilceria.kk.domain.kartukeluarga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KartuKeluargaTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  static Alamat alamat() {
    return new Alamat("Korong Pasar Usang", RtRw.of("1", "2"), KodeWilayah.of("13.05.01.2001"), "25581");
  }

  static AnggotaKeluarga member(String nik, String name, StatusHubunganDalamKeluarga hubungan) {
    return new AnggotaKeluarga(
        Nik.of(nik),
        name,
        Nik.of(nik).encodesFemale() ? JenisKelamin.PEREMPUAN : JenisKelamin.LAKI_LAKI,
        "Lubuk Alung",
        LocalDate.of(1980, 1, 1),
        hubungan);
  }

  @Test
  void theHeadIsListedFirstAndNamesTheCard() {
    KartuKeluarga kk =
        new KartuKeluarga(
            alamat(),
            List.of(
                member("1305014502850002", "siti  aminah", StatusHubunganDalamKeluarga.ISTRI),
                member("1305010101800001", "Budi Santoso", StatusHubunganDalamKeluarga.KEPALA_KELUARGA)));

    assertEquals("BUDI SANTOSO", kk.namaKepalaKeluarga());
    assertEquals("SITI AMINAH", kk.anggota().get(1).namaLengkap());
    assertEquals("001/002", kk.alamat().rtRw().toString());
    assertTrue(KartuKeluargaValidator.validate(kk, TODAY).isEmpty());
  }

  @Test
  void validationFindsMissingHeadDuplicateNikAndFutureBirth() {
    AnggotaKeluarga child =
        new AnggotaKeluarga(
            Nik.of("1305010101800001"), "Anak", JenisKelamin.LAKI_LAKI, "Padang",
            TODAY.plusDays(1), StatusHubunganDalamKeluarga.ANAK);
    KartuKeluarga kk =
        new KartuKeluarga(
            alamat(),
            List.of(member("1305010101800001", "Budi", StatusHubunganDalamKeluarga.ANAK), child));

    List<String> codes =
        KartuKeluargaValidator.validate(kk, TODAY).stream().map(Violation::code).toList();

    assertEquals(List.of("kk.noHead", "kk.duplicateNik", "kk.birthInFuture"), codes);
    assertEquals(
        "anggota[1].nik", KartuKeluargaValidator.validate(kk, TODAY).get(1).path());
  }

  @Test
  void fingerprintChangesWithTheData() {
    KartuKeluarga a =
        new KartuKeluarga(alamat(), List.of(member("1305010101800001", "Budi", StatusHubunganDalamKeluarga.KEPALA_KELUARGA)));
    KartuKeluarga b =
        new KartuKeluarga(alamat(), List.of(member("1305010101800001", "Budi", StatusHubunganDalamKeluarga.KEPALA_KELUARGA)));
    assertEquals(a.fingerprint(), b.fingerprint());

    b.assignNomorKk(NomorKk.of("1305012411260001"));
    assertNotEquals(a.fingerprint(), b.fingerprint());
  }

  @Test
  void aSignedCardCanOnlyBeSupersededNotEdited() {
    KartuKeluarga kk =
        new KartuKeluarga(alamat(), List.of(member("1305010101800001", "Budi", StatusHubunganDalamKeluarga.KEPALA_KELUARGA)));
    assertThrows(IllegalStateException.class, kk::activate);
    kk.assignNomorKk(NomorKk.of("1305012411260001"));
    kk.activate();

    assertThrows(IllegalStateException.class, () -> kk.assignNomorKk(NomorKk.of("1305012411260002")));
    kk.supersede();
    assertEquals(StatusKartuKeluarga.DIGANTIKAN, kk.status());
  }

  @Test
  void valueObjectsRefuseBadInputWithTheFieldName() {
    assertEquals("rt", assertThrows(InvalidValueException.class, () -> RtRw.of("12a", "1")).field());
    assertEquals("kodeDesa",
        assertThrows(InvalidValueException.class,
            () -> new Alamat("Jalan", RtRw.of("", ""), KodeWilayah.of("13.05.01"), "")).field());
    assertEquals("kodeWilayah.form",
        assertThrows(InvalidValueException.class, () -> KodeWilayah.of("13.5.01")).code());
    assertEquals("nomorKk.zero",
        assertThrows(InvalidValueException.class, () -> NomorKk.of("0000000000000000")).code());
    assertEquals("namaLengkap",
        assertThrows(InvalidValueException.class,
            () -> member("1305010101800001", "x".repeat(61), StatusHubunganDalamKeluarga.ANAK)).field());
  }
}
