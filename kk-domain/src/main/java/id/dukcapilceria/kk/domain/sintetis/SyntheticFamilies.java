package id.dukcapilceria.kk.domain.sintetis;

import id.dukcapilceria.kk.domain.kartukeluarga.Agama;
import id.dukcapilceria.kk.domain.kartukeluarga.Alamat;
import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.GolonganDarah;
import id.dukcapilceria.kk.domain.kartukeluarga.JenisKelamin;
import id.dukcapilceria.kk.domain.kartukeluarga.JenisPekerjaan;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.kartukeluarga.NamaLengkap;
import id.dukcapilceria.kk.domain.kartukeluarga.Nik;
import id.dukcapilceria.kk.domain.kartukeluarga.OrangTua;
import id.dukcapilceria.kk.domain.kartukeluarga.PendidikanDalamKk;
import id.dukcapilceria.kk.domain.kartukeluarga.Perkawinan;
import id.dukcapilceria.kk.domain.kartukeluarga.RtRw;
import id.dukcapilceria.kk.domain.kartukeluarga.SiakCode;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusHubunganDalamKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusPerkawinan;
import id.dukcapilceria.kk.domain.wilayah.Wilayah;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Plainly synthetic families of one regency (the demo's is Kabupaten Padang Pariaman) for demos,
 * tests and load: valid NIKs of its kecamatan, plausible ages, marriages and relationships, the same families for the same seed
 * and reference date. Every address is a "KORONG SINTETIS" and every certificate number starts
 * with "SINTETIS", so no generated card can pass for a real one. The names are common Minang and
 * Indonesian given names combined at random.
 */
public final class SyntheticFamilies {

  private static final String[] MALE = {
    "AHMAD", "RAHMAT", "SYAFRIL", "HENDRI", "RIDWAN", "ZULKIFLI", "FAUZI", "IRWAN", "YULIZAR",
    "DEDI", "ANDRI", "RUSDI", "ARMAN", "BUDI", "HASAN", "ILHAM", "JONI", "NOFRIZAL", "EDI", "DARMAWAN"
  };
  private static final String[] FEMALE = {
    "SITI", "YUSNIDAR", "ROSMAINI", "NURUL", "DEWI", "ELVI", "YANTI", "RAHMI", "ZURAIDA", "FITRI",
    "MARLINA", "NOVI", "ASNIDAR", "YULIA", "SRI", "WATI", "MASNIDAR", "RINA", "DESI", "LENI"
  };
  private static final String[] SECOND = {
    "PUTRA", "PUTRI", "SAPUTRA", "HIDAYAT", "CHANIAGO", "PILIANG", "TANJUNG", "KOTO", "SIKUMBANG",
    "JAMBAK", "MANDAILING", "GUCI", "SUPAYANG", "MELAYU", "YANTI", "WATI", "AMIN", "SYAM", "RAHMAN", "EFENDI"
  };
  private static final int[] ADULT_OCCUPATIONS = {9, 8, 88, 15, 5, 19, 11, 14, 13, 65};
  /** The least schooling (pendidikan code) an occupation asks: PNS (5) SLTA, GURU (65) D-IV/S1. */
  private static final Map<Integer, Integer> MINIMUM_SCHOOLING = Map.of(5, 5, 65, 8);

  private final Random random;
  private final LocalDate today;
  private final List<Wilayah> nagari;
  private final WilayahDirectory wilayah;
  private final Map<String, Integer> serials = new HashMap<>();
  /**
   * Where this generator's NIK serials begin, from its seed: generators with other seeds (tests run
   * many side by side on one database) rarely give two people born on the same day the same NIK,
   * which every generator starting at 0001 did. Drawn without touching the family stream.
   */
  private final int serialBase;
  private int certificates;

  /**
   * @param regency the regency or city whose villages {@link #next()} chooses from (a demo's
   *     office, {@code 13.05} for Padang Pariaman)
   */
  public SyntheticFamilies(long seed, LocalDate today, WilayahDirectory wilayah, KodeWilayah regency) {
    this.random = new Random(seed);
    this.serialBase = (int) Math.floorMod(seed * 0x9E3779B97F4A7C15L >>> 16, 5000L);
    this.today = today;
    this.wilayah = wilayah;
    this.nagari = wilayah.villagesOf(regency);
    if (nagari.isEmpty()) {
      throw new IllegalArgumentException("No villages in " + regency);
    }
  }

  /**
   * A builder for an adult member with every required column filled with a plausible value
   * (Islam, SLTA, wiraswasta, blood group unknown); callers override what their example needs.
   */
  public static AnggotaKeluarga.Builder adult(
      String nik, String nama, LocalDate tanggalLahir, StatusHubunganDalamKeluarga hubungan, Perkawinan perkawinan) {
    Nik parsed = Nik.of(nik);
    return AnggotaKeluarga.builder()
        .nik(parsed)
        .nama(NamaLengkap.of(nama))
        .jenisKelamin(parsed.encodesFemale() ? JenisKelamin.PEREMPUAN : JenisKelamin.LAKI_LAKI)
        .tempatLahir("LUBUK ALUNG")
        .tanggalLahir(tanggalLahir)
        .agama(Agama.ISLAM)
        .pendidikan(SiakCode.fromSiakCode(PendidikanDalamKk.class, 5))
        .pekerjaan(SiakCode.fromSiakCode(JenisPekerjaan.class, 88))
        .perkawinan(perkawinan)
        .hubungan(hubungan);
  }

  /** A registered marriage with a synthetic certificate number. */
  public static Perkawinan kawinTercatat(LocalDate tanggal) {
    return new Perkawinan(StatusPerkawinan.KAWIN_TERCATAT, tanggal, "SINTETIS/" + tanggal.getYear(), null, null);
  }

  /** {@code count} families, one after another. */
  public Stream<KartuKeluarga> families(int count) {
    return Stream.generate(this::next).limit(count);
  }

  /** The next family: a married couple with children (most), a single person, or three generations. */
  public KartuKeluarga next() {
    return next(nagari.get(random.nextInt(nagari.size())));
  }

  /** The next family, living in the given village (nagari, desa or kelurahan). */
  public KartuKeluarga next(KodeWilayah nagariCode) {
    return next(wilayah.find(nagariCode)
        .filter(found -> found.kode().isVillage())
        .orElseThrow(() -> new IllegalArgumentException(nagariCode + " is not a village")));
  }

  private KartuKeluarga next(Wilayah village) {
    KodeWilayah kecamatan = village.kode().kecamatan();
    String place = wilayah.nameOf(kecamatan).toUpperCase();
    List<AnggotaKeluarga> members = new ArrayList<>();
    int shape = random.nextInt(100);
    if (shape < 10) {
      members.add(single(kecamatan, place));
    } else {
      couple(kecamatan, place, members, shape >= 92);
    }
    // most addresses in a West Sumatran nagari are a korong without RT or RW (docs/domain.md §1.2)
    int rt = random.nextInt(6);
    Alamat alamat = new Alamat(
        "KORONG SINTETIS " + (1 + random.nextInt(40)),
        RtRw.of(rt == 0 ? "" : String.valueOf(rt), rt == 0 ? "" : String.valueOf(1 + random.nextInt(3))),
        village.kode(),
        wilayah.postcodeOf(village.kode()).orElse(""));
    return new KartuKeluarga(alamat, members);
  }

  private AnggotaKeluarga single(KodeWilayah kecamatan, String place) {
    JenisKelamin sex = random.nextBoolean() ? JenisKelamin.LAKI_LAKI : JenisKelamin.PEREMPUAN;
    LocalDate born = birthBetween(19, 80);
    return person(kecamatan, place, sex, born, StatusHubunganDalamKeluarga.KEPALA_KELUARGA,
            Perkawinan.belumKawin(), randomParents())
        .build();
  }

  private void couple(KodeWilayah kecamatan, String place, List<AnggotaKeluarga> members, boolean withGrandmother) {
    LocalDate husbandBorn = birthBetween(23, 75);
    LocalDate wifeBorn = husbandBorn.plusDays(random.nextInt(8 * 365));
    if (ChronoUnit.YEARS.between(wifeBorn, today) < 20) {
      wifeBorn = today.minusYears(20).minusDays(random.nextInt(300));
    }
    LocalDate bothAdult = later(husbandBorn, wifeBorn).plusYears(19);
    long room = Math.max(1, ChronoUnit.DAYS.between(bothAdult, today.minusMonths(1)));
    LocalDate married = bothAdult.plusDays(random.nextInt((int) Math.min(room, 6L * 365)));
    Perkawinan marriage = new Perkawinan(
        StatusPerkawinan.KAWIN_TERCATAT, married, "SINTETIS/" + (++certificates) + "/" + married.getYear(), null, null);
    AnggotaKeluarga husband = person(kecamatan, place, JenisKelamin.LAKI_LAKI, husbandBorn,
        StatusHubunganDalamKeluarga.KEPALA_KELUARGA, marriage, randomParents()).build();
    AnggotaKeluarga wife = person(kecamatan, place, JenisKelamin.PEREMPUAN, wifeBorn,
        StatusHubunganDalamKeluarga.ISTRI, marriage, randomParents()).build();
    members.add(husband);
    members.add(wife);
    OrangTua parents = new OrangTua(husband.nama(), husband.nik(), wife.nama(), wife.nik());
    LocalDate born = married.plusMonths(10 + random.nextInt(14));
    int children = random.nextInt(6);
    for (int i = 0; i < children && born.isBefore(today); i++) {
      JenisKelamin sex = random.nextBoolean() ? JenisKelamin.LAKI_LAKI : JenisKelamin.PEREMPUAN;
      members.add(person(kecamatan, place, sex, born, StatusHubunganDalamKeluarga.ANAK,
          Perkawinan.belumKawin(), parents).noAktaLahir("SINTETIS/AL/" + (++certificates)).build());
      born = born.plusMonths(18 + random.nextInt(30));
    }
    if (withGrandmother) {
      LocalDate grandmotherBorn = husbandBorn.minusYears(20 + random.nextInt(15));
      if (ChronoUnit.YEARS.between(grandmotherBorn, today) < 100) {
        members.add(person(kecamatan, place, JenisKelamin.PEREMPUAN, grandmotherBorn,
            StatusHubunganDalamKeluarga.ORANGTUA,
            new Perkawinan(StatusPerkawinan.CERAI_MATI, null, null, null, null), randomParents()).build());
      }
    }
  }

  private AnggotaKeluarga.Builder person(KodeWilayah kecamatan, String place, JenisKelamin sex,
      LocalDate born, StatusHubunganDalamKeluarga hubungan, Perkawinan perkawinan, OrangTua parents) {
    int age = (int) ChronoUnit.YEARS.between(born, today);
    PendidikanDalamKk schooling = education(age);
    return AnggotaKeluarga.builder()
        .nik(nik(kecamatan, born, sex))
        .nama(name(sex))
        .jenisKelamin(sex)
        .tempatLahir(place)
        .tanggalLahir(born)
        .agama(random.nextInt(200) == 0 ? Agama.KRISTEN : Agama.ISLAM)
        .pendidikan(schooling)
        .pekerjaan(occupation(age, sex, hubungan, schooling))
        .golonganDarah(GolonganDarah.values()[random.nextInt(GolonganDarah.values().length)])
        .perkawinan(perkawinan)
        .hubungan(hubungan)
        .orangTua(parents);
  }

  private Nik nik(KodeWilayah kecamatan, LocalDate born, JenisKelamin sex) {
    Nik withoutSerial = Nik.compose(kecamatan, born, sex, 1);
    String prefix = withoutSerial.value().substring(0, 12);
    int serial = serialBase + serials.merge(prefix, 1, Integer::sum);
    return Nik.compose(kecamatan, born, sex, serial);
  }

  private NamaLengkap name(JenisKelamin sex) {
    String[] first = sex == JenisKelamin.LAKI_LAKI ? MALE : FEMALE;
    return NamaLengkap.of(first[random.nextInt(first.length)] + " " + SECOND[random.nextInt(SECOND.length)]);
  }

  private OrangTua randomParents() {
    return new OrangTua(name(JenisKelamin.LAKI_LAKI), null, name(JenisKelamin.PEREMPUAN), null);
  }

  private PendidikanDalamKk education(int age) {
    int code;
    if (age < 5) {
      code = 1;
    } else if (age < 12) {
      code = 2;
    } else if (age < 15) {
      code = 3;
    } else if (age < 18) {
      code = 4;
    } else if (age < 22) {
      // at school or university until 22 (see occupation): junior or senior high school finished
      code = 4 + random.nextInt(2);
    } else {
      code = 3 + random.nextInt(6);
    }
    return SiakCode.fromSiakCode(PendidikanDalamKk.class, code);
  }

  /**
   * An occupation a person of this age and schooling plausibly has: a civil servant has finished
   * senior high school at least, a teacher a degree (D-IV/S1), as their appointment requires.
   */
  private JenisPekerjaan occupation(int age, JenisKelamin sex, StatusHubunganDalamKeluarga hubungan,
      PendidikanDalamKk schooling) {
    int code;
    if (age < 5) {
      code = 1;
    } else if (age < 22) {
      code = 3;
    } else if (age >= 65) {
      code = random.nextBoolean() ? 4 : 1;
    } else if (sex == JenisKelamin.PEREMPUAN && hubungan == StatusHubunganDalamKeluarga.ISTRI && random.nextInt(10) < 6) {
      code = 2;
    } else {
      int[] open = java.util.Arrays.stream(ADULT_OCCUPATIONS)
          .filter(job -> schooling.siakCode() >= MINIMUM_SCHOOLING.getOrDefault(job, 0)).toArray();
      code = open[random.nextInt(open.length)];
    }
    return SiakCode.fromSiakCode(JenisPekerjaan.class, code);
  }

  private LocalDate birthBetween(int youngest, int oldest) {
    long days = (long) (oldest - youngest) * 365;
    return today.minusYears(youngest).minusDays(1 + (long) (random.nextDouble() * days));
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
