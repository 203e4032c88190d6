package id.dukcapilceria.kk.workflow.sop;

import static id.dukcapilceria.kk.workflow.permohonan.PermohonanTest.documentsFor;
import static id.dukcapilceria.kk.workflow.permohonan.PermohonanTest.family;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.validasi.KartuKeluargaValidator;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import id.dukcapilceria.kk.workflow.permohonan.Status;
import id.dukcapilceria.kk.workflow.permohonan.Transition;
import id.dukcapilceria.kk.workflow.permohonan.WorkflowException;
import id.dukcapilceria.kk.workflow.siak.ManualEntryNomorKkSource;
import id.dukcapilceria.kk.workflow.testing.MutableClock;
import id.dukcapilceria.kk.workflow.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Two officers acting on the same application at the same moment, on a real database. */
class ConcurrentStepsTest {

  private static final Actor NAGARI = new Actor("op.lubukalung", Role.OPERATOR_NAGARI, KodeWilayah.of("13.05.01.2001"));
  private static final Actor OPERATOR = Actor.of("operator", Role.OPERATOR_LAYANAN);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));
  private final PermohonanSteps steps = new PermohonanSteps(clock, KartuKeluargaValidator.standard());
  private final PermohonanReads reads = new PermohonanReads(clock, new ManualEntryNomorKkSource());
  private final DinasReads dinas = new DinasReads(clock);

  @Test
  void whenTwoKasiConfirmAtOnceOneWinsAndTheOtherIsToldItChanged() {
    try (TestDatabase db = TestDatabase.create()) {
      KartuKeluarga kk = family();
      long id = db.inTransaction(em -> steps.submit(em, NAGARI, JenisLayanan.PERUBAHAN_DATA, kk,
          documentsFor(JenisLayanan.PERUBAHAN_DATA, kk), null, false).id());
      db.inTransaction(em -> { steps.verify(em, OPERATOR, id, NomorKk.of("1305012411260001")); return null; });

      // Kasi B opens the application; before B presses "confirm", Kasi A confirms it and commits
      EntityManager second = db.factory().createEntityManager();
      second.getTransaction().begin();
      reads.find(second, OPERATOR, id);
      db.inTransaction(em -> { steps.confirm(em, Actor.of("kasi.a", Role.KASI_KABID), id); return null; });
      RuntimeException lost = assertThrows(RuntimeException.class, () -> {
        steps.confirm(second, Actor.of("kasi.b", Role.KASI_KABID), id);
        second.getTransaction().commit();
      });
      assertTrue(causedByOptimisticLock(lost), lost::toString);
      if (second.getTransaction().isActive()) {
        second.getTransaction().rollback();
      }
      second.close();

      Permohonan stored = db.inTransaction(em -> reads.find(em, OPERATOR, id));
      assertEquals(Status.DIKONFIRMASI, stored.status());
      assertEquals(1, stored.history().stream().filter(h -> h.transition() == Transition.CONFIRM).count());
      assertEquals("kasi.a", stored.history().get(stored.history().size() - 1).username());
    }
  }

  private static boolean causedByOptimisticLock(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }

  @Test
  void theSameRequestSentTwiceActsOnce() {
    try (TestDatabase db = TestDatabase.create()) {
      KartuKeluarga kk = family();
      long id = db.inTransaction(em -> steps.submit(em, NAGARI, JenisLayanan.PERUBAHAN_DATA, kk,
          documentsFor(JenisLayanan.PERUBAHAN_DATA, kk), null, false).id());
      db.inTransaction(em -> { steps.verify(em, OPERATOR, id, NomorKk.of("1305012411260001")); return null; });

      WorkflowException again = assertThrows(WorkflowException.class, () -> db.inTransaction(em -> {
        steps.verify(em, OPERATOR, id, NomorKk.of("1305012411260001"));
        return null;
      }));
      assertEquals("transition.wrongStatus", again.code());
      Permohonan stored = db.inTransaction(em -> reads.find(em, OPERATOR, id));
      assertEquals(1, stored.history().stream().filter(h -> h.transition() == Transition.VERIFY).count());
    }
  }
}
