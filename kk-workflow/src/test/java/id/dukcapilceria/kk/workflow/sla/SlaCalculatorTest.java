package id.dukcapilceria.kk.workflow.sla;

import static id.dukcapilceria.kk.workflow.permohonan.PermohonanTest.NOBODY_ON_ANOTHER_CARD;
import static id.dukcapilceria.kk.workflow.permohonan.PermohonanTest.family;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.validasi.KartuKeluargaValidator;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import id.dukcapilceria.kk.workflow.permohonan.PermohonanTest;
import id.dukcapilceria.kk.workflow.permohonan.ProblemCategory;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import id.dukcapilceria.kk.workflow.permohonan.SopStep;
import id.dukcapilceria.kk.workflow.permohonan.Submission;
import id.dukcapilceria.kk.workflow.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every figure from a fixed clock moved by hand: the expected values are worked out below. */
class SlaCalculatorTest {

  private static final KartuKeluargaValidator VALIDATOR = KartuKeluargaValidator.standard();

  private static final Instant NINE_WIB = Instant.parse("2026-11-24T02:00:00Z");
  private static final Actor NAGARI = new Actor("op.lubukalung", Role.OPERATOR_NAGARI, KodeWilayah.of("13.05.01.2001"));
  private static final Actor OPERATOR = Actor.of("operator", Role.OPERATOR_LAYANAN);
  private static final Actor KASI = Actor.of("kasi", Role.KASI_KABID);
  private static final Actor KADIS = Actor.of("kadis", Role.KADIS);

  private final MutableClock clock = new MutableClock(NINE_WIB);
  private final SlaCalculator sla = new SlaCalculator(MutuBaku.sop(), clock);

  /** Intake began 4 minutes before submission; each later step takes the given minutes. */
  private Permohonan lifecycle(String nomor, int verify, int confirm, int sign, int register, int handOver) {
    Permohonan p = Permohonan.submit(new Submission(nomor, JenisLayanan.PERUBAHAN_DATA, family(),
        PermohonanTest.documentsFor(JenisLayanan.PERUBAHAN_DATA, family()), clock.instant().minusSeconds(240), false), NAGARI, VALIDATOR, clock);
    clock.advance(Duration.ofMinutes(verify));
    p.verify(OPERATOR, NomorKk.of("1305012411260001"), NOBODY_ON_ANOTHER_CARD, VALIDATOR, clock);
    clock.advance(Duration.ofMinutes(confirm));
    p.confirm(KASI, clock);
    clock.advance(Duration.ofMinutes(sign));
    p.sign(KADIS, p.kartuKeluarga().fingerprint(), "ab".repeat(32), Optional.empty(), clock);
    clock.advance(Duration.ofMinutes(register));
    p.registerAndSend(OPERATOR, "0001/2026", clock);
    clock.advance(Duration.ofMinutes(handOver));
    p.handOverAndArchive(NAGARI, "Rusdi Chaniago", clock);
    return p;
  }

  @Test
  void eachStepIsTimedWithWhoCompletedIt() {
    Permohonan p = lifecycle("PMH-2026-00001", 2, 1, 3, 2, 1);

    List<StepTiming> timings = sla.timings(p);

    assertEquals(List.of(SopStep.INPUT_DATA, SopStep.VERIFIKASI, SopStep.KONFIRMASI, SopStep.SERTIFIKASI_ELEKTRONIK,
        SopStep.REGISTER_DAN_KIRIM, SopStep.CETAK_SERAH_ARSIP), timings.stream().map(StepTiming::step).toList());
    assertEquals(List.of(4L, 2L, 1L, 3L, 2L, 1L), timings.stream().map(t -> t.elapsed().toMinutes()).toList());
    assertEquals(List.of("op.lubukalung", "operator", "kasi", "kadis", "operator", "op.lubukalung"),
        timings.stream().map(StepTiming::completedBy).toList());
    assertEquals(List.of(false, false, false, true, false, false), timings.stream().map(StepTiming::isOverdue).toList(),
        "only the Kadis took longer than the standard (3 > 1 minute)");
  }

