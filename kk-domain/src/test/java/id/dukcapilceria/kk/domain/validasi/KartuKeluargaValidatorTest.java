package id.dukcapilceria.kk.domain.validasi;

import static id.dukcapilceria.kk.domain.kartukeluarga.KkExamples.TODAY;
import static id.dukcapilceria.kk.domain.kartukeluarga.KkExamples.child;
import static id.dukcapilceria.kk.domain.kartukeluarga.KkExamples.family;
import static id.dukcapilceria.kk.domain.kartukeluarga.KkExamples.head;
import static id.dukcapilceria.kk.domain.kartukeluarga.KkExamples.wife;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.kartukeluarga.Alamat;
import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.DokumenImigrasi;
import id.dukcapilceria.kk.domain.kartukeluarga.JenisKelamin;
import id.dukcapilceria.kk.domain.kartukeluarga.JenisPekerjaan;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.Kewarganegaraan;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.kartukeluarga.NamaLengkap;
import id.dukcapilceria.kk.domain.kartukeluarga.Nik;
import id.dukcapilceria.kk.domain.kartukeluarga.PendidikanDalamKk;
import id.dukcapilceria.kk.domain.kartukeluarga.Perkawinan;
import id.dukcapilceria.kk.domain.kartukeluarga.RtRw;
import id.dukcapilceria.kk.domain.kartukeluarga.SiakCode;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusDasar;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusHubunganDalamKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusPerkawinan;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Each rule: the example family passes it, and one change breaks it at the expected path. */
class KartuKeluargaValidatorTest {

  private static final KartuKeluargaValidator VALIDATOR = KartuKeluargaValidator.standard();

  private static List<Violation> check(KartuKeluarga kk) {
    return check(kk, JenisLayanan.PERUBAHAN_DATA);
  }

  private static List<Violation> check(KartuKeluarga kk, JenisLayanan layanan) {
    return VALIDATOR.validate(kk, layanan, TODAY);
  }

  /** Asserts that exactly this rule fires (once) at this path with this severity. */
  private static void fires(KartuKeluarga kk, ViolationCode code, String path) {
    fires(check(kk), code, path);
  }

  private static void fires(List<Violation> found, ViolationCode code, String path) {
    List<Violation> matching = found.stream().filter(v -> v.code().equals(code.code())).toList();
    assertEquals(1, matching.size(), () -> code + " expected once in " + found);
    assertEquals(path, matching.get(0).path());
    assertEquals(code.severity(), matching.get(0).severity());
  }

  private static void silent(KartuKeluarga kk, ViolationCode code) {
    assertTrue(check(kk).stream().noneMatch(v -> v.code().equals(code.code())), () -> code + " in " + check(kk));
  }

  @Test
  void theExampleFamilyBreaksNoRule() {
    assertEquals(List.of(), check(family()));
    // every service but those for a divorced head and for a foreign head, which this family is not
    for (JenisLayanan layanan : java.util.EnumSet.complementOf(
        java.util.EnumSet.of(JenisLayanan.KK_BARU_PERCERAIAN, JenisLayanan.KK_BARU_ORANG_ASING))) {
      assertFalse(KartuKeluargaValidator.hasErrors(check(family(), layanan)), layanan.name());
    }
  }

  @Test
  void theKodePosIsRequiredAndLookedAtWhenItIsNotTheNagarisOwn() {
    KartuKeluarga without = new KartuKeluarga(new Alamat("Korong Pasar Usang", RtRw.of("", ""),
        KodeWilayah.of("13.05.01.2001"), ""), family().anggota());
    fires(without, ViolationCode.ALAMAT_NO_KODE_POS, "kodePos");
    Violation missing = check(without).stream().filter(v -> v.path().equals("kodePos")).findFirst().orElseThrow();
    assertTrue(missing.message().contains("25581"), "the nagari's postcode is offered: " + missing.message());
    KartuKeluarga other = new KartuKeluarga(new Alamat("Korong Pasar Usang", RtRw.of("", ""),
        KodeWilayah.of("13.05.01.2001"), "25586"), family().anggota());
    fires(other, ViolationCode.ALAMAT_KODE_POS_UNEXPECTED, "kodePos");
    assertFalse(KartuKeluargaValidator.hasErrors(check(other)), "another postcode is a warning only");
    silent(family(), ViolationCode.ALAMAT_KODE_POS_UNEXPECTED);
  }

