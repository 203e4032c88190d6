package id.dukcapilceria.kk.domain.validasi;

import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.JenisKelamin;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.kartukeluarga.Kewarganegaraan;
import id.dukcapilceria.kk.domain.kartukeluarga.NameRules;
import id.dukcapilceria.kk.domain.kartukeluarga.Nik;
import id.dukcapilceria.kk.domain.kartukeluarga.Perkawinan;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusDasar;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusHubunganDalamKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusPerkawinan;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one entry point for the rules of a card across its fields and members: given a card, the
 * service type and a reference date, every {@link Violation}. ERRORs are what Dukcapil cannot
 * accept; WARNINGs are legitimate but unusual (a NIK keeps its digits when sex or birth date are
 * corrected, Permendagri 108/2019 Pasal 15(3)) and need the operator's acknowledgement.
 *
 * <p>Single values are already checked by the value objects; this class never repeats them.
 */
public final class KartuKeluargaValidator {

  /** UU 16/2019: both spouses must be at least 19 to marry (a court may grant dispensation). */
  static final int MARRIAGE_AGE = 19;
  /** Permendagri 108/2019 Pasal 10(4): a new head of a split KK is 17 or (ever) married. */
  static final int HEAD_AGE = 17;
  /** A parent younger than this gap is implausible enough to ask the operator to look again. */
  static final int PARENT_GAP_YEARS = 12;
  /**
   * No living person was born earlier: the oldest person whose age was ever verified was born in
   * 1875. Not a rule of the regulations, a plausibility bound: an earlier date is a typing error
   * (or a date the NIK cannot carry, whose year has two digits).
   */
  static final java.time.LocalDate EARLIEST_BIRTH = java.time.LocalDate.of(1870, 1, 1);

  private final WilayahDirectory wilayah;
  private final NameRules names;

  /** A validator with the shipped name rules. */
  public KartuKeluargaValidator(WilayahDirectory wilayah) {
    this(wilayah, NameRules.standard());
  }

  /** A validator with a deployment's name rules (more titles, more watched words). */
  public KartuKeluargaValidator(WilayahDirectory wilayah, NameRules names) {
    this.wilayah = wilayah;
    this.names = names;
  }

  /** A validator over the region data shipped in this jar. */
  public static KartuKeluargaValidator standard() {
    return new KartuKeluargaValidator(WilayahDirectory.shared());
  }

  public List<Violation> validate(KartuKeluarga kk, JenisLayanan jenisLayanan, LocalDate today) {
    Check check = new Check(kk, today);
    address(check);
    heads(check);
    uniqueNiks(check);
    for (int i = 0; i < kk.anggota().size(); i++) {
      member(check, i, kk.anggota().get(i));
    }
    spouses(check);
    ageGaps(check);
    service(check, jenisLayanan);
    return List.copyOf(check.violations);
  }

  /** Whether any violation blocks submission. */
  public static boolean hasErrors(List<Violation> violations) {
    return violations.stream().anyMatch(Violation::isError);
  }

  /**
   * The card prints the kode pos in its header (docs/domain.md §1.2): a card is not issued without
   * it, and one that is not the village's, where it is known, is looked at again.
   */
  private void address(Check c) {
    String given = c.kk.alamat().kodePos();
    if (given.isEmpty()) {
      c.add(ViolationCode.ALAMAT_NO_KODE_POS, "kodePos",
          wilayah.postcodeOf(c.kk.alamat().kodeDesa()).orElse("-"));
      return;
    }
    wilayah.postcodeOf(c.kk.alamat().kodeDesa()).filter(known -> !known.equals(given))
        .ifPresent(known -> c.add(ViolationCode.ALAMAT_KODE_POS_UNEXPECTED, "kodePos", given, known));
  }

  private static void heads(Check c) {
    long heads = c.kk.anggota().stream().filter(AnggotaKeluarga::isKepalaKeluarga).count();
    if (heads == 0) {
      c.add(ViolationCode.KK_NO_HEAD, "members");
    } else if (heads > 1) {
      c.add(ViolationCode.KK_MANY_HEADS, "members", heads);
    }
  }

  private static void uniqueNiks(Check c) {
    Map<Nik, Integer> first = new HashMap<>();
    for (int i = 0; i < c.kk.anggota().size(); i++) {
      Nik nik = c.kk.anggota().get(i).nik();
      Integer earlier = first.putIfAbsent(nik, i);
      if (earlier != null) {
        c.add(ViolationCode.KK_DUPLICATE_NIK, path(i, "nik"), nik.value(), earlier + 1);
      }
    }
  }

