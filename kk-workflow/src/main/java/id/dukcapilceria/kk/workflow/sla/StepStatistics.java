package id.dukcapilceria.kk.workflow.sla;

import java.time.Duration;
import java.util.List;

/**
 * Statistics of completed step timings: count, mean, median, 90th percentile (nearest rank) and the
 * share that took longer than the standard.
 */
public record StepStatistics(int count, Duration mean, Duration median, Duration p90, double shareOverStandard) {

  public static StepStatistics of(List<StepTiming> timings) {
    if (timings.isEmpty()) {
      return new StepStatistics(0, Duration.ZERO, Duration.ZERO, Duration.ZERO, 0);
    }
    List<Duration> sorted = timings.stream().map(StepTiming::elapsed).sorted().toList();
    long totalMillis = sorted.stream().mapToLong(Duration::toMillis).sum();
    long over = timings.stream().filter(StepTiming::isOverdue).count();
    return new StepStatistics(
        sorted.size(),
        Duration.ofMillis(totalMillis / sorted.size()),
        median(sorted),
        nearestRank(sorted, 0.90),
        (double) over / sorted.size());
  }

  private static Duration median(List<Duration> sorted) {
    int n = sorted.size();
    return n % 2 == 1
        ? sorted.get(n / 2)
        : Duration.ofMillis((sorted.get(n / 2 - 1).toMillis() + sorted.get(n / 2).toMillis()) / 2);
  }

  /** The smallest value with at least {@code fraction} of the values at or below it. */
  private static Duration nearestRank(List<Duration> sorted, double fraction) {
    int rank = (int) Math.ceil(fraction * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }
}