  @Test
  void theNewCardServicesHaveTheirHeadOfFamily() {
    fires(check(family(), JenisLayanan.KK_BARU_PERCERAIAN), ViolationCode.LAYANAN_DIVORCE_HEAD_NOT_DIVORCED,
        "members[0].perkawinan.status");
    Perkawinan divorced = new Perkawinan(StatusPerkawinan.CERAI_HIDUP_TERCATAT, null, null, LocalDate.of(2024, 5, 1), "AC/1/2024");
    assertFalse(KartuKeluargaValidator.hasErrors(check(family(head().perkawinan(divorced), child()),
        JenisLayanan.KK_BARU_PERCERAIAN)), () -> check(family(head().perkawinan(divorced), child()), JenisLayanan.KK_BARU_PERCERAIAN).toString());
    fires(check(family(), JenisLayanan.KK_BARU_ORANG_ASING), ViolationCode.LAYANAN_FOREIGNER_HEAD_NOT_WNA,
        "members[0].kewarganegaraan");
    KartuKeluarga foreign = family(head().kewarganegaraan(Kewarganegaraan.WNA)
        .dokumenImigrasi(new DokumenImigrasi("X1234567", "2C11JE7788")), wife(), child());
    fires(check(foreign, JenisLayanan.KK_BARU_PEWARGANEGARAAN), ViolationCode.LAYANAN_CITIZEN_HEAD_NOT_WNI,
        "members[0].kewarganegaraan");
    fires(check(foreign, JenisLayanan.KK_BARU_DATANG_LUAR_NEGERI), ViolationCode.LAYANAN_CITIZEN_HEAD_NOT_WNI,
        "members[0].kewarganegaraan");
    assertFalse(KartuKeluargaValidator.hasErrors(check(foreign, JenisLayanan.KK_BARU_ORANG_ASING)));
  }

  @Test
  void exactlyOneHead() {
    fires(family(wife(), child()), ViolationCode.KK_NO_HEAD, "members");
    fires(family(head(), wife(), child().hubungan(StatusHubunganDalamKeluarga.KEPALA_KELUARGA)),
        ViolationCode.KK_MANY_HEADS, "members");
  }

  @Test
  void nikUniqueWithinTheCard() {
    fires(family(head(), wife(), child().nik(Nik.of("1305010101800001"))), ViolationCode.KK_DUPLICATE_NIK, "members[2].nik");
  }

  @Test
  void birthDateNotInTheFuture() {
    LocalDate tomorrow = TODAY.plusDays(1);
    fires(family(head(), wife(), child().tanggalLahir(tomorrow)), ViolationCode.MEMBER_BIRTH_IN_FUTURE, "members[2].tanggalLahir");
    silent(family(head(), wife(), child().tanggalLahir(TODAY).nik(Nik.of("1305012411260003"))), ViolationCode.MEMBER_BIRTH_IN_FUTURE);
  }

  @Test
  void birthDateNotBeforeAnyLivingPerson() {
    fires(family(head().tanggalLahir(LocalDate.of(-1, 1, 1)), wife(), child()), ViolationCode.MEMBER_BIRTH_TOO_EARLY,
        "members[0].tanggalLahir");
    fires(family(head().tanggalLahir(LocalDate.of(1869, 12, 31)), wife(), child()), ViolationCode.MEMBER_BIRTH_TOO_EARLY,
        "members[0].tanggalLahir");
    silent(family(head(), wife(), child()), ViolationCode.MEMBER_BIRTH_TOO_EARLY);
  }

  @Test
  void onlyLivingResidentsAreListed() {
    fires(family(head(), wife(), child().statusDasar(StatusDasar.MATI)), ViolationCode.MEMBER_NOT_LIVING, "members[2].statusDasar");
  }

  @Test
  void nikDisagreeingWithTheTypedDataIsOnlyAWarning() {
    KartuKeluarga birth = family(head(), wife(), child().tanggalLahir(LocalDate.of(2010, 3, 11)));
    fires(birth, ViolationCode.NIK_BIRTH_DATE_MISMATCH, "members[2].nik");
    assertFalse(KartuKeluargaValidator.hasErrors(check(birth)));

    fires(family(head(), wife(), child().jenisKelamin(JenisKelamin.PEREMPUAN)), ViolationCode.NIK_SEX_MISMATCH, "members[2].nik");
  }

  @Test
  void nikRegionMustBeAProvinceAndShouldBeAKnownKecamatan() {
    fires(family(head(), wife(), child().nik(Nik.of("9905011003100003"))), ViolationCode.NIK_PROVINCE_UNKNOWN, "members[2].nik");
    KartuKeluarga oldKecamatan = family(head(), wife(), child().nik(Nik.of("1305991003100003")));
    fires(oldKecamatan, ViolationCode.NIK_KECAMATAN_UNKNOWN, "members[2].nik");
    assertFalse(KartuKeluargaValidator.hasErrors(check(oldKecamatan)));
  }