  private void member(Check c, int i, AnggotaKeluarga a) {
    if (a.tanggalLahir().isAfter(c.today)) {
      c.add(ViolationCode.MEMBER_BIRTH_IN_FUTURE, path(i, "tanggalLahir"));
    }
    if (a.tanggalLahir().isBefore(EARLIEST_BIRTH)) {
      c.add(ViolationCode.MEMBER_BIRTH_TOO_EARLY, path(i, "tanggalLahir"), EARLIEST_BIRTH.getYear());
    }
    if (a.statusDasar() != StatusDasar.HIDUP) {
      c.add(ViolationCode.MEMBER_NOT_LIVING, path(i, "statusDasar"), a.statusDasar().label());
    }
    nikAgainstData(c, i, a);
    for (NameRules.Warning warning : names.warnings(a.nama())) {
      c.add(ViolationCode.of(warning.code()), path(i, "namaLengkap"), warning.word() == null ? "" : warning.word());
    }
    if (a.kewarganegaraan() == Kewarganegaraan.WNA) {
      if (a.dokumenImigrasi().noPaspor().isEmpty()) {
        c.add(ViolationCode.WNA_NO_PASPOR, path(i, "dokumenImigrasi.noPaspor"));
      }
      if (a.dokumenImigrasi().noKitasKitap().isEmpty()) {
        c.add(ViolationCode.WNA_NO_KITAS_KITAP, path(i, "dokumenImigrasi.noKitasKitap"));
      }
    }
    marriage(c, i, a);
    educationAndWork(c, i, a);
  }

  private void nikAgainstData(Check c, int i, AnggotaKeluarga a) {
    Nik nik = a.nik();
    KodeWilayah kecamatan = nik.registeredKecamatan();
    if (wilayah.find(KodeWilayah.of(kecamatan.value().substring(0, 2))).isEmpty()) {
      c.add(ViolationCode.NIK_PROVINCE_UNKNOWN, path(i, "nik"), kecamatan.value().substring(0, 2));
    } else if (wilayah.find(kecamatan).isEmpty()) {
      // codes change when regions split; a NIK keeps the code it was issued with (SOURCE.md)
      c.add(ViolationCode.NIK_KECAMATAN_UNKNOWN, path(i, "nik"), kecamatan.value());
    }
    if (!nik.matchesBirthDate(a.tanggalLahir())) {
      c.add(ViolationCode.NIK_BIRTH_DATE_MISMATCH, path(i, "nik"));
    }
    if (nik.encodesFemale() != (a.jenisKelamin() == JenisKelamin.PEREMPUAN)) {
      c.add(ViolationCode.NIK_SEX_MISMATCH, path(i, "nik"), a.jenisKelamin().label());
    }
  }

  private static void marriage(Check c, int i, AnggotaKeluarga a) {
    Perkawinan p = a.perkawinan();
    StatusPerkawinan status = p.status();
    if (status == StatusPerkawinan.KAWIN_TERCATAT) {
      if (p.tanggalPerkawinan().isEmpty()) {
        c.add(ViolationCode.PERKAWINAN_NO_DATE, path(i, "perkawinan.tanggalPerkawinan"));
      }
      if (p.noAktaPerkawinan().isEmpty()) {
        c.add(ViolationCode.PERKAWINAN_NO_CERTIFICATE, path(i, "perkawinan.noAktaPerkawinan"));
      }
    }
    if (status == StatusPerkawinan.CERAI_HIDUP_TERCATAT && p.noAktaPerceraian().isEmpty()) {
      c.add(ViolationCode.PERCERAIAN_NO_CERTIFICATE, path(i, "perkawinan.noAktaPerceraian"));
    }
    if (status == StatusPerkawinan.BELUM_KAWIN
        && (p.tanggalPerkawinan().isPresent() || p.noAktaPerkawinan().isPresent())) {
      c.add(ViolationCode.PERKAWINAN_UNMARRIED_WITH_MARRIAGE, path(i, "perkawinan.status"));
    }
    p.tanggalPerkawinan().ifPresent(date -> {
      if (date.isAfter(c.today)) {
        c.add(ViolationCode.PERKAWINAN_DATE_IN_FUTURE, path(i, "perkawinan.tanggalPerkawinan"));
      } else if (!date.isAfter(a.tanggalLahir())) {
        c.add(ViolationCode.PERKAWINAN_BEFORE_BIRTH, path(i, "perkawinan.tanggalPerkawinan"));
      } else if (a.ageOn(date) < MARRIAGE_AGE) {
        c.add(ViolationCode.PERKAWINAN_UNDER_AGE, path(i, "perkawinan.tanggalPerkawinan"), a.ageOn(date), MARRIAGE_AGE);
      }
      p.tanggalPerceraian().filter(divorce -> divorce.isBefore(date)).ifPresent(divorce ->
          c.add(ViolationCode.PERCERAIAN_BEFORE_MARRIAGE, path(i, "perkawinan.tanggalPerceraian")));
    });
  }

