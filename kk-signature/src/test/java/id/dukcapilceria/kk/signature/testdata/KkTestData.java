package id.dukcapilceria.kk.signature.testdata;

import id.dukcapilceria.kk.domain.kartukeluarga.Alamat;
import id.dukcapilceria.kk.domain.kartukeluarga.Agama;
import id.dukcapilceria.kk.domain.kartukeluarga.DokumenImigrasi;
import id.dukcapilceria.kk.domain.kartukeluarga.GolonganDarah;
import id.dukcapilceria.kk.domain.kartukeluarga.JenisPekerjaan;
import id.dukcapilceria.kk.domain.kartukeluarga.Kewarganegaraan;
import id.dukcapilceria.kk.domain.kartukeluarga.NamaLengkap;
import id.dukcapilceria.kk.domain.kartukeluarga.Nik;
import id.dukcapilceria.kk.domain.kartukeluarga.OrangTua;
import id.dukcapilceria.kk.domain.kartukeluarga.PendidikanDalamKk;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusPerkawinan;
import java.util.ArrayList;
import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.JenisKelamin;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.kartukeluarga.Perkawinan;
import id.dukcapilceria.kk.domain.sintetis.SyntheticFamilies;
import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.domain.kartukeluarga.RtRw;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusHubunganDalamKeluarga;
import id.dukcapilceria.kk.domain.pejabat.IssuingOffice;
import id.dukcapilceria.kk.domain.pejabat.SigningOfficial;
import id.dukcapilceria.kk.signature.render.KkDocument;
import java.time.LocalDate;
import java.util.List;

/** A family in Nagari Lubuk Alung (Kab. Padang Pariaman) for tests. All data are fictitious. */
public final class KkTestData {

  public static final String NOMOR_KK = "1305011203260001";
  public static final String NAMA_KEPALA = "AHMAD FAUZI";
  public static final LocalDate DIKELUARKAN = LocalDate.of(2026, 3, 12);

  /** The demo's Disdukcapil: Kabupaten Padang Pariaman, in WIB. */
  public static final IssuingOffice OFFICE = new IssuingOffice(KodeWilayah.of("13.05"), "Kabupaten Padang Pariaman",
      java.time.ZoneId.of("Asia/Jakarta"));

  private KkTestData() {}

