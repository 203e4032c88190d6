package id.dukcapilceria.kk.workflow.sop;

import static id.dukcapilceria.kk.workflow.permohonan.PermohonanTest.documentsFor;
import static id.dukcapilceria.kk.workflow.permohonan.PermohonanTest.family;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.validasi.KartuKeluargaValidator;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import id.dukcapilceria.kk.workflow.permohonan.SopStep;
import id.dukcapilceria.kk.workflow.permohonan.WorkflowException;
import id.dukcapilceria.kk.workflow.sla.Escalation;
import id.dukcapilceria.kk.workflow.sla.MutuBaku;
import id.dukcapilceria.kk.workflow.sla.WorkingCalendar;
import id.dukcapilceria.kk.workflow.sop.DinasReads.LateStep;
import id.dukcapilceria.kk.workflow.testing.MutableClock;
import id.dukcapilceria.kk.workflow.testing.TestDatabase;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which waiting applications are late in working time, on a real database, across a weekend and a holiday. */
class LateInWorkingTimeTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final WorkingCalendar OFFICE = new WorkingCalendar(WIB, LocalTime.of(8, 0), LocalTime.of(16, 0),
      EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of(LocalDate.of(2026, 8, 17)));
  private static final Actor NAGARI = new Actor("op.lubukalung", Role.OPERATOR_NAGARI, KodeWilayah.of("13.05.01.2001"));
  private static final Actor KASI = Actor.of("kasi", Role.KASI_KABID);

  private static Instant wib(int day, int hour, int minute, int second) {
    return ZonedDateTime.of(2026, 8, day, hour, minute, second, 0, WIB).toInstant();
  }

  @Test
  void anApplicationSubmittedFridayBeforeClosingIsLateOnTuesdayMorning() {
    MutableClock clock = new MutableClock(wib(14, 15, 59, 0));
    PermohonanSteps steps = new PermohonanSteps(clock, KartuKeluargaValidator.standard());
    DinasReads dinas = new DinasReads(clock);
    try (TestDatabase db = TestDatabase.create()) {
      KartuKeluarga kk = family();
      String nomor = db.inTransaction(em -> steps.submit(em, NAGARI, JenisLayanan.PERUBAHAN_DATA, kk,
          documentsFor(JenisLayanan.PERUBAHAN_DATA, kk), null, false).nomor());
      clock.advance(Duration.between(clock.instant(), wib(17, 12, 0, 0)));
      assertEquals(List.of(), late(db, dinas), "Monday the 17th is a holiday: one working minute so far");
      clock.advance(Duration.between(clock.instant(), wib(18, 8, 1, 1)));
      List<LateStep> reminded = late(db, dinas);
      assertEquals(1, reminded.size());
      assertEquals(nomor, reminded.get(0).nomor());
      assertEquals(SopStep.VERIFIKASI, reminded.get(0).step());
      assertEquals(Escalation.REMIND_ROLE, reminded.get(0).escalation());
      assertEquals(List.of(Role.OPERATOR_LAYANAN), reminded.get(0).told());
      assertEquals(Duration.ofSeconds(121), reminded.get(0).waited());
      clock.advance(Duration.ofMinutes(2));
      LateStep supervisor = late(db, dinas).get(0);
      assertEquals(Escalation.TELL_SUPERVISOR, supervisor.escalation());
      assertEquals(List.of(Role.OPERATOR_LAYANAN, Role.KASI_KABID), supervisor.told());
      LateStep byTheClock = db.inTransaction(em -> dinas.lateInWorkingTime(em, KASI, MutuBaku.sop(),
          WorkingCalendar.allHours(WIB))).get(0);
      assertEquals(Duration.between(wib(14, 15, 59, 0), clock.instant()), byTheClock.waited(),
          "every hour counted: the weekend and the holiday too");
      assertThrows(WorkflowException.class,
          () -> db.inTransaction(em -> dinas.lateInWorkingTime(em, NAGARI, MutuBaku.sop(), OFFICE)));
    }
  }

  private static List<LateStep> late(TestDatabase db, DinasReads dinas) {
    return db.inTransaction(em -> dinas.lateInWorkingTime(em, KASI, MutuBaku.sop(), OFFICE));
  }
}