  /** Education and occupation that a person of this age can hardly have (WARNING only). */
  private static void educationAndWork(Check c, int i, AnggotaKeluarga a) {
    int age = a.ageOn(c.today);
    int minimum = MINIMUM_AGE_BY_EDUCATION[a.pendidikan().siakCode()];
    if (age < minimum) {
      c.add(ViolationCode.AGE_EDUCATION, path(i, "pendidikan"), a.pendidikan().label(), age, minimum);
    }
    int work = a.pekerjaan().siakCode();
    boolean noJob = work == JOBLESS || work == STUDENT;
    if (age < CHILD_WORK_AGE && !noJob) {
      c.add(ViolationCode.AGE_OCCUPATION, path(i, "pekerjaan"), a.pekerjaan().label(), age);
    }
    if (work == RETIRED && age < RETIREMENT_PLAUSIBLE) {
      c.add(ViolationCode.AGE_OCCUPATION, path(i, "pekerjaan"), a.pekerjaan().label(), age);
    }
  }

  /**
   * The youngest plausible age for each "pendidikan dalam KK" code (index = SIAK code 1..10,
   * docs/domain.md §2.3): the usual school age of completing that level, a year early for the
   * accelerated. Below it is a WARNING, not an error.
   */
  private static final int[] MINIMUM_AGE_BY_EDUCATION = {0, 0, 5, 11, 14, 17, 18, 19, 20, 22, 24};

  /** SIAK codes of the occupations the age rule looks at (docs/domain.md §2.4). */
  static final int JOBLESS = 1;
  static final int STUDENT = 3;
  static final int RETIRED = 4;
  static final int CHILD_WORK_AGE = 10;
  static final int RETIREMENT_PLAUSIBLE = 45;

  private static void spouses(Check c) {
    Optional<AnggotaKeluarga> head = c.kk.kepalaKeluarga();
    for (int i = 0; i < c.kk.anggota().size(); i++) {
      AnggotaKeluarga a = c.kk.anggota().get(i);
      StatusHubunganDalamKeluarga h = a.hubungan();
      if (h != StatusHubunganDalamKeluarga.SUAMI && h != StatusHubunganDalamKeluarga.ISTRI) {
        continue;
      }
      if (!a.statusPerkawinan().isMarried()) {
        c.add(ViolationCode.SPOUSE_NOT_MARRIED, path(i, "perkawinan.status"), h.label());
      }
      JenisKelamin expected = h == StatusHubunganDalamKeluarga.SUAMI ? JenisKelamin.LAKI_LAKI : JenisKelamin.PEREMPUAN;
      if (a.jenisKelamin() != expected) {
        c.add(ViolationCode.SPOUSE_SEX, path(i, "jenisKelamin"), h.label(), expected.label());
      }
      if (head.isPresent()) {
        AnggotaKeluarga k = head.get();
        int headIndex = c.kk.anggota().indexOf(k);
        if (!k.statusPerkawinan().isMarried()) {
          c.add(ViolationCode.SPOUSE_HEAD_NOT_MARRIED, path(headIndex, "perkawinan.status"), h.label());
        }
        if (k.jenisKelamin() == a.jenisKelamin()) {
          c.add(ViolationCode.SPOUSE_SAME_SEX_AS_HEAD, path(i, "jenisKelamin"));
        }
        marriageAfterBothBirths(c, i, a, k);
        marriageAfterBothBirths(c, headIndex, k, a);
      }
    }
  }

  private static void marriageAfterBothBirths(Check c, int i, AnggotaKeluarga a, AnggotaKeluarga spouse) {
    a.perkawinan().tanggalPerkawinan()
        .filter(date -> !date.isAfter(spouse.tanggalLahir()))
        .ifPresent(date -> c.add(ViolationCode.PERKAWINAN_BEFORE_SPOUSE_BIRTH, path(i, "perkawinan.tanggalPerkawinan")));
  }

