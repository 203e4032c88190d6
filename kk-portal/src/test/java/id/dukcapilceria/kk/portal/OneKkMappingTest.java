package id.dukcapilceria.kk.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.input.CodeInput;
import id.dukcapilceria.kk.domain.input.KkInput;
import id.dukcapilceria.kk.domain.input.MemberInput;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.sintetis.SyntheticFamilies;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.portal.api.ApiProblem;
import id.dukcapilceria.kk.portal.api.JsonInput;
import id.dukcapilceria.kk.portal.api.KkJson;
import id.dukcapilceria.kk.portal.draft.DraftContent;
import id.dukcapilceria.kk.portal.draft.DraftJson;
import id.dukcapilceria.kk.portal.web.KkForm;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The intake form, the REST API and saved drafts hand the same family to the domain the same way:
 * each case goes through all three and must give the same card, or the same refusals at the same
 * paths, as the domain's own reading of it.
 */
class OneKkMappingTest {

  private static final KodeWilayah NAGARI = KodeWilayah.of("13.05.01.2001");

  /** What one channel made of a case: the card's fingerprint, or each refusal as path and code. */
  record Outcome(Optional<String> fingerprint, List<String> refusals) {
    static Outcome of(KkInput.Reading reading) {
      return new Outcome(reading.card().map(KartuKeluarga::fingerprint),
          reading.refusals().stream().map(r -> r.path() + " " + r.code()).toList());
    }
  }

  private static Map<String, KkInput> cases() {
    SyntheticFamilies families =
        new SyntheticFamilies(21, LocalDate.of(2026, 12, 6), WilayahDirectory.shared(), KodeWilayah.of("13.05"));
    Map<String, KkInput> cases = new LinkedHashMap<>();
    for (int i = 0; i < 40; i++) {
      cases.put("synthetic family " + i, typedInTheNagari(KkInput.of(families.next(NAGARI))));
    }
    KkInput family = cases.get("synthetic family 0");
    cases.put("father named \"-\"", member(family, 0, m -> with(m, "namaAyah", "-")));
    cases.put("both parents \" - \" and blank", member(family, 0, m -> with(with(m, "namaIbu", " - "), "namaAyah", " ")));
    cases.put("short NIK", member(family, 0, m -> with(m, "nik", "13050112038500")));
    cases.put("mother's NIK with a day 32", member(family, 0, m -> with(m, "nikIbu", "1305013203850001")));
    cases.put("no name and no birth date", member(family, family.members().size() - 1,
        m -> with(with(m, "namaLengkap", " "), "tanggalLahir", null)));
    cases.put("no marital status", member(family, 0, m -> with(m, "statusPerkawinan", null)));
    cases.put("RT of letters", new KkInput(family.alamat(), "A1", family.rw(), null, family.kodePos(), family.members()));
    cases.put("kode pos of four digits", new KkInput(family.alamat(), family.rt(), family.rw(), null, "2558", family.members()));
    cases.put("no address", new KkInput(" ", family.rt(), family.rw(), null, family.kodePos(), family.members()));
    cases.put("no members", family.withMembers(List.of()));
    return cases;
  }

  /** The form holds no village (the operator's own is used): the cases are what a form can hold. */
  private static KkInput typedInTheNagari(KkInput input) {
    return new KkInput(input.alamat(), input.rt(), input.rw(), null, input.kodePos(), input.members());
  }

  private static Outcome byForm(KkInput input) {
    return Outcome.of(KkForm.of(input).toInput().read(NAGARI));
  }

  private static Outcome byApi(KkInput input) {
    byte[] body = KkJson.write(input).build().toString().getBytes(StandardCharsets.UTF_8);
    return Outcome.of(KkJson.read(JsonInput.parse(body, false)).read(NAGARI));
  }

  private static Outcome byDraft(KkInput input) {
    byte[] saved = DraftJson.write(new DraftContent(JenisLayanan.PERUBAHAN_DATA, input, null, List.of()));
    return Outcome.of(DraftJson.read(saved).kk().read(NAGARI));
  }

