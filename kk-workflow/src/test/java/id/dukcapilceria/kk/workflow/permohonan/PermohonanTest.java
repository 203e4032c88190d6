package id.dukcapilceria.kk.workflow.permohonan;

import static id.dukcapilceria.kk.domain.sintetis.SyntheticFamilies.adult;
import static id.dukcapilceria.kk.domain.sintetis.SyntheticFamilies.kawinTercatat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.kartukeluarga.Alamat;
import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.domain.kartukeluarga.Perkawinan;
import id.dukcapilceria.kk.domain.kartukeluarga.RtRw;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusHubunganDalamKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusKartuKeluarga;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.layanan.Persyaratan;
import id.dukcapilceria.kk.domain.shared.Sha256;
import id.dukcapilceria.kk.domain.validasi.KartuKeluargaValidator;
import id.dukcapilceria.kk.workflow.dokumen.RequirementDocument;
import id.dukcapilceria.kk.workflow.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

public class PermohonanTest {

  private static final KartuKeluargaValidator VALIDATOR = KartuKeluargaValidator.standard();

  private static final KodeWilayah LUBUK_ALUNG = KodeWilayah.of("13.05.01.2001");
  private static final KodeWilayah KATAPIANG = KodeWilayah.of("13.05.02.2001");
  private static final Actor NAGARI = new Actor("op.lubukalung", Role.OPERATOR_NAGARI, LUBUK_ALUNG);
  private static final Actor OTHER_NAGARI = new Actor("op.katapiang", Role.OPERATOR_NAGARI, KATAPIANG);
  private static final Actor LAYANAN = Actor.of("op.layanan", Role.OPERATOR_LAYANAN);
  private static final Actor KASI = Actor.of("kasi", Role.KASI_KABID);
  private static final Actor KADIS = Actor.of("kadis", Role.KADIS);
  private static final NomorKk NOMOR = NomorKk.of("1305012411260001");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));

  public static KartuKeluarga family() {
    return new KartuKeluarga(
        new Alamat("Korong Pasar Usang", RtRw.of("1", "2"), LUBUK_ALUNG, "25581"),
        members("Budi Santoso"));
  }

  public static List<AnggotaKeluarga> members(String headName) {
    LocalDate married = LocalDate.of(2005, 6, 12);
    return List.of(
        adult("1305010101800001", headName, LocalDate.of(1980, 1, 1),
            StatusHubunganDalamKeluarga.KEPALA_KELUARGA, kawinTercatat(married)).build(),
        adult("1305014502850002", "Siti Aminah", LocalDate.of(1985, 2, 5),
            StatusHubunganDalamKeluarga.ISTRI, kawinTercatat(married)).build());
  }

  public static final ActiveCardLookup NOBODY_ON_ANOTHER_CARD = niks -> Map.of();

  /** Every document the service requires for this card, as if scanned by the nagari operator. */
  public static List<RequirementDocument> documentsFor(JenisLayanan layanan, KartuKeluarga kk) {
    return layanan.persyaratan().stream()
        .filter(p -> p.perluUntuk(kk) == Persyaratan.Perlu.YA)
        .map(p -> new RequirementDocument(p.dokumen(), p.dokumen().name().toLowerCase() + ".pdf",
            "application/pdf", 1234, Sha256.hex(p.dokumen().name()), Instant.parse("2026-11-24T01:58:00Z"), "op.lubukalung"))
        .toList();
  }

  static Submission submission(String nomor, KartuKeluarga kk) {
    return new Submission(nomor, JenisLayanan.PERUBAHAN_DATA, kk,
        documentsFor(JenisLayanan.PERUBAHAN_DATA, kk), Instant.parse("2026-11-24T01:56:00Z"), false);
  }

  private Permohonan submitted() {
    return Permohonan.submit(submission("PMH-2026-00001", family()), NAGARI, VALIDATOR, clock);
  }

  private Permohonan confirmed() {
    Permohonan p = submitted();
    p.verify(LAYANAN, NOMOR, NOBODY_ON_ANOTHER_CARD, VALIDATOR, clock);
    p.confirm(KASI, clock);
    return p;
  }

  @Test
  void oneApplicationTravelsThroughEveryStepOfTheSop() {
    Permohonan p = submitted();
    assertEquals(Status.DIAJUKAN, p.status());
    p.verify(LAYANAN, NOMOR, NOBODY_ON_ANOTHER_CARD, VALIDATOR, clock);
    assertEquals(Status.DIVERIFIKASI, p.status());
    p.confirm(KASI, clock);
    assertEquals(Status.DIKONFIRMASI, p.status());
    p.sign(KADIS, p.kartuKeluarga().fingerprint(), "ab".repeat(32), Optional.empty(), clock);
    assertEquals(Status.DITANDATANGANI, p.status());
    assertEquals(StatusKartuKeluarga.AKTIF, p.kartuKeluarga().status());
    p.registerAndSend(LAYANAN, "0001/2026", clock);
    assertEquals(Status.TERKIRIM, p.status());
    p.handOverAndArchive(NAGARI, "Rusdi Chaniago", clock);
    assertEquals(Status.SELESAI, p.status());

    assertEquals(
        List.of(Transition.SUBMIT, Transition.VERIFY, Transition.CONFIRM, Transition.SIGN,
            Transition.REGISTER_AND_SEND, Transition.HAND_OVER_AND_ARCHIVE),
        p.history().stream().map(StepRecord::transition).toList());
    assertEquals(List.of("op.lubukalung", "op.layanan", "kasi", "kadis", "op.layanan", "op.lubukalung"),
        p.history().stream().map(StepRecord::username).toList());
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"OPERATOR_NAGARI", "KASI_KABID", "KADIS", "ADMIN"})
  void onlyTheDigitalServiceOperatorMayVerify(Role role) {
    Permohonan p = submitted();
    Actor intruder = role == Role.OPERATOR_NAGARI ? NAGARI : Actor.of("x", role);

    WorkflowException e =
        assertThrows(WorkflowException.class, () -> p.verify(intruder, NOMOR, NOBODY_ON_ANOTHER_CARD, VALIDATOR, clock));

    assertEquals("transition.wrongRole", e.code());
    assertEquals(Status.DIAJUKAN, p.status());
    assertEquals(1, p.history().size());
  }

  @Test
  void aPlhSignsWithinTheirDesignationRecordedAsSuchAndIsRefusedTheDayAfter() {
    // designated for 24 and 25 November (WIB): from 24 Nov 00:00 to 26 Nov 00:00 in Jakarta
    Actor.Acting plh = new Actor.Acting(id.dukcapilceria.kk.domain.pejabat.Capacity.PLH,
        Instant.parse("2026-11-23T17:00:00Z"), Instant.parse("2026-11-25T17:00:00Z"));
    Actor acting = new Actor("plh.kadis", Role.KADIS, null, plh);

    Permohonan signed = confirmed();
    signed.sign(acting, signed.kartuKeluarga().fingerprint(), "ab".repeat(32), Optional.empty(), clock);
    assertEquals(Status.DITANDATANGANI, signed.status());
    StepRecord record = signed.history().get(signed.history().size() - 1);
    assertEquals("plh.kadis", record.username());
    assertEquals("Plh. Kepala Dinas", record.reason(), "who signed for whom, in the step's record");

    Permohonan later = confirmed();
    clock.advance(java.time.Duration.ofDays(2)); // 26 November, 09:00 WIB: the day after the last
    WorkflowException refused = assertThrows(WorkflowException.class, () ->
        later.sign(acting, later.kartuKeluarga().fingerprint(), "ab".repeat(32), Optional.empty(), clock));
    assertEquals("sign.actingOutsidePeriod", refused.code());
    assertEquals(Status.DIKONFIRMASI, later.status());
    later.sign(KADIS, later.kartuKeluarga().fingerprint(), "ab".repeat(32), Optional.empty(), clock);
    String inPerson = later.history().get(later.history().size() - 1).reason();
    assertTrue(inPerson == null || inPerson.isEmpty(), "the head signs in person: " + inPerson);

    assertThrows(IllegalArgumentException.class, () -> new Actor("plh", Role.KASI_KABID, null, plh),
        "only a Kadis account acts for the head");
  }

  @Test
  void theKadisCannotSignBeforeTheKasiConfirms() {
    Permohonan p = submitted();
    p.verify(LAYANAN, NOMOR, NOBODY_ON_ANOTHER_CARD, VALIDATOR, clock);

    WorkflowException e = assertThrows(WorkflowException.class,
        () -> p.sign(KADIS, p.kartuKeluarga().fingerprint(), "x", Optional.empty(), clock));
    assertEquals("transition.wrongStatus", e.code());
    assertTrue(e.getMessage().contains("Diverifikasi"), e.getMessage());
  }

  @Test
  void aNagariOperatorActsOnlyOnTheirOwnNagari() {
    assertThrows(WorkflowException.class,
        () -> Permohonan.submit(submission("PMH-2026-00002", family()), OTHER_NAGARI, VALIDATOR, clock));
    Permohonan p = confirmed();
    p.sign(KADIS, p.kartuKeluarga().fingerprint(), "ab".repeat(32), Optional.empty(), clock);
    p.registerAndSend(LAYANAN, "0001/2026", clock);

    WorkflowException e =
        assertThrows(WorkflowException.class, () -> p.handOverAndArchive(OTHER_NAGARI, "Rusdi Chaniago", clock));
    assertEquals("transition.otherNagari", e.code());
    assertFalse(p.isVisibleTo(OTHER_NAGARI));
    assertTrue(p.isVisibleTo(NAGARI));
    assertTrue(p.isVisibleTo(KASI));
  }

  @Test
  void aKasiReturnGoesBackToTheOperatorWithItsReasonAndIsLogged() {
    Permohonan p = submitted();
    p.verify(LAYANAN, NOMOR, NOBODY_ON_ANOTHER_CARD, VALIDATOR, clock);

    assertThrows(WorkflowException.class,
        () -> p.returnToOperator(KASI, ProblemCategory.DATA_TIDAK_SESUAI, "  ", clock));
    p.returnToOperator(KASI, ProblemCategory.DATA_TIDAK_SESUAI, "Tanggal lahir istri tidak sesuai akta", clock);

    assertEquals(Status.DIKEMBALIKAN_KE_OPERATOR, p.status());
    assertEquals(Optional.of(Role.OPERATOR_LAYANAN), p.status().waitingFor());
    assertEquals(Optional.of("Tanggal lahir istri tidak sesuai akta"), p.lastReason());
    BukuPermasalahanEntry entry = p.problems().get(0);
    assertEquals(Status.DIVERIFIKASI, entry.atStatus());
    assertEquals("kasi", entry.reportedBy());
    assertTrue(entry.isOpen());

    p.sendBackToNagari(LAYANAN, ProblemCategory.DATA_TIDAK_SESUAI, "Mohon lampirkan akta", clock);
    assertEquals(Status.PERLU_DILENGKAPI, p.status());
    p.resubmit(NAGARI, p.kartuKeluarga().alamat(), members("Budi Santoso"), List.of(), false, VALIDATOR, clock);
    p.verify(LAYANAN, NOMOR, NOBODY_ON_ANOTHER_CARD, VALIDATOR, clock);

    assertTrue(p.problems().stream().noneMatch(BukuPermasalahanEntry::isOpen));
    assertEquals(2, p.problems().size());
  }

  @Test
  void theSignedDataMustBeTheConfirmedData() {
    Permohonan p = confirmed();
    WorkflowException e = assertThrows(WorkflowException.class,
        () -> p.sign(KADIS, "0".repeat(64), "x", Optional.empty(), clock));
    assertEquals("sign.dataChanged", e.code());
    assertEquals(Status.DIKONFIRMASI, p.status());
  }

  @Test
  void signingSupersedesTheFamilysPreviousCard() {
    KartuKeluarga previous = family();
    previous.assignNomorKk(NOMOR);
    previous.activate();
    Permohonan p = confirmed();

    p.sign(KADIS, p.kartuKeluarga().fingerprint(), "ab".repeat(32), Optional.of(previous), clock);

    assertEquals(StatusKartuKeluarga.DIGANTIKAN, previous.status());
  }

  @Test
  void theConfirmerMustNotBeTheVerifier() {
    Permohonan p = submitted();
    p.verify(LAYANAN, NOMOR, NOBODY_ON_ANOTHER_CARD, VALIDATOR, clock);
    Actor sameUserAsKasi = Actor.of("op.layanan", Role.KASI_KABID);

    WorkflowException e = assertThrows(WorkflowException.class, () -> p.confirm(sameUserAsKasi, clock));
    assertEquals("confirm.sameAsVerifier", e.code());
  }

  @Test
  void aStepIsOverdueOnceItExceedsTheSopStandard() {
    Permohonan p = submitted();
    clock.advance(Duration.ofMinutes(2));
    assertFalse(p.isOverdue(clock), "verification may take 2 minutes");
    clock.advance(Duration.ofSeconds(1));
    assertTrue(p.isOverdue(clock));
  }

  @Test
  void aConfiguredStandardDecidesOverdueInsteadOfTheSops() {
    Permohonan p = submitted();
    java.util.function.Function<SopStep, Duration> longer =
        step -> step == SopStep.VERIFIKASI ? Duration.ofMinutes(10) : step.standard();
    clock.advance(Duration.ofMinutes(3));
    assertTrue(p.isOverdue(clock), "over the SOP's 2 minutes");
    assertFalse(p.isOverdue(clock, longer), "within the configured 10 minutes");
    assertTrue(p.isOverdue(clock, step -> Duration.ofMinutes(1)));
    assertEquals(p.isOverdue(clock), p.isOverdue(clock, SopStep::standard), "the old rule is the SOP's standards");
  }

  @Test
  void submittingDataWithErrorsIsRefusedWithTheReason() {
    KartuKeluarga noHead = new KartuKeluarga(
        new Alamat("Korong Pasar Usang", RtRw.of("1", "2"), LUBUK_ALUNG, "25581"),
        List.of(adult("1305010101800001", "Budi Santoso", LocalDate.of(1980, 1, 1),
            StatusHubunganDalamKeluarga.ANAK, Perkawinan.belumKawin()).build()));

    WorkflowException e = assertThrows(WorkflowException.class,
        () -> Permohonan.submit(submission("PMH-2026-00003", noHead), NAGARI, VALIDATOR, clock));
    assertEquals("Data KK belum benar: Belum ada anggota dengan status KEPALA KELUARGA.", e.getMessage());
  }
}
