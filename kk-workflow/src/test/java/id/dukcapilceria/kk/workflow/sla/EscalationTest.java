package id.dukcapilceria.kk.workflow.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.workflow.permohonan.Role;
import id.dukcapilceria.kk.workflow.permohonan.SopStep;
import id.dukcapilceria.kk.workflow.testing.MutableClock;
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

/**
 * Time standards in working time, with a clock moved by hand across a weekend and a national
 * holiday: Friday 14 August 2026, the weekend, Monday 17 August (Independence Day), Tuesday.
 */
class EscalationTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final LocalDate INDEPENDENCE_DAY = LocalDate.of(2026, 8, 17);
  private static final WorkingCalendar OFFICE = new WorkingCalendar(WIB, LocalTime.of(8, 0), LocalTime.of(16, 0),
      EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of(INDEPENDENCE_DAY));

  private static Instant wib(int month, int day, int hour, int minute, int second) {
    return ZonedDateTime.of(2026, month, day, hour, minute, second, 0, WIB).toInstant();
  }

  @Test
  void aStepWaitingOverTheWeekendAndAHolidayIsLateOnlyInWorkingTime() {
    // the operator's verification (standard 2 minutes) arrives a minute before Friday's closing
    Instant since = wib(8, 14, 15, 59, 0);
    MutableClock clock = new MutableClock(since);
    clock.advance(Duration.ofSeconds(59));
    assertEquals(Escalation.NONE, at(clock, since), "Friday 15:59:59");
    clock.advance(Duration.between(clock.instant(), wib(8, 15, 10, 0, 0)));
    assertEquals(Escalation.NONE, at(clock, since), "Saturday: no working time");
    clock.advance(Duration.between(clock.instant(), wib(8, 17, 12, 0, 0)));
    assertEquals(Escalation.NONE, at(clock, since), "Monday the 17th: a national holiday");
    assertEquals(Duration.ofMinutes(1), OFFICE.workingTimeBetween(since, clock.instant()));
    clock.advance(Duration.between(clock.instant(), wib(8, 18, 8, 0, 59)));
    assertEquals(Escalation.NONE, at(clock, since), "Tuesday 08:00:59: 1 min 59 s of working time");
    clock.advance(Duration.ofSeconds(2));
    assertEquals(Escalation.REMIND_ROLE, at(clock, since), "Tuesday 08:01:01: over the 2 minutes");
    clock.advance(Duration.ofSeconds(119));
    assertEquals(Duration.ofMinutes(4), OFFICE.workingTimeBetween(since, clock.instant()));
    assertEquals(Escalation.REMIND_ROLE, at(clock, since), "Tuesday 08:03:00: exactly twice is not over twice");
    clock.advance(Duration.ofSeconds(1));
    assertEquals(Escalation.TELL_SUPERVISOR, at(clock, since), "Tuesday 08:03:01: over twice the standard");
  }

  private static Escalation at(MutableClock clock, Instant since) {
    return Escalation.of(SopStep.VERIFIKASI, since, clock.instant(), MutuBaku.sop(), OFFICE);
  }

  @Test
  void whoIsToldClimbsFromTheRoleToItsSupervisor() {
    assertEquals(List.of(), Escalation.NONE.whoIsTold(SopStep.VERIFIKASI));
    assertEquals(List.of(Role.OPERATOR_LAYANAN), Escalation.REMIND_ROLE.whoIsTold(SopStep.VERIFIKASI));
    assertEquals(List.of(Role.OPERATOR_LAYANAN, Role.KASI_KABID), Escalation.TELL_SUPERVISOR.whoIsTold(SopStep.VERIFIKASI));
    assertEquals(List.of(Role.OPERATOR_NAGARI, Role.KASI_KABID), Escalation.TELL_SUPERVISOR.whoIsTold(SopStep.INPUT_DATA));
    assertEquals(List.of(Role.KASI_KABID, Role.KADIS), Escalation.TELL_SUPERVISOR.whoIsTold(SopStep.KONFIRMASI));
    assertEquals(List.of(Role.KADIS), Escalation.TELL_SUPERVISOR.whoIsTold(SopStep.SERTIFIKASI_ELEKTRONIK),
        "the Kadis answers to no one in the portal");
  }

  @Test
  void workingTimeCountsOfficeHoursOfWorkingDaysOnly() {
    // Friday 08:00 to the next Friday 08:00: Friday, Tuesday-Thursday (Monday is the holiday)
    assertEquals(Duration.ofHours(32), OFFICE.workingTimeBetween(wib(8, 14, 8, 0, 0), wib(8, 21, 8, 0, 0)));
    assertEquals(Duration.ofHours(1), OFFICE.workingTimeBetween(wib(8, 18, 6, 0, 0), wib(8, 18, 9, 0, 0)),
        "before opening does not count");
    assertEquals(Duration.ZERO, OFFICE.workingTimeBetween(wib(8, 18, 16, 0, 0), wib(8, 19, 7, 59, 0)), "the night");
    assertEquals(Duration.ZERO, OFFICE.workingTimeBetween(wib(8, 19, 9, 0, 0), wib(8, 18, 9, 0, 0)), "backwards");
    assertFalse(OFFICE.isWorkingDay(INDEPENDENCE_DAY));
    assertFalse(OFFICE.isWorkingDay(LocalDate.of(2026, 8, 16)), "a Sunday");
    assertTrue(OFFICE.isWorkingDay(LocalDate.of(2026, 8, 18)));
  }

  @Test
  void allHoursIsThePlainDuration() {
    WorkingCalendar always = WorkingCalendar.allHours(WIB);
    Instant a = wib(8, 14, 15, 59, 0);
    Instant b = wib(8, 18, 8, 1, 1);
    assertEquals(Duration.between(a, b), always.workingTimeBetween(a, b));
  }

  @Test
  void aCalendarMustBeAbleToCountAnything() {
    assertThrows(IllegalArgumentException.class, () -> new WorkingCalendar(WIB, LocalTime.of(16, 0), LocalTime.of(8, 0),
        EnumSet.of(DayOfWeek.MONDAY), Set.of()));
    assertThrows(IllegalArgumentException.class, () -> new WorkingCalendar(WIB, LocalTime.of(8, 0), LocalTime.of(16, 0),
        EnumSet.noneOf(DayOfWeek.class), Set.of()));
    assertThrows(IllegalArgumentException.class,
        () -> OFFICE.workingTimeBetween(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")), "a span of 130 years");
  }
}