  @Test
  void aMovedInMemberKeepsTheNikOfAnotherRegion() {
    silent(family(head(), wife(), child().nik(Nik.of("3171011003100003"))), ViolationCode.NIK_KECAMATAN_UNKNOWN);
  }

  @Test
  void namesTheRegulationOnlyAdvisesAgainstAreWarnings() {
    fires(family(head(), wife().nama(NamaLengkap.of("Aminah")), child()), ViolationCode.NAMA_SINGLE_WORD, "members[1].namaLengkap");
    fires(family(head(), wife().nama(NamaLengkap.of("Nur'aini Putri")), child()), ViolationCode.NAMA_PUNCTUATION, "members[1].namaLengkap");
  }

  @Test
  void aForeignerNeedsPassportAndKitasKitap() {
    AnggotaKeluarga.Builder foreigner = wife().kewarganegaraan(Kewarganegaraan.WNA);
    List<Violation> found = check(family(head(), foreigner, child()));
    fires(found, ViolationCode.WNA_NO_PASPOR, "members[1].dokumenImigrasi.noPaspor");
    fires(found, ViolationCode.WNA_NO_KITAS_KITAP, "members[1].dokumenImigrasi.noKitasKitap");
    assertEquals(List.of(), check(family(head(), wife().kewarganegaraan(Kewarganegaraan.WNA)
        .dokumenImigrasi(new DokumenImigrasi("A1234567", "2C11AB0001")), child())));
  }

  @Test
  void aRegisteredMarriageNeedsItsDateAndCertificate() {
    Perkawinan noDate = new Perkawinan(StatusPerkawinan.KAWIN_TERCATAT, null, "KUA/12/2005", null, null);
    fires(family(head(), wife().perkawinan(noDate), child()), ViolationCode.PERKAWINAN_NO_DATE, "members[1].perkawinan.tanggalPerkawinan");
    Perkawinan noBook = new Perkawinan(StatusPerkawinan.KAWIN_TERCATAT, LocalDate.of(2005, 6, 12), " ", null, null);
    fires(family(head(), wife().perkawinan(noBook), child()), ViolationCode.PERKAWINAN_NO_CERTIFICATE, "members[1].perkawinan.noAktaPerkawinan");
    Perkawinan unregistered = new Perkawinan(StatusPerkawinan.KAWIN_BELUM_TERCATAT, null, null, null, null);
    assertEquals(List.of(), check(family(head().perkawinan(unregistered), wife().perkawinan(unregistered), child())));
  }

  @Test
  void aRegisteredDivorceNeedsItsCertificate() {
    Perkawinan divorced = new Perkawinan(StatusPerkawinan.CERAI_HIDUP_TERCATAT, null, null, LocalDate.of(2020, 1, 1), null);
    fires(family(head().perkawinan(divorced), child()), ViolationCode.PERCERAIAN_NO_CERTIFICATE, "members[0].perkawinan.noAktaPerceraian");
    Perkawinan withCertificate = new Perkawinan(StatusPerkawinan.CERAI_HIDUP_TERCATAT, null, null, LocalDate.of(2020, 1, 1), "PA-123/2020");
    silent(family(head().perkawinan(withCertificate), child()), ViolationCode.PERCERAIAN_NO_CERTIFICATE);
  }

  @Test
  void anUnmarriedPersonHasNoMarriageData() {
    Perkawinan contradiction = new Perkawinan(StatusPerkawinan.BELUM_KAWIN, LocalDate.of(2020, 1, 1), null, null, null);
    fires(family(head(), wife(), child().perkawinan(contradiction)), ViolationCode.PERKAWINAN_UNMARRIED_WITH_MARRIAGE, "members[2].perkawinan.status");
  }

