package id.dukcapilceria.kk.workflow.sla;

import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import id.dukcapilceria.kk.workflow.permohonan.SopStep;
import id.dukcapilceria.kk.workflow.permohonan.StepRecord;
import id.dukcapilceria.kk.workflow.permohonan.Transition;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The SOP's time standards applied to what really happened, derived from each application's
 * history: per step when it was entered, completed and by whom, elapsed against the mutu baku,
 * and statistics per step, nagari or period. Time comes from the given {@link Clock}.
 *
 * <p>Step 1 (data input) starts when the nagari operator opened the intake, if the caller recorded
 * it; a resubmission counts from the send-back. Every other step starts when the application
 * entered the status that waits for it and ends with the next transition, whatever it was (a
 * return also completes the step it left).
 */
public final class SlaCalculator {

  private final MutuBaku mutuBaku;
  private final Clock clock;

  public SlaCalculator(MutuBaku mutuBaku, Clock clock) {
    this.mutuBaku = mutuBaku;
    this.clock = clock;
  }

  /** Every step the application has been through, and the one it waits in now. */
  public List<StepTiming> timings(Permohonan p) {
    List<StepTiming> timings = new ArrayList<>();
    List<StepRecord> history = p.history();
    for (int i = 0; i < history.size(); i++) {
      StepRecord record = history.get(i);
      if (record.transition() == Transition.SUBMIT) {
        p.intakeStartedAt().ifPresent(started -> timings.add(
            timing(p, SopStep.INPUT_DATA, started, record.at(), record.username())));
      } else {
        SopStep step = record.from().flatMap(s -> s.nextStep()).orElseThrow();
        timings.add(timing(p, step, history.get(i - 1).at(), record.at(), record.username()));
      }
    }
    p.status().nextStep().ifPresent(step -> timings.add(timing(p, step, p.statusSince(), null, null)));
    return timings;
  }

  private StepTiming timing(Permohonan p, SopStep step, Instant entered, Instant completed, String by) {
    Instant end = completed == null ? clock.instant() : completed;
    return new StepTiming(p.nomor(), p.kodeNagari(), step, entered, completed, by,
        Duration.between(entered, end), mutuBaku.of(step));
  }

  public List<StepTiming> timings(Collection<Permohonan> applications) {
    return applications.stream().flatMap(p -> timings(p).stream()).toList();
  }

  /** Steps waiting now for longer than their standard: what each worklist flags as late. */
  public List<StepTiming> overdueNow(Collection<Permohonan> applications) {
    return timings(applications).stream().filter(t -> t.isOpen() && t.isOverdue()).toList();
  }

  /** Statistics of the completed steps, grouped by {@code key}, keeping only {@code which}. */
  public static <K extends Comparable<K>> Map<K, StepStatistics> statistics(
      List<StepTiming> timings, Predicate<StepTiming> which, Function<StepTiming, K> key) {
    return timings.stream()
        .filter(t -> !t.isOpen())
        .filter(which)
        .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.collectingAndThen(Collectors.toList(), StepStatistics::of)));
  }

  /** Completed in [from, to). */
  public static Predicate<StepTiming> completedBetween(Instant from, Instant to) {
    return t -> t.completed().filter(c -> !c.isBefore(from) && c.isBefore(to)).isPresent();
  }
}
