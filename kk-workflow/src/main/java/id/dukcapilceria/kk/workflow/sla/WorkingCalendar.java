package id.dukcapilceria.kk.workflow.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The office's working time, in which the SOP's time standards run: office hours on working days,
 * in the office's time zone, without the national holidays and cuti bersama days of the list the
 * Dinas keeps (the government fixes them year by year: docs/domain.md §6.1). A citizen's
 * application waiting over a weekend or a holiday has not waited in working time.
 */
public final class WorkingCalendar {

  /**
   * How many days a span is walked day by day at most (about 27 years): a span is between two
   * moments of one application's life, and no span may make the walk unbounded.
   */
  private static final int MAX_DAYS = 10_000;

  private final ZoneId zone;
  private final LocalTime opens;
  private final LocalTime closes;
  private final Set<DayOfWeek> workingDays;
  private final Set<LocalDate> holidays;

  public WorkingCalendar(ZoneId zone, LocalTime opens, LocalTime closes, Set<DayOfWeek> workingDays,
      Set<LocalDate> holidays) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.opens = Objects.requireNonNull(opens, "opens");
    this.closes = Objects.requireNonNull(closes, "closes");
    if (!opens.isBefore(closes)) {
      throw new IllegalArgumentException("The office must open before it closes: " + opens + "-" + closes);
    }
    if (workingDays.isEmpty()) {
      throw new IllegalArgumentException("An office works on at least one day of the week");
    }
    this.workingDays = Collections.unmodifiableSet(EnumSet.copyOf(workingDays));
    this.holidays = Collections.unmodifiableSet(new TreeSet<>(holidays));
  }

  /** Every hour of every day counts: the time standards as plain durations. */
  public static WorkingCalendar allHours(ZoneId zone) {
    return new WorkingCalendar(zone, LocalTime.MIN, LocalTime.MAX, EnumSet.allOf(DayOfWeek.class), Set.of());
  }

  /** Whether the office works on {@code day}: a working day of the week and no holiday. */
  public boolean isWorkingDay(LocalDate day) {
    return workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
  }

  /** The working time between two moments (zero when {@code to} is not after {@code from}). */
  public Duration workingTimeBetween(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    ZonedDateTime start = from.atZone(zone);
    ZonedDateTime end = to.atZone(zone);
    Duration total = Duration.ZERO;
    LocalDate day = start.toLocalDate();
    for (int walked = 0; !day.isAfter(end.toLocalDate()); day = day.plusDays(1), walked++) {
      if (walked > MAX_DAYS) {
        throw new IllegalArgumentException("A span of more than " + MAX_DAYS + " days: " + from + " to " + to);
      }
      if (!isWorkingDay(day)) {
        continue;
      }
      ZonedDateTime open = day.atTime(opens).atZone(zone);
      // LocalTime.MAX closes at the next midnight, so that a whole day counts as 24 hours
      ZonedDateTime close = closes.equals(LocalTime.MAX) ? day.plusDays(1).atStartOfDay(zone) : day.atTime(closes).atZone(zone);
      ZonedDateTime a = start.isAfter(open) ? start : open;
      ZonedDateTime b = end.isBefore(close) ? end : close;
      if (b.isAfter(a)) {
        total = total.plus(Duration.between(a, b));
      }
    }
    return total;
  }

  public ZoneId zone() {
    return zone;
  }

  public LocalTime opens() {
    return opens;
  }

  public LocalTime closes() {
    return closes;
  }

  public Set<DayOfWeek> workingDays() {
    return workingDays;
  }

  /** The holidays and cuti bersama days, in date order. */
  public Set<LocalDate> holidays() {
    return holidays;
  }
}