  @Test
  void aStepStillWaitingIsOverdueOnceItsStandardHasPassed() {
    Permohonan p = Permohonan.submit(new Submission("PMH-2026-00002", JenisLayanan.PERUBAHAN_DATA, family(),
        PermohonanTest.documentsFor(JenisLayanan.PERUBAHAN_DATA, family()), null, false), NAGARI, VALIDATOR, clock);
    clock.advance(Duration.ofMinutes(2));
    assertTrue(sla.overdueNow(List.of(p)).isEmpty(), "2 minutes is within verification's standard");

    clock.advance(Duration.ofSeconds(1));
    List<StepTiming> late = sla.overdueNow(List.of(p));
    assertEquals(1, late.size());
    assertEquals(SopStep.VERIFIKASI, late.get(0).step());
    assertTrue(late.get(0).isOpen());
    assertEquals(Duration.ofSeconds(121), late.get(0).elapsed());
  }

  @Test
  void aReturnCompletesTheStepItLeftAndTheRepeatIsTimedAgain() {
    Permohonan p = Permohonan.submit(new Submission("PMH-2026-00003", JenisLayanan.PERUBAHAN_DATA, family(),
        PermohonanTest.documentsFor(JenisLayanan.PERUBAHAN_DATA, family()), null, false), NAGARI, VALIDATOR, clock);
    clock.advance(Duration.ofMinutes(1));
    p.verify(OPERATOR, NomorKk.of("1305012411260001"), NOBODY_ON_ANOTHER_CARD, VALIDATOR, clock);
    clock.advance(Duration.ofMinutes(2));
    p.returnToOperator(KASI, ProblemCategory.DATA_TIDAK_SESUAI, "Nama ibu beda", clock);
    clock.advance(Duration.ofMinutes(5));
    p.verify(OPERATOR, NomorKk.of("1305012411260001"), NOBODY_ON_ANOTHER_CARD, VALIDATOR, clock);

    List<StepTiming> timings = sla.timings(p);
    assertEquals(List.of(SopStep.VERIFIKASI, SopStep.KONFIRMASI, SopStep.VERIFIKASI, SopStep.KONFIRMASI),
        timings.stream().map(StepTiming::step).toList(), "no intake start was recorded, so step 1 is not timed");
    assertEquals(List.of(1L, 2L, 5L, 0L), timings.stream().map(t -> t.elapsed().toMinutes()).toList());
    assertTrue(timings.get(3).isOpen());
  }

  @Test
  void statisticsPerStepAndPerNagariOverAPeriod() {
    // verification took 1, 2, 3, 4 and 10 minutes in five applications
    int[] verify = {1, 2, 3, 4, 10};
    List<Permohonan> applications = new java.util.ArrayList<>();
    for (int i = 0; i < verify.length; i++) {
      applications.add(lifecycle("PMH-2026-0001" + i, verify[i], 1, 1, 2, 2));
    }
    List<StepTiming> timings = sla.timings(applications);

    Map<SopStep, StepStatistics> perStep = SlaCalculator.statistics(timings, t -> true, StepTiming::step);
    StepStatistics verification = perStep.get(SopStep.VERIFIKASI);
    assertEquals(5, verification.count());
    assertEquals(Duration.ofSeconds(240), verification.mean(), "(1+2+3+4+10)/5 = 4 minutes");
    assertEquals(Duration.ofMinutes(3), verification.median());
    assertEquals(Duration.ofMinutes(10), verification.p90(), "nearest rank: ceil(0.9 x 5) = 5th value");
    assertEquals(0.6, verification.shareOverStandard(), 1e-9, "3, 4 and 10 minutes exceed 2");
    assertEquals(0.0, perStep.get(SopStep.KONFIRMASI).shareOverStandard(), 1e-9);

    Map<String, StepStatistics> perNagari = SlaCalculator.statistics(timings,
        t -> t.step() == SopStep.VERIFIKASI, t -> t.nagari().value());
    assertEquals(Map.of("13.05.01.2001", verification), perNagari);

    Instant afterFirst = timings.stream().filter(t -> t.permohonanNomor().equals("PMH-2026-00010"))
        .map(t -> t.completedAt()).max(Instant::compareTo).orElseThrow();
    Map<SopStep, StepStatistics> later = SlaCalculator.statistics(timings,
        SlaCalculator.completedBetween(afterFirst.plusSeconds(1), clock.instant().plusSeconds(1)), StepTiming::step);
    assertEquals(4, later.get(SopStep.VERIFIKASI).count(), "the first application falls before the period");
  }