  public static KartuKeluarga kartuKeluarga() {
    KartuKeluarga kk =
        new KartuKeluarga(
            new Alamat(
                "KORONG PASAR LUBUK ALUNG",
                RtRw.of("", ""),
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
        SigningOfficial.head("DEMO KEPALA DINAS, S.STP, M.SI", "198001012005011001"),
        OFFICE,
        "https://kk.demo.invalid/v/3f9c2a7b",
        specimen ? KkDocument.Certificate.DEMO : KkDocument.Certificate.BSRE);
  }

  /** Number of the 3-member and the 15-member test cards. */
  public static final String NOMOR_KK_KECIL = "1305012003260007";

  public static final String NOMOR_KK_BESAR = "1305012003260015";

  /** A name of the longest length a name may have (60 characters). */
  public static final String NAMA_PANJANG =
      "SUTAN RAHMAT HIDAYATULLAH SYAFRIZAL PUTRA CHANIAGO SIKUMBANG";

  private static final KodeWilayah LUBUK_ALUNG = KodeWilayah.of("13.05.01");

  /** The card of a given family, with the same region names and Kadis as {@link #document}. */
  public static KkDocument document(KartuKeluarga kk, boolean specimen) {
    return new KkDocument(
        kk,
        "LUBUK ALUNG",
        "LUBUK ALUNG",
        "PADANG PARIAMAN",
        "SUMATERA BARAT",
        DIKELUARKAN,
        SigningOfficial.head("DEMO KEPALA DINAS, S.STP, M.SI", "198001012005011001"),
        OFFICE,
        "https://kk.demo.invalid/v/3f9c2a7b",
        specimen ? KkDocument.Certificate.DEMO : KkDocument.Certificate.BSRE);
  }

  /**
   * Three members with every column filled in some way: a 60-character name, long code labels
   * ("KEPERCAYAAN TERHADAP TUHAN YME", "ANGGOTA MAHKAMAH KONSTITUSI"), a WNA wife with passport
   * and KITAS, and a child whose optional values are empty.
   */
  public static KartuKeluarga threeMembers() {
    LocalDate married = LocalDate.of(2009, 6, 20);
    List<AnggotaKeluarga> members =
        List.of(
            person(1, NAMA_PANJANG, JenisKelamin.LAKI_LAKI, LocalDate.of(1975, 8, 17),
                    StatusHubunganDalamKeluarga.KEPALA_KELUARGA,
                    new Perkawinan(StatusPerkawinan.KAWIN_TERCATAT, married, "SINTETIS/2009", null, null))
                .tempatLahir("KAYU TANAM")
                .agama(Agama.KEPERCAYAAN_TERHADAP_TUHAN_YME)
                .pendidikan(PendidikanDalamKk.AKADEMI_DIPLOMA_III_S_MUDA)
                .pekerjaan(JenisPekerjaan.ANGGOTA_MAHKAMAH_KONSTITUSI)
                .golonganDarah(GolonganDarah.AB_POSITIF)
                .orangTua(parents("MARAH SUTAN", "SITI ROHANA"))
                .build(),
            person(2, "MARIA SCHNEIDER", JenisKelamin.PEREMPUAN, LocalDate.of(1982, 11, 3),
                    StatusHubunganDalamKeluarga.ISTRI,
                    new Perkawinan(StatusPerkawinan.KAWIN_TERCATAT, married, "SINTETIS/2009", null, null))
                .tempatLahir("HAMBURG")
                .agama(Agama.KATHOLIK)
                .pendidikan(PendidikanDalamKk.STRATA_II)
                .pekerjaan(JenisPekerjaan.DOSEN)
                .golonganDarah(GolonganDarah.O)
                .kewarganegaraan(Kewarganegaraan.WNA)
                .dokumenImigrasi(new DokumenImigrasi("C4X7R2K91", "2C21AB0345-K"))
                .orangTua(parents("KLAUS SCHNEIDER", "ANNA SCHNEIDER"))
                .build(),
            person(3, "ALYA PUTRI SIKUMBANG", JenisKelamin.PEREMPUAN, LocalDate.of(2012, 2, 29),
                    StatusHubunganDalamKeluarga.ANAK, Perkawinan.belumKawin())
                .tempatLahir("PARIAMAN")
                .agama(Agama.KATHOLIK)
                .pendidikan(PendidikanDalamKk.BELUM_TAMAT_SD_SEDERAJAT)
                .pekerjaan(JenisPekerjaan.PELAJAR_MAHASISWA)
                .build());
    KartuKeluarga kk = new KartuKeluarga(alamat(), members);
    kk.assignNomorKk(NomorKk.of(NOMOR_KK_KECIL));
    return kk;
  }

  /**
   * Fifteen members over three generations, with every code-list value varied, long names and
   * labels, WNA members with immigration documents and members without known parents.
   */
  public static KartuKeluarga fifteenMembers() {
    LocalDate married = LocalDate.of(1998, 9, 12);
    List<AnggotaKeluarga> members = new ArrayList<>();
    members.add(
        person(1, NAMA_PANJANG, JenisKelamin.LAKI_LAKI, LocalDate.of(1970, 4, 1),
                StatusHubunganDalamKeluarga.KEPALA_KELUARGA,
                new Perkawinan(StatusPerkawinan.KAWIN_TERCATAT, married, "SINTETIS/1998", null, null))
            .agama(Agama.ISLAM)
            .pendidikan(PendidikanDalamKk.DIPLOMA_IV_STRATA_I)
            .pekerjaan(JenisPekerjaan.ANGGOTA_MAHKAMAH_KONSTITUSI)
            .golonganDarah(GolonganDarah.A_POSITIF)
            .orangTua(parents("DATUAK RANGKAYO BASA SUTAN MARAJO", "UPIK ROSMAINI"))
            .build());
    members.add(
        person(2, "YUSNIDAR ROSMAINI BINTI ABDUL RAHMAN SYAFRUDDIN TANJUNG", JenisKelamin.PEREMPUAN,
                LocalDate.of(1974, 12, 24), StatusHubunganDalamKeluarga.ISTRI,
                new Perkawinan(StatusPerkawinan.KAWIN_TERCATAT, married, "SINTETIS/1998", null, null))
            .tempatLahir("SUNGAI GARINGGIANG")
            .pendidikan(PendidikanDalamKk.SLTA_SEDERAJAT)
            .pekerjaan(JenisPekerjaan.MENGURUS_RUMAH_TANGGA)
            .golonganDarah(GolonganDarah.B)
            .orangTua(parents("ABDUL RAHMAN", "SITI AMINAH"))
            .build());
    String[] children = {
      "RAHMAT HIDAYAT", "NURUL HASANAH", "ILHAM SAPUTRA", "DEWI KARTIKA SARI", "FAUZI AKBAR",
      "RAHMI YULIANTI", "ZULKIFLI", "SRI WAHYUNI"
    };
    JenisPekerjaan[] jobs = {
      JenisPekerjaan.TENTARA_NASIONAL_INDONESIA, JenisPekerjaan.PEGAWAI_NEGERI_SIPIL,
      JenisPekerjaan.BURUH_NELAYAN_PERIKANAN, JenisPekerjaan.KARYAWAN_SWASTA,
      JenisPekerjaan.TUKANG_LAS_PANDAI_BESI, JenisPekerjaan.PELAJAR_MAHASISWA,
      JenisPekerjaan.PELAJAR_MAHASISWA, JenisPekerjaan.BELUM_TIDAK_BEKERJA
    };
    PendidikanDalamKk[] schools = {
      PendidikanDalamKk.DIPLOMA_I_II, PendidikanDalamKk.STRATA_III, PendidikanDalamKk.SLTP_SEDERAJAT,
      PendidikanDalamKk.STRATA_II, PendidikanDalamKk.TAMAT_SD_SEDERAJAT,
      PendidikanDalamKk.SLTA_SEDERAJAT, PendidikanDalamKk.BELUM_TAMAT_SD_SEDERAJAT,
      PendidikanDalamKk.TIDAK_BELUM_SEKOLAH
    };
    GolonganDarah[] blood = {
      GolonganDarah.O_NEGATIF, GolonganDarah.AB, GolonganDarah.TIDAK_TAHU, GolonganDarah.A,
      GolonganDarah.B_NEGATIF, GolonganDarah.O_POSITIF, GolonganDarah.AB_NEGATIF, GolonganDarah.B_POSITIF
    };
    for (int i = 0; i < children.length; i++) {
      JenisKelamin sex = i % 2 == 0 ? JenisKelamin.LAKI_LAKI : JenisKelamin.PEREMPUAN;
      Perkawinan perkawinan =
          switch (i) {
            case 0 -> new Perkawinan(StatusPerkawinan.KAWIN_TERCATAT, LocalDate.of(2022, 1, 8), "SINTETIS/2022", null, null);
            case 1 -> new Perkawinan(StatusPerkawinan.CERAI_HIDUP_BELUM_TERCATAT, null, null, null, null);
            case 2 -> new Perkawinan(StatusPerkawinan.KAWIN_BELUM_TERCATAT, null, null, null, null);
            case 3 -> new Perkawinan(StatusPerkawinan.CERAI_HIDUP_TERCATAT, LocalDate.of(2019, 7, 14), "SINTETIS/2019", LocalDate.of(2023, 3, 2), "SINTETIS/C/2023");
            default -> Perkawinan.belumKawin();
          };
      members.add(
          person(3 + i, children[i], sex, LocalDate.of(1999 + i * 2, 1 + i, 10 + i),
                  StatusHubunganDalamKeluarga.ANAK, perkawinan)
              .agama(i == 4 ? Agama.KHONGHUCU : Agama.ISLAM)
              .pendidikan(schools[i])
              .pekerjaan(jobs[i])
              .golonganDarah(blood[i])
              .orangTua(parents(NAMA_PANJANG, "YUSNIDAR ROSMAINI BINTI ABDUL RAHMAN SYAFRUDDIN TANJUNG"))
              .build());
    }
    members.add(
        person(11, "ANNA LISA MARIE VAN DER BERG", JenisKelamin.PEREMPUAN, LocalDate.of(1996, 5, 30),
                StatusHubunganDalamKeluarga.MENANTU,
                new Perkawinan(StatusPerkawinan.KAWIN_TERCATAT, LocalDate.of(2022, 1, 8), "SINTETIS/2022", null, null))
            .tempatLahir("ROTTERDAM")
            .agama(Agama.KRISTEN)
            .pekerjaan(JenisPekerjaan.ANGGOTA_KABINET_KEMENTERIAN)
            .kewarganegaraan(Kewarganegaraan.WNA)
            .dokumenImigrasi(new DokumenImigrasi("NW8K3L5P2", "2C11JE7788-AA/KITAP"))
            .orangTua(parents("JOHANNES VAN DER BERG", "MARIEKE DE VRIES"))
            .build());
    members.add(
        person(12, "ADAM RAHMAT VAN DER BERG", JenisKelamin.LAKI_LAKI, LocalDate.of(2023, 10, 5),
                StatusHubunganDalamKeluarga.CUCU, Perkawinan.belumKawin())
            .tempatLahir("PADANG")
            .pendidikan(PendidikanDalamKk.TIDAK_BELUM_SEKOLAH)
            .pekerjaan(JenisPekerjaan.BELUM_TIDAK_BEKERJA)
            .kewarganegaraan(Kewarganegaraan.WNA)
            .dokumenImigrasi(new DokumenImigrasi("NX1234567", null))
            .orangTua(parents("RAHMAT HIDAYAT", "ANNA LISA MARIE VAN DER BERG"))
            .build());
    members.add(
        person(13, "HJ. SITI ROHANA", JenisKelamin.PEREMPUAN, LocalDate.of(1945, 3, 9),
                StatusHubunganDalamKeluarga.ORANGTUA,
                new Perkawinan(StatusPerkawinan.CERAI_MATI, null, null, null, null))
            .agama(Agama.ISLAM)
            .pendidikan(PendidikanDalamKk.TAMAT_SD_SEDERAJAT)
            .pekerjaan(JenisPekerjaan.PENSIUNAN)
            .build());
    members.add(
        person(14, "ABDUL RAHMAN", JenisKelamin.LAKI_LAKI, LocalDate.of(1940, 7, 21),
                StatusHubunganDalamKeluarga.MERTUA,
                new Perkawinan(StatusPerkawinan.KAWIN_TERCATAT, LocalDate.of(1968, 2, 2), "SINTETIS/1968", null, null))
            .tempatLahir("TIKU")
            .pekerjaan(JenisPekerjaan.PETANI_PEKEBUN)
            .build());
    members.add(
        person(15, "WAYAN SUDARMA", JenisKelamin.LAKI_LAKI, LocalDate.of(1990, 8, 15),
                StatusHubunganDalamKeluarga.FAMILI_LAIN, Perkawinan.belumKawin())
            .tempatLahir("DENPASAR")
            .agama(Agama.HINDU)
            .pekerjaan(JenisPekerjaan.TUKANG_KAYU)
            .build());
    KartuKeluarga kk = new KartuKeluarga(alamat(), members);
    kk.assignNomorKk(NomorKk.of(NOMOR_KK_BESAR));
    return kk;
  }

  private static Alamat alamat() {
    return new Alamat(
        "KORONG PASAR LUBUK ALUNG", RtRw.of("", ""), KodeWilayah.of("13.05.01.2001"), "25581");
  }

  private static OrangTua parents(String ayah, String ibu) {
    return new OrangTua(NamaLengkap.of(ayah), null, NamaLengkap.of(ibu), null);
  }

  private static AnggotaKeluarga.Builder person(
      int serial,
      String nama,
      JenisKelamin sex,
      LocalDate born,
      StatusHubunganDalamKeluarga hubungan,
      Perkawinan perkawinan) {
    Nik nik = Nik.compose(LUBUK_ALUNG, born, sex, serial);
    return SyntheticFamilies.adult(nik.value(), nama, born, hubungan, perkawinan).jenisKelamin(sex);
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
