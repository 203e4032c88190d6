package id.dukcapilceria.kk.workflow.sop;

import static id.dukcapilceria.kk.workflow.permohonan.PermohonanTest.documentsFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.sintetis.SyntheticFamilies;
import id.dukcapilceria.kk.domain.validasi.KartuKeluargaValidator;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.ProblemCategory;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import id.dukcapilceria.kk.workflow.permohonan.WorkflowException;
import id.dukcapilceria.kk.workflow.sop.DinasReads.ReturnReasonCount;
import id.dukcapilceria.kk.workflow.testing.MutableClock;
import id.dukcapilceria.kk.workflow.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The return reasons per nagari and category over a period, on a real database. */
class ReturnReasonsTest {

  private static final KodeWilayah LUBUK_ALUNG = KodeWilayah.of("13.05.01.2001");
  private static final KodeWilayah KATAPIANG = KodeWilayah.of("13.05.02.2002");
  private static final Actor OPERATOR = Actor.of("operator", Role.OPERATOR_LAYANAN);
  private static final Actor KASI = Actor.of("kasi", Role.KASI_KABID);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T02:00:00Z"));
  private final PermohonanSteps steps = new PermohonanSteps(clock, KartuKeluargaValidator.standard());
  private final DinasReads dinas = new DinasReads(clock);
  private final SyntheticFamilies families =
      new SyntheticFamilies(2026, LocalDate.of(2026, 11, 1), WilayahDirectory.shared(), KodeWilayah.of("13.05"));

  private long submitted(TestDatabase db, KodeWilayah nagari) {
    KartuKeluarga kk = families.next(nagari);
    Actor operator = new Actor("op." + nagari.value(), Role.OPERATOR_NAGARI, nagari);
    return db.inTransaction(em -> steps.submit(em, operator, JenisLayanan.PERUBAHAN_DATA, kk,
        documentsFor(JenisLayanan.PERUBAHAN_DATA, kk), null, true).id());
  }

  private void sendBack(TestDatabase db, long id, ProblemCategory category) {
    db.inTransaction(em -> { steps.sendBackToNagari(em, OPERATOR, id, category, "alasan"); return null; });
  }

  @Test
  void returnsAreCountedPerNagariAndCategoryWithinThePeriod() {
    try (TestDatabase db = TestDatabase.create()) {
      sendBack(db, submitted(db, LUBUK_ALUNG), ProblemCategory.DATA_TIDAK_SESUAI); // before the period
      clock.advance(Duration.ofDays(2));
      Instant from = clock.instant();
      sendBack(db, submitted(db, LUBUK_ALUNG), ProblemCategory.BERKAS_TIDAK_LENGKAP);
      sendBack(db, submitted(db, LUBUK_ALUNG), ProblemCategory.BERKAS_TIDAK_LENGKAP);
      sendBack(db, submitted(db, LUBUK_ALUNG), ProblemCategory.NIK_GANDA);
      sendBack(db, submitted(db, KATAPIANG), ProblemCategory.BERKAS_TIDAK_LENGKAP);
      // returned by the Kasi/Kabid to the operator: counted too, under the application's nagari
      long verified = submitted(db, KATAPIANG);
      db.inTransaction(em -> {
        steps.verify(em, OPERATOR, verified, id.dukcapilceria.kk.domain.kartukeluarga.NomorKk.of("1305022411260009"));
        return null;
      });
      db.inTransaction(em -> {
        steps.returnToOperator(em, KASI, verified, ProblemCategory.DATA_TIDAK_SESUAI, "alasan");
        return null;
      });
      Instant to = clock.instant().plusSeconds(1);
      clock.advance(Duration.ofDays(1));
      sendBack(db, submitted(db, KATAPIANG), ProblemCategory.LAINNYA); // after the period

      List<ReturnReasonCount> counts = db.inTransaction(em -> dinas.returnReasons(em, KASI, from, to));
      assertEquals(List.of(
              new ReturnReasonCount(LUBUK_ALUNG, ProblemCategory.BERKAS_TIDAK_LENGKAP, 2),
              new ReturnReasonCount(LUBUK_ALUNG, ProblemCategory.NIK_GANDA, 1),
              new ReturnReasonCount(KATAPIANG, ProblemCategory.BERKAS_TIDAK_LENGKAP, 1),
              new ReturnReasonCount(KATAPIANG, ProblemCategory.DATA_TIDAK_SESUAI, 1)),
          counts, "by nagari code, then category; none from outside the period");
    }
  }

  @Test
  void onlyTheDinasReadsThem() {
    try (TestDatabase db = TestDatabase.create()) {
      Actor nagari = new Actor("op", Role.OPERATOR_NAGARI, LUBUK_ALUNG);
      assertThrows(WorkflowException.class,
          () -> db.inTransaction(em -> dinas.returnReasons(em, nagari, Instant.EPOCH, clock.instant())));
      assertThrows(WorkflowException.class,
          () -> db.inTransaction(em -> dinas.returnReasons(em, Actor.of("admin", Role.ADMIN), Instant.EPOCH, clock.instant())));
    }
  }
}