  @Test
  void theStandardsAreConfigurable() {
    MutuBaku relaxed = MutuBaku.sop().with(SopStep.SERTIFIKASI_ELEKTRONIK, Duration.ofMinutes(5));
    List<StepTiming> timings = new SlaCalculator(relaxed, clock).timings(lifecycle("PMH-2026-00020", 2, 1, 3, 2, 1));
    assertFalse(timings.stream().anyMatch(StepTiming::isOverdue));
    assertEquals(Duration.ofMinutes(5), relaxed.of(SopStep.SERTIFIKASI_ELEKTRONIK));
    assertEquals(Duration.ofMinutes(1), MutuBaku.sop().of(SopStep.SERTIFIKASI_ELEKTRONIK), "the original is unchanged");
  }

  @Test
  void theDashboardReportCountsWhatWasCompletedInThePeriodAndWhatWaitsNow() {
    Instant start = clock.instant();
    Permohonan quick = lifecycle("PMH-2026-00030", 1, 1, 1, 1, 1);
    Permohonan slow = lifecycle("PMH-2026-00031", 5, 1, 1, 1, 1);
    Permohonan waiting = Permohonan.submit(new Submission("PMH-2026-00032", JenisLayanan.PERUBAHAN_DATA, family(),
        PermohonanTest.documentsFor(JenisLayanan.PERUBAHAN_DATA, family()), null, false), NAGARI, VALIDATOR, clock);
    Permohonan returned = Permohonan.submit(new Submission("PMH-2026-00033", JenisLayanan.PERUBAHAN_DATA, family(),
        PermohonanTest.documentsFor(JenisLayanan.PERUBAHAN_DATA, family()), null, false), NAGARI, VALIDATOR, clock);
    returned.verify(OPERATOR, NomorKk.of("1305012411260001"), NOBODY_ON_ANOTHER_CARD, VALIDATOR, clock);
    returned.returnToOperator(KASI, ProblemCategory.DATA_TIDAK_SESUAI, "Nama ibu beda", clock);
    clock.advance(Duration.ofMinutes(3));

    SlaReport report = SlaReport.of(List.of(quick, slow, waiting, returned), start, clock.instant(), sla,
        java.time.ZoneId.of("Asia/Jakarta"));

    StepStatistics verification = report.completed().get(SopStep.VERIFIKASI);
    assertEquals(3, verification.count(), "quick, slow, and the returned one's first pass");
    assertEquals(Duration.ofMinutes(1), verification.median(), "1, 5 and 0 minutes");
    assertEquals(1.0 / 3, verification.shareOverStandard(), 1e-9, "only 5 minutes exceeds 2");
    assertEquals(2, report.completed().get(SopStep.CETAK_SERAH_ARSIP).count());
    assertEquals(2, report.completed().get(SopStep.INPUT_DATA).count(), "the two intakes with a recorded start");
    assertEquals(2, report.waitingNow().get(SopStep.VERIFIKASI), "the new one and the returned one");
    assertEquals(2, report.overdueNow().get(SopStep.VERIFIKASI), "both have waited 3 minutes > 2");
    assertEquals(0, report.waitingNow().get(SopStep.KONFIRMASI));
    assertEquals(2, report.finished());
    assertEquals(Map.of(KodeWilayah.of("13.05.01.2001"), 2), report.finishedPerNagari());
    assertEquals(java.util.Set.of(java.time.LocalDate.of(2026, 11, 24)), report.finishedPerDay().keySet());
    assertEquals(1, report.openProblems());

    SlaReport before = SlaReport.of(List.of(quick, slow), start.minusSeconds(3600), start, sla, java.time.ZoneId.of("Asia/Jakarta"));
    assertEquals(0, before.finished(), "nothing was finished before the period");
    assertEquals(0, before.completed().get(SopStep.VERIFIKASI).count());
  }
}