  @Test
  void theFormTheApiAndDraftsGiveTheSameCardOrTheSameRefusalsAtTheSamePaths() {
    for (Map.Entry<String, KkInput> c : cases().entrySet()) {
      Outcome domain = Outcome.of(c.getValue().read(NAGARI));
      if (!c.getValue().members().isEmpty()) { // a form always keeps a row for the head of family
        assertEquals(domain, byForm(c.getValue()), "form: " + c.getKey());
      }
      assertEquals(domain, byApi(c.getValue()), "API: " + c.getKey());
      assertEquals(domain, byDraft(c.getValue()), "draft: " + c.getKey());
    }
  }

  @Test
  void theCasesAreBothAcceptedAndRefusedOnes() {
    Map<String, KkInput> cases = cases();
    assertTrue(cases.get("father named \"-\"").read(NAGARI).isAccepted());
    assertEquals(List.of("members[0].nik nik.length"), Outcome.of(cases.get("short NIK").read(NAGARI)).refusals());
    assertEquals(List.of("members[0].nikIbu nik.day"),
        Outcome.of(cases.get("mother's NIK with a day 32").read(NAGARI)).refusals());
    assertEquals(List.of("members kk.noMembers"),
        Outcome.of(cases.get("no members").read(NAGARI)).refusals());
  }

  @Test
  void aParentNamedADashIsUnknownInEveryChannel() {
    KkInput input = cases().get("father named \"-\"");
    for (KkInput.Reading reading : List.of(KkForm.of(input).toInput().read(NAGARI),
        KkJson.read(JsonInput.parse(KkJson.write(input).build().toString().getBytes(StandardCharsets.UTF_8), false))
            .read(NAGARI),
        DraftJson.read(DraftJson.write(new DraftContent(null, input, null, List.of()))).kk().read(NAGARI))) {
      assertTrue(reading.card().orElseThrow().anggota().get(0).orangTua().namaAyah().isEmpty());
    }
  }

  @Test
  void theApiAnswersTheRefusalsAsFieldErrorsAtTheSamePaths() {
    KkInput input = cases().get("mother's NIK with a day 32");
    byte[] body = KkJson.write(input).build().toString().getBytes(StandardCharsets.UTF_8);
    ApiProblem problem = org.junit.jupiter.api.Assertions.assertThrows(ApiProblem.class,
        () -> KkJson.toKartuKeluarga(JsonInput.parse(body, false), NAGARI));
    assertEquals(422, problem.status());
    assertEquals(List.of("members[0].nikIbu"), problem.errors().stream().map(e -> e.field()).toList());
  }

  private static KkInput member(KkInput input, int index, UnaryOperator<MemberInput> change) {
    List<MemberInput> members = new ArrayList<>(input.members());
    members.set(index, change.apply(members.get(index)));
    return input.withMembers(members);
  }

  /** The member with one field replaced, by its input name. */
  private static MemberInput with(MemberInput m, String field, Object value) {
    return new MemberInput(
        pick(field, "nik", value, m.nik()), pick(field, "namaLengkap", value, m.namaLengkap()), m.jenisKelamin(),
        m.tempatLahir(), field.equals("tanggalLahir") ? (LocalDate) value : m.tanggalLahir(), m.agama(),
        m.pendidikan(), m.pekerjaan(), m.golonganDarah(),
        field.equals("statusPerkawinan") ? (CodeInput) value : m.statusPerkawinan(), m.tanggalPerkawinan(),
        m.noAktaPerkawinan(), m.tanggalPerceraian(), m.noAktaPerceraian(), m.hubungan(), m.kewarganegaraan(),
        m.noPaspor(), m.noKitasKitap(), pick(field, "namaAyah", value, m.namaAyah()), m.nikAyah(),
        pick(field, "namaIbu", value, m.namaIbu()), pick(field, "nikIbu", value, m.nikIbu()), m.noAktaLahir(),
        m.penyandangCacat());
  }

  private static String pick(String field, String name, Object value, String current) {
    return field.equals(name) ? (String) value : current;
  }
}
