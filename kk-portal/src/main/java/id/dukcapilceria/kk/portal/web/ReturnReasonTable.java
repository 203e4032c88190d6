package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.workflow.permohonan.Labels;
import id.dukcapilceria.kk.workflow.permohonan.ProblemCategory;
import id.dukcapilceria.kk.workflow.sop.DinasReads.ReturnReasonCount;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * kk-workflow's return counts laid out as one table, the same on the dashboard and in its CSV and
 * PDF exports: a row per nagari (most returns first), a column per buku permasalahan category and
 * the nagari's total, and a last row of totals.
 */
public final class ReturnReasonTable {

  private final List<String> header;
  private final List<List<String>> rows;

  private ReturnReasonTable(List<String> header, List<List<String>> rows) {
    this.header = List.copyOf(header);
    this.rows = List.copyOf(rows);
  }

  public static ReturnReasonTable of(List<ReturnReasonCount> counts, WilayahDirectory wilayah, Locale locale) {
    Map<KodeWilayah, Map<ProblemCategory, Long>> perNagari = new LinkedHashMap<>();
    for (ReturnReasonCount count : counts) {
      perNagari.computeIfAbsent(count.kodeNagari(), k -> new EnumMap<>(ProblemCategory.class))
          .merge(count.category(), count.count(), Long::sum);
    }
    List<String> header = new ArrayList<>();
    header.add(Texts.in(locale, "returns.nagari"));
    for (ProblemCategory category : ProblemCategory.values()) {
      header.add(Labels.of(category, locale));
    }
    header.add(Texts.in(locale, "returns.total"));
    Map<ProblemCategory, Long> totals = new EnumMap<>(ProblemCategory.class);
    List<List<String>> rows = new ArrayList<>();
    perNagari.entrySet().stream()
        .sorted((a, b) -> Long.compare(sum(b.getValue()), sum(a.getValue())))
        .forEach(nagari -> {
          List<String> row = new ArrayList<>();
          row.add(wilayah.nameOf(nagari.getKey()));
          for (ProblemCategory category : ProblemCategory.values()) {
            long n = nagari.getValue().getOrDefault(category, 0L);
            totals.merge(category, n, Long::sum);
            row.add(String.valueOf(n));
          }
          row.add(String.valueOf(sum(nagari.getValue())));
          rows.add(row);
        });
    List<String> last = new ArrayList<>();
    last.add(Texts.in(locale, "returns.total"));
    for (ProblemCategory category : ProblemCategory.values()) {
      last.add(String.valueOf(totals.getOrDefault(category, 0L)));
    }
    last.add(String.valueOf(sum(totals)));
    rows.add(last);
    return new ReturnReasonTable(header, rows);
  }

  private static long sum(Map<ProblemCategory, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  public List<String> header() {
    return header;
  }

  /** A row per nagari, then the totals. */
  public List<List<String>> rows() {
    return rows;
  }
}