  @Test
  void marriageDateAfterBothBirthsAndNotInTheFuture() {
    Perkawinan future = new Perkawinan(StatusPerkawinan.KAWIN_TERCATAT, TODAY.plusDays(3), "KUA/1", null, null);
    fires(family(head().perkawinan(future), wife(), child()), ViolationCode.PERKAWINAN_DATE_IN_FUTURE, "members[0].perkawinan.tanggalPerkawinan");
    Perkawinan beforeOwnBirth = new Perkawinan(StatusPerkawinan.KAWIN_TERCATAT, LocalDate.of(1979, 1, 1), "KUA/1", null, null);
    fires(family(head().perkawinan(beforeOwnBirth), wife(), child()), ViolationCode.PERKAWINAN_BEFORE_BIRTH, "members[0].perkawinan.tanggalPerkawinan");
    Perkawinan beforeWifeBirth = new Perkawinan(StatusPerkawinan.KAWIN_TERCATAT, LocalDate.of(1984, 1, 1), "KUA/1", null, null);
    fires(family(head().perkawinan(beforeWifeBirth), wife(), child()), ViolationCode.PERKAWINAN_BEFORE_SPOUSE_BIRTH, "members[0].perkawinan.tanggalPerkawinan");
  }

  @Test
  void marryingBefore19IsAWarning() {
    Perkawinan at18 = new Perkawinan(StatusPerkawinan.KAWIN_TERCATAT, LocalDate.of(2003, 3, 1), "KUA/1", null, null);
    fires(family(head(), wife().perkawinan(at18), child()), ViolationCode.PERKAWINAN_UNDER_AGE, "members[1].perkawinan.tanggalPerkawinan");
    Perkawinan at19 = new Perkawinan(StatusPerkawinan.KAWIN_TERCATAT, LocalDate.of(2004, 2, 5), "KUA/1", null, null);
    silent(family(head(), wife().perkawinan(at19), child()), ViolationCode.PERKAWINAN_UNDER_AGE);
  }

  @Test
  void divorceNotBeforeMarriage() {
    Perkawinan backwards = new Perkawinan(StatusPerkawinan.CERAI_HIDUP_TERCATAT, LocalDate.of(2010, 1, 1), "KUA/1", LocalDate.of(2009, 1, 1), "PA/1");
    fires(family(head().perkawinan(backwards), child()), ViolationCode.PERCERAIAN_BEFORE_MARRIAGE, "members[0].perkawinan.tanggalPerceraian");
  }

  @Test
  void spousesAreMarriedAndOfTheRightSex() {
    fires(family(head(), wife().perkawinan(Perkawinan.belumKawin()), child()), ViolationCode.SPOUSE_NOT_MARRIED, "members[1].perkawinan.status");
    fires(family(head().perkawinan(Perkawinan.belumKawin()), wife(), child()), ViolationCode.SPOUSE_HEAD_NOT_MARRIED, "members[0].perkawinan.status");
    fires(family(head(), wife().nik(Nik.of("1305010502850002")).jenisKelamin(JenisKelamin.LAKI_LAKI), child()),
        ViolationCode.SPOUSE_SEX, "members[1].jenisKelamin");
    fires(family(head(), wife().nik(Nik.of("1305010502850002")).jenisKelamin(JenisKelamin.LAKI_LAKI)
        .hubungan(StatusHubunganDalamKeluarga.SUAMI), child()), ViolationCode.SPOUSE_SAME_SEX_AS_HEAD, "members[1].jenisKelamin");
  }

  @Test
  void aChildOlderThanAParentIsAWarning() {
    KartuKeluarga kk = family(head(), wife(), child().nik(Nik.of("1305011003820003")).tanggalLahir(LocalDate.of(1982, 3, 10)));
    List<Violation> found = check(kk);
    assertEquals(2, found.stream().filter(v -> v.code().equals("age.childOlderThanParent")).count(), found::toString);
    assertFalse(KartuKeluargaValidator.hasErrors(found));
  }

  @Test
  void aParentYoungerThanTheHeadIsAWarning() {
    AnggotaKeluarga.Builder mother = wife().nik(Nik.of("1305014501900009")).nama(NamaLengkap.of("Rosmaini Putri"))
        .tanggalLahir(LocalDate.of(1990, 1, 5)).hubungan(StatusHubunganDalamKeluarga.ORANGTUA)
        .perkawinan(new Perkawinan(StatusPerkawinan.CERAI_MATI, null, null, null, null));
    fires(family(head(), wife(), child(), mother), ViolationCode.AGE_PARENT_TOO_YOUNG, "members[3].tanggalLahir");
  }

