package id.dukcapilceria.kk.domain.kartukeluarga;

import static id.dukcapilceria.kk.domain.sintetis.SyntheticFamilies.adult;
import static id.dukcapilceria.kk.domain.sintetis.SyntheticFamilies.kawinTercatat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A small, valid family of Lubuk Alung to start each test from; tests change what they check. */
public final class KkExamples {

  public static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
  public static final LocalDate MARRIED = LocalDate.of(2005, 6, 12);

  private KkExamples() {}

  public static Alamat alamat() {
    return new Alamat("Korong Pasar Usang", RtRw.of("1", "2"), KodeWilayah.of("13.05.01.2001"), "25581");
  }

  public static AnggotaKeluarga.Builder head() {
    return adult("1305010101800001", "Budi Santoso", LocalDate.of(1980, 1, 1),
        StatusHubunganDalamKeluarga.KEPALA_KELUARGA, kawinTercatat(MARRIED));
  }

  public static AnggotaKeluarga.Builder wife() {
    return adult("1305014502850002", "Siti Aminah", LocalDate.of(1985, 2, 5),
        StatusHubunganDalamKeluarga.ISTRI, kawinTercatat(MARRIED))
        .pekerjaan(SiakCode.fromSiakCode(JenisPekerjaan.class, 2));
  }

  public static AnggotaKeluarga.Builder child() {
    return adult("1305011003100003", "Rahmat Hidayat", LocalDate.of(2010, 3, 10),
        StatusHubunganDalamKeluarga.ANAK, Perkawinan.belumKawin())
        .pendidikan(SiakCode.fromSiakCode(PendidikanDalamKk.class, 3))
        .pekerjaan(SiakCode.fromSiakCode(JenisPekerjaan.class, 3));
  }

  public static KartuKeluarga family(AnggotaKeluarga.Builder... members) {
    List<AnggotaKeluarga> built = new ArrayList<>();
    for (AnggotaKeluarga.Builder member : members) {
      built.add(member.build());
    }
    return new KartuKeluarga(alamat(), built);
  }

  public static KartuKeluarga family() {
    return family(head(), wife(), child());
  }
}
