package id.dukcapilceria.kk.domain.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.kartukeluarga.CodeReading;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusPerkawinan;
import id.dukcapilceria.kk.domain.sintetis.SyntheticFamilies;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class KkInputTest {

  private static final KodeWilayah NAGARI = KodeWilayah.of("13.05.01.2001");

  private static KkInput sample() {
    SyntheticFamilies families =
        new SyntheticFamilies(7, LocalDate.of(2026, 12, 6), WilayahDirectory.shared(), KodeWilayah.of("13.05"));
    return KkInput.of(families.next(NAGARI));
  }

  private static KkInput withMember(KkInput input, int index, java.util.function.UnaryOperator<MemberInput> change) {
    List<MemberInput> members = new ArrayList<>(input.members());
    members.set(index, change.apply(members.get(index)));
    return input.withMembers(members);
  }

  private static List<String> refusedPaths(KkInput.Reading reading) {
    return reading.refusals().stream().map(Refusal::path).toList();
  }

  @Test
  void aStoredCardReadAgainIsTheSameCard() {
    SyntheticFamilies families =
        new SyntheticFamilies(11, LocalDate.of(2026, 12, 6), WilayahDirectory.shared(), KodeWilayah.of("13.05"));
    for (int i = 0; i < 300; i++) {
      KartuKeluarga card = families.next();
      KkInput.Reading reading = KkInput.of(card).read(null);
      assertTrue(reading.isAccepted(), () -> "refused: " + reading.refusals());
      assertEquals(card.fingerprint(), reading.card().orElseThrow().fingerprint());
      assertEquals(KkInput.of(card), KkInput.of(reading.card().orElseThrow()));
    }
  }

  @Test
  void everyRefusalIsCollectedWithTheInputsOwnPathAndNoMemberIsHalfBuilt() {
    KkInput input = sample();
    KkInput broken = withMember(withMember(input, 0, m -> copy(m, "nik", "1305")), input.members().size() - 1,
        m -> copy(copy(m, "nikIbu", "12345"), "namaLengkap", ""));
    KkInput.Reading reading = new KkInput(broken.alamat(), "1234", broken.rw(), broken.kodeDesa(), "2558",
        broken.members()).read(null);
    int last = input.members().size() - 1;
    assertFalse(reading.isAccepted());
    assertEquals(List.of("rt", "members[0].nik", "members[" + last + "].namaLengkap", "members[" + last + "].nikIbu"),
        refusedPaths(reading).stream().filter(p -> !p.equals("kodePos")).toList(),
        "the address stops at its first refusal, each member reports every field");
    Refusal nikIbu = reading.refusals().get(reading.refusals().size() - 1);
    assertEquals("nik.length", nikIbu.code());
    assertTrue(nikIbu.message(Locale.forLanguageTag("id")).startsWith("NIK ibu"), nikIbu.message(Locale.ROOT));
    assertEquals(last, nikIbu.memberIndex());
    assertEquals("nikIbu", nikIbu.field());
  }

  @Test
  void aParentWrittenAsADashIsNotKnownAndNeverAName() {
    KkInput input = withMember(sample(), 0, m -> copy(copy(m, "namaAyah", " - "), "namaIbu", "-"));
    KartuKeluarga card = input.read(null).card().orElseThrow();
    assertTrue(card.anggota().get(0).orangTua().namaAyah().isEmpty());
    assertTrue(card.anggota().get(0).orangTua().namaIbu().isEmpty());
    assertEquals(null, KkInput.of(card).members().get(0).namaAyah());
  }

  @Test
  void codesAreReadByTheDomainWithTheMembersCertificates() {
    KkInput married = withMember(sample(), 0, m -> new MemberInput(m.nik(), m.namaLengkap(), m.jenisKelamin(),
        m.tempatLahir(), m.tanggalLahir(), m.agama(), m.pendidikan(), m.pekerjaan(), m.golonganDarah(),
        CodeInput.numbered(CodeReading.CodeSystem.SIAK, 2), LocalDate.of(2010, 1, 2), null, null, null,
        m.hubungan(), m.kewarganegaraan(), m.noPaspor(), m.noKitasKitap(), m.namaAyah(), m.nikAyah(), m.namaIbu(),
        m.nikIbu(), m.noAktaLahir(), m.penyandangCacat()));
    KkInput.Reading unclear = married.read(null);
    assertEquals(List.of("members[0].statusPerkawinan"), refusedPaths(unclear));
    assertEquals("code.marriedUnclear", unclear.refusals().get(0).code());
    KkInput recorded = withMember(married, 0, m -> copy(m, "noAktaPerkawinan", "1305-KW-02012010-0001"));
    assertEquals(StatusPerkawinan.KAWIN_TERCATAT,
        recorded.read(null).card().orElseThrow().anggota().get(0).statusPerkawinan());
  }

  @Test
  void aCardNeedsItsVillageAndAMember() {
    KkInput input = sample();
    KkInput noVillage = new KkInput(input.alamat(), input.rt(), input.rw(), null, input.kodePos(), List.of());
    assertEquals(List.of("kodeDesa", "members"), refusedPaths(noVillage.read(null)));
    assertTrue(noVillage.withMembers(input.members()).read(NAGARI).isAccepted(), "the operator's own nagari");
  }

  @Test
  void theValidatorsPathsAreNamedAsTheInputNamesThem() {
    assertEquals("members[2].tanggalPerkawinan", KkInput.pathOf("members[2].perkawinan.tanggalPerkawinan"));
    assertEquals("members[2].statusPerkawinan", KkInput.pathOf("members[2].perkawinan.status"));
    assertEquals("members[0].noPaspor", KkInput.pathOf("members[0].dokumenImigrasi.noPaspor"));
    assertEquals("members[1].nikIbu", KkInput.pathOf("members[1].orangTua.nikIbu"));
    assertEquals("members[1].nik", KkInput.pathOf("members[1].nik"));
    assertEquals("members", KkInput.pathOf("members"));
    assertEquals("kodeDesa", KkInput.pathOf("kodeWilayah"));
    assertEquals(-1, KkInput.memberIndexOf("alamat"));
  }

  /** The member with one text field replaced, by its name. */
  static MemberInput copy(MemberInput m, String field, String value) {
    return new MemberInput(
        field.equals("nik") ? value : m.nik(), field.equals("namaLengkap") ? value : m.namaLengkap(),
        m.jenisKelamin(), m.tempatLahir(), m.tanggalLahir(), m.agama(), m.pendidikan(), m.pekerjaan(),
        m.golonganDarah(), m.statusPerkawinan(), m.tanggalPerkawinan(),
        field.equals("noAktaPerkawinan") ? value : m.noAktaPerkawinan(), m.tanggalPerceraian(),
        m.noAktaPerceraian(), m.hubungan(), m.kewarganegaraan(), m.noPaspor(), m.noKitasKitap(),
        field.equals("namaAyah") ? value : m.namaAyah(), m.nikAyah(), field.equals("namaIbu") ? value : m.namaIbu(),
        field.equals("nikIbu") ? value : m.nikIbu(), m.noAktaLahir(), m.penyandangCacat());
  }
}