  @Test
  void educationAndOccupationUnusualForTheAgeAreWarnings() {
    fires(family(head(), wife(), child().pendidikan(SiakCode.fromSiakCode(PendidikanDalamKk.class, 8))),
        ViolationCode.AGE_EDUCATION, "members[2].pendidikan");
    AnggotaKeluarga.Builder toddler = child().nik(Nik.of("1305011003240003")).tanggalLahir(LocalDate.of(2024, 3, 10))
        .pendidikan(SiakCode.fromSiakCode(PendidikanDalamKk.class, 1))
        .pekerjaan(SiakCode.fromSiakCode(JenisPekerjaan.class, 9));
    fires(family(head(), wife(), toddler), ViolationCode.AGE_OCCUPATION, "members[2].pekerjaan");
    fires(family(head(), wife().pekerjaan(SiakCode.fromSiakCode(JenisPekerjaan.class, 4)), child()),
        ViolationCode.AGE_OCCUPATION, "members[1].pekerjaan");
    silent(family(head().pekerjaan(SiakCode.fromSiakCode(JenisPekerjaan.class, 4)), wife(), child()),
        ViolationCode.AGE_OCCUPATION);
  }

  @Test
  void splittingNeedsAHeadOf17OrEverMarried() {
    AnggotaKeluarga.Builder sixteen = child().nik(Nik.of("1305011003100003")).tanggalLahir(LocalDate.of(2010, 3, 10))
        .hubungan(StatusHubunganDalamKeluarga.KEPALA_KELUARGA);
    fires(check(family(sixteen), JenisLayanan.PISAH_KK), ViolationCode.LAYANAN_PISAH_HEAD_TOO_YOUNG, "members[0].tanggalLahir");
    AnggotaKeluarga.Builder seventeen = sixteen.nik(Nik.of("1305012411090003")).tanggalLahir(LocalDate.of(2009, 11, 24))
        .pendidikan(SiakCode.fromSiakCode(PendidikanDalamKk.class, 4));
    assertFalse(KartuKeluargaValidator.hasErrors(check(family(seventeen), JenisLayanan.PISAH_KK)));
    Perkawinan divorced = new Perkawinan(StatusPerkawinan.CERAI_HIDUP_BELUM_TERCATAT, null, null, null, null);
    assertFalse(KartuKeluargaValidator.hasErrors(check(family(sixteen.perkawinan(divorced)), JenisLayanan.PISAH_KK)));
  }

  @Test
  void aNewFamilyAfterMarriageHasAMarriedHead() {
    fires(check(family(head().perkawinan(Perkawinan.belumKawin())), JenisLayanan.KELUARGA_BARU),
        ViolationCode.LAYANAN_NEW_FAMILY_HEAD_NOT_MARRIED, "members[0].perkawinan.status");
  }

  @Test
  void aYoungNewHeadIsAWarningWhenTheHeadChanges() {
    AnggotaKeluarga.Builder orphan = child().hubungan(StatusHubunganDalamKeluarga.KEPALA_KELUARGA);
    fires(check(family(orphan), JenisLayanan.PENGGANTIAN_KEPALA_KELUARGA), ViolationCode.LAYANAN_HEAD_YOUNG, "members[0].tanggalLahir");
  }

  @Test
  void aBirthServiceExpectsANewborn() {
    fires(check(family(), JenisLayanan.TAMBAH_ANGGOTA_KELAHIRAN), ViolationCode.LAYANAN_BIRTH_NO_NEWBORN, "members");
    AnggotaKeluarga.Builder baby = child().nik(Nik.of("1305010105260004")).nama(NamaLengkap.of("Bayi Putra"))
        .tanggalLahir(LocalDate.of(2026, 5, 1)).pendidikan(SiakCode.fromSiakCode(PendidikanDalamKk.class, 1))
        .pekerjaan(SiakCode.fromSiakCode(JenisPekerjaan.class, 1));
    assertEquals(List.of(), check(family(head(), wife(), child(), baby), JenisLayanan.TAMBAH_ANGGOTA_KELAHIRAN));
  }

  @Test
  void everyViolationHasAnIndonesianAndAnEnglishMessage() {
    for (ViolationCode code : ViolationCode.values()) {
      Violation v = new Violation(code.code(), "members", code.severity(), "X", 1, 2);
      assertFalse(v.message().equals(code.code()), "Indonesian message missing for " + code);
      assertFalse(v.message(Locale.ENGLISH).equals(code.code()), "English message missing for " + code);
      assertFalse(v.message().equals(v.message(Locale.ENGLISH)), "same text in both languages for " + code);
    }
  }

  @Test
  void messagesSayWhatIsWrongInTheOperatorsLanguage() {
    Violation v = check(family(head(), wife(), child().nik(Nik.of("1305010101800001")))).get(0);
    assertEquals("NIK 1305010101800001 sudah tercatat pada anggota ke-1 kartu keluarga ini.", v.message());
    assertEquals("NIK 1305010101800001 is already recorded for member 1 of this family card.", v.message(Locale.ENGLISH));
  }
}