  /** Children older than their parents and parents younger than their children (WARNING). */
  private static void ageGaps(Check c) {
    List<AnggotaKeluarga> parents = new ArrayList<>();
    c.kk.kepalaKeluarga().ifPresent(parents::add);
    c.kk.anggota().stream()
        .filter(a -> a.hubungan() == StatusHubunganDalamKeluarga.SUAMI || a.hubungan() == StatusHubunganDalamKeluarga.ISTRI)
        .forEach(parents::add);
    Optional<AnggotaKeluarga> head = c.kk.kepalaKeluarga();
    for (int i = 0; i < c.kk.anggota().size(); i++) {
      AnggotaKeluarga a = c.kk.anggota().get(i);
      if (a.hubungan() == StatusHubunganDalamKeluarga.ANAK) {
        for (AnggotaKeluarga parent : parents) {
          if (a.tanggalLahir().isBefore(parent.tanggalLahir().plusYears(PARENT_GAP_YEARS))) {
            c.add(ViolationCode.AGE_CHILD_OLDER_THAN_PARENT, path(i, "tanggalLahir"), parent.namaLengkap(), PARENT_GAP_YEARS);
          }
        }
      }
      boolean elder = a.hubungan() == StatusHubunganDalamKeluarga.ORANGTUA
          || a.hubungan() == StatusHubunganDalamKeluarga.MERTUA;
      if (elder && head.isPresent()
          && head.get().tanggalLahir().isBefore(a.tanggalLahir().plusYears(PARENT_GAP_YEARS))) {
        c.add(ViolationCode.AGE_PARENT_TOO_YOUNG, path(i, "tanggalLahir"), a.hubungan().label(), PARENT_GAP_YEARS);
      }
    }
  }

  private static void service(Check c, JenisLayanan jenisLayanan) {
    Optional<AnggotaKeluarga> head = c.kk.kepalaKeluarga();
    if (head.isEmpty() || jenisLayanan == null) {
      return;
    }
    AnggotaKeluarga k = head.get();
    int headIndex = c.kk.anggota().indexOf(k);
    switch (jenisLayanan) {
      case PISAH_KK -> {
        if (k.ageOn(c.today) < HEAD_AGE && !k.statusPerkawinan().everMarried()) {
          c.add(ViolationCode.LAYANAN_PISAH_HEAD_TOO_YOUNG, path(headIndex, "tanggalLahir"), HEAD_AGE);
        }
      }
      case PENGGANTIAN_KEPALA_KELUARGA -> {
        if (k.ageOn(c.today) < HEAD_AGE && !k.statusPerkawinan().everMarried()) {
          c.add(ViolationCode.LAYANAN_HEAD_YOUNG, path(headIndex, "tanggalLahir"), HEAD_AGE);
        }
      }
      case KELUARGA_BARU -> {
        if (!k.statusPerkawinan().isMarried()) {
          c.add(ViolationCode.LAYANAN_NEW_FAMILY_HEAD_NOT_MARRIED, path(headIndex, "perkawinan.status"));
        }
      }
      case TAMBAH_ANGGOTA_KELAHIRAN -> {
        boolean newborn = c.kk.anggota().stream()
            .anyMatch(a -> !a.tanggalLahir().isBefore(c.today.minusYears(1)));
        if (!newborn) {
          c.add(ViolationCode.LAYANAN_BIRTH_NO_NEWBORN, "members");
        }
      }
      case KK_BARU_PERCERAIAN -> {
        StatusPerkawinan status = k.statusPerkawinan();
        if (status != StatusPerkawinan.CERAI_HIDUP_TERCATAT && status != StatusPerkawinan.CERAI_HIDUP_BELUM_TERCATAT) {
          c.add(ViolationCode.LAYANAN_DIVORCE_HEAD_NOT_DIVORCED, path(headIndex, "perkawinan.status"));
        }
      }
      case KK_BARU_ORANG_ASING -> {
        if (k.kewarganegaraan() != Kewarganegaraan.WNA) {
          c.add(ViolationCode.LAYANAN_FOREIGNER_HEAD_NOT_WNA, path(headIndex, "kewarganegaraan"));
        }
      }
      case KK_BARU_DATANG_LUAR_NEGERI, KK_BARU_PEWARGANEGARAAN -> {
        if (k.kewarganegaraan() != Kewarganegaraan.WNI) {
          c.add(ViolationCode.LAYANAN_CITIZEN_HEAD_NOT_WNI, path(headIndex, "kewarganegaraan"));
        }
      }
      default -> {
        // the other services have no rule that the card alone can check
      }
    }
  }

  private static String path(int index, String field) {
    return "members[" + index + "]." + field;
  }

  /** The card under check and what has been found so far. */
  private static final class Check {
    final KartuKeluarga kk;
    final LocalDate today;
    final List<Violation> violations = new ArrayList<>();

    Check(KartuKeluarga kk, LocalDate today) {
      this.kk = kk;
      this.today = today;
    }

    void add(ViolationCode code, String path, Object... arguments) {
      violations.add(new Violation(code.code(), path, code.severity(), arguments));
    }
  }
}
