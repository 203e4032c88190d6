package id.dukcapilceria.kk.signature.testdata;

import id.dukcapilceria.kk.domain.kartukeluarga.Alamat;
import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.JenisKelamin;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.kartukeluarga.Perkawinan;
import id.dukcapilceria.kk.domain.sintetis.SyntheticFamilies;
import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.domain.kartukeluarga.RtRw;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusHubunganDalamKeluarga;
import id.dukcapilceria.kk.signature.render.KkDocument;
import java.time.LocalDate;
import java.util.List;

/** A family in Nagari Lubuk Alung (Kab. Padang Pariaman) for tests. All data are fictitious. */
public final class KkTestData {

  public static final String NOMOR_KK = "1305011203260001";
  public static final String NAMA_KEPALA = "AHMAD FAUZI";
  public static final LocalDate DIKELUARKAN = LocalDate.of(2026, 3, 12);

  private KkTestData() {}

  public static KartuKeluarga kartuKeluarga() {
    KartuKeluarga kk =
        new KartuKeluarga(
            new Alamat(
                "KORONG PASAR LUBUK ALUNG",
                RtRw.of("0", "0"),
                KodeWilayah.of("13.05.01.2001"),
                "25581"),
            List.of(
                member(
                    "1305010101800001",
                    NAMA_KEPALA,
                    JenisKelamin.LAKI_LAKI,
                    "LUBUK ALUNG",
                    LocalDate.of(1980, 1, 1),
                    StatusHubunganDalamKeluarga.KEPALA_KELUARGA),
                member(
                    "1305014502850002",
                    "SITI RAHMAWATI",
                    JenisKelamin.PEREMPUAN,
                    "PARIAMAN",
                    LocalDate.of(1985, 2, 5),
                    StatusHubunganDalamKeluarga.ISTRI),
                member(
                    "1305011007100003",
                    "MUHAMMAD RIZKY FAUZI",
                    JenisKelamin.LAKI_LAKI,
                    "LUBUK ALUNG",
                    LocalDate.of(2010, 7, 10),
                    StatusHubunganDalamKeluarga.ANAK),
                member(
                    "1305016303150004",
                    "NUR AISYAH PUTRI FAUZI",
                    JenisKelamin.PEREMPUAN,
                    "PADANG",
                    LocalDate.of(2015, 3, 23),
                    StatusHubunganDalamKeluarga.ANAK)));
    kk.assignNomorKk(NomorKk.of(NOMOR_KK));
    return kk;
  }

  public static KkDocument document(boolean specimen) {
    return new KkDocument(
        kartuKeluarga(),
        "LUBUK ALUNG",
        "LUBUK ALUNG",
        "PADANG PARIAMAN",
        "SUMATERA BARAT",
        DIKELUARKAN,
        "DEMO KEPALA DINAS, S.STP, M.SI",
        "198001012005011001",
        "https://kk.demo.invalid/v/3f9c2a7b",
        specimen);
  }

  private static AnggotaKeluarga member(
      String nik,
      String nama,
      JenisKelamin jenisKelamin,
      String tempat,
      LocalDate tanggal,
      StatusHubunganDalamKeluarga hubungan) {
    boolean spouse = hubungan == StatusHubunganDalamKeluarga.KEPALA_KELUARGA
        || hubungan == StatusHubunganDalamKeluarga.ISTRI;
    Perkawinan perkawinan = spouse ? SyntheticFamilies.kawinTercatat(LocalDate.of(2008, 5, 17)) : Perkawinan.belumKawin();
    return SyntheticFamilies.adult(nik, nama, tanggal, hubungan, perkawinan)
        .jenisKelamin(jenisKelamin)
        .tempatLahir(tempat)
        .build();
  }
}
