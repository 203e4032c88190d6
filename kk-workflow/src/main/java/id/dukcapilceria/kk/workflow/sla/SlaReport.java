package id.dukcapilceria.kk.workflow.sla;

import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import id.dukcapilceria.kk.workflow.permohonan.BukuPermasalahanEntry;
import id.dukcapilceria.kk.workflow.permohonan.SopStep;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the heads of office answer for under the SOP's time standards, for one period: per step
 * the statistics of the steps completed in the period (count, median, p90, share over the
 * standard), what waits now and how much of it is late, how many applications were finished (the
 * card handed over, SOP step 7) per day and per nagari, and the open buku permasalahan entries.
 *
 * @param from start of the period, inclusive
 * @param to end of the period, exclusive
 * @param completed per step, the passes completed in the period (every step present, possibly empty)
 * @param waitingNow per step, the applications waiting in it now
 * @param overdueNow per step, those of them past the step's standard
 * @param finishedPerDay applications whose hand-over was recorded on each day of the period that had any
 * @param finishedPerNagari the same per nagari, by region code
 * @param openProblems open buku permasalahan entries, whenever reported
 */
public record SlaReport(
    Instant from,
    Instant to,
    Map<SopStep, StepStatistics> completed,
    Map<SopStep, Integer> waitingNow,
    Map<SopStep, Integer> overdueNow,
    SortedMap<LocalDate, Integer> finishedPerDay,
    SortedMap<KodeWilayah, Integer> finishedPerNagari,
    int openProblems) {

  public SlaReport {
    completed = Collections.unmodifiableMap(new EnumMap<>(completed));
    waitingNow = Collections.unmodifiableMap(new EnumMap<>(waitingNow));
    overdueNow = Collections.unmodifiableMap(new EnumMap<>(overdueNow));
    finishedPerDay = Collections.unmodifiableSortedMap(new TreeMap<>(finishedPerDay));
    TreeMap<KodeWilayah, Integer> byNagari = new TreeMap<>(Comparator.comparing(KodeWilayah::value));
    byNagari.putAll(finishedPerNagari);
    finishedPerNagari = Collections.unmodifiableSortedMap(byNagari);
  }

  /**
   * The report over {@code applications} (those that may have had activity in the period; others
   * contribute nothing). Days are calendar days in {@code zone} (WIB for the Dinas).
   */
  public static SlaReport of(
      Collection<Permohonan> applications, Instant from, Instant to, SlaCalculator calculator, ZoneId zone) {
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("A period ends after it starts: " + from + " to " + to);
    }
    List<StepTiming> timings = calculator.timings(applications);
    Map<SopStep, StepStatistics> completed = new EnumMap<>(SopStep.class);
    Map<SopStep, Integer> waiting = new EnumMap<>(SopStep.class);
    Map<SopStep, Integer> overdue = new EnumMap<>(SopStep.class);
    Map<SopStep, StepStatistics> inPeriod =
        SlaCalculator.statistics(timings, SlaCalculator.completedBetween(from, to), StepTiming::step);
    for (SopStep step : SopStep.values()) {
      completed.put(step, inPeriod.getOrDefault(step, StepStatistics.of(List.of())));
      waiting.put(step, 0);
      overdue.put(step, 0);
    }
    SortedMap<LocalDate, Integer> perDay = new TreeMap<>();
    SortedMap<KodeWilayah, Integer> perNagari = new TreeMap<>(Comparator.comparing(KodeWilayah::value));
    for (StepTiming timing : timings) {
      if (timing.isOpen()) {
        waiting.merge(timing.step(), 1, Integer::sum);
        if (timing.isOverdue()) {
          overdue.merge(timing.step(), 1, Integer::sum);
        }
      } else if (timing.step() == SopStep.CETAK_SERAH_ARSIP
          && SlaCalculator.completedBetween(from, to).test(timing)) {
        perDay.merge(LocalDate.ofInstant(timing.completedAt(), zone), 1, Integer::sum);
        perNagari.merge(timing.nagari(), 1, Integer::sum);
      }
    }
    int openProblems = (int) applications.stream()
        .flatMap(p -> p.problems().stream()).filter(BukuPermasalahanEntry::isOpen).count();
    return new SlaReport(from, to, completed, waiting, overdue, perDay, perNagari, openProblems);
  }

  /** Applications finished in the period, all nagari together. */
  public int finished() {
    return finishedPerDay.values().stream().mapToInt(Integer::intValue).sum();
  }
}
