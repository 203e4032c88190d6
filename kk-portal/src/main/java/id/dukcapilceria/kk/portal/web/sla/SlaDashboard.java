package id.dukcapilceria.kk.portal.web.sla;

import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.portal.config.PortalConfig;
import id.dukcapilceria.kk.portal.permohonan.Transactions;
import id.dukcapilceria.kk.portal.security.CurrentActor;
import id.dukcapilceria.kk.portal.web.ReturnReasonTable;
import id.dukcapilceria.kk.workflow.sla.Escalation;
import id.dukcapilceria.kk.workflow.sla.WorkingCalendar;
import id.dukcapilceria.kk.portal.web.Texts;
import id.dukcapilceria.kk.portal.web.UserFeedback;
import id.dukcapilceria.kk.workflow.permohonan.Labels;
import id.dukcapilceria.kk.workflow.permohonan.SopStep;
import id.dukcapilceria.kk.workflow.sla.SlaReport;
import id.dukcapilceria.kk.workflow.sla.StepStatistics;
import id.dukcapilceria.kk.workflow.sop.DinasReads;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The SLA dashboard of the Dinas (operator layanan, Kasi/Kabid, Kadis): kk-workflow's {@link
 * SlaReport} for a period of whole days in WIB, as tables and Chart.js charts. Every figure comes
 * from the report; this class only formats.
 */
@Named
@ViewScoped
public class SlaDashboard implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

  @Inject Transactions tx;
  @Inject transient DinasReads dinas;
  @Inject PortalConfig config;
  @Inject CurrentActor currentActor;
  @Inject transient Clock clock;
  @Inject transient WilayahDirectory wilayah;

  private LocalDate from;
  private LocalDate to;
  private transient SlaReport report;
  private transient ReturnReasonTable returnReasons;
  /** Read once per request that shows it: JSF asks a table's value more than once. */
  private transient List<LateRow> late;

  @PostConstruct
  void init() {
    to = LocalDate.now(clock);
    from = to.minusDays(29);
  }

  /** The last {@code days} days, today included. */
  public void lastDays(int days) {
    to = LocalDate.now(clock);
    from = to.minusDays(days - 1L);
    report = null;
    returnReasons = null;
    late = null;
  }

  /** Applies the dates typed in; a period that ends before it starts is refused at the field. */
  public void apply() {
    if (from == null || to == null || to.isBefore(from)) {
      UserFeedback.error(Texts.get("sla.badPeriod"));
      return;
    }
    report = null;
    returnReasons = null;
    late = null;
  }

  private SlaReport report() {
    if (report == null) {
      report = tx.call(em -> dinas.slaReport(em, currentActor.get(), from.atStartOfDay(clock.getZone()).toInstant(),
          to.plusDays(1).atStartOfDay(clock.getZone()).toInstant(), config.mutuBaku(), config.zone()));
    }
    return report;
  }

  /** One row per SOP step. */
  public record StepRow(String step, String standard, int count, String median, String p90, String overStandard,
      int waiting, int overdue, boolean late) implements Serializable {}

  public List<StepRow> getSteps() {
    Locale locale = UserFeedback.locale();
    List<StepRow> rows = new ArrayList<>();
    for (SopStep step : SopStep.values()) {
      StepStatistics done = report().completed().get(step);
      int overdue = report().overdueNow().get(step);
      rows.add(new StepRow(Labels.of(step, locale), minutes(config.mutuBaku().of(step)), done.count(),
          done.count() == 0 ? "-" : minutes(done.median()), done.count() == 0 ? "-" : minutes(done.p90()),
          done.count() == 0 ? "-" : String.format(locale, "%.0f%%", done.shareOverStandard() * 100),
          report().waitingNow().get(step), overdue, overdue > 0));
    }
    return rows;
  }

  /** A label and a number, for the per-day and per-nagari tables. */
  public record CountRow(String label, int count) implements Serializable {}

  public List<CountRow> getFinishedPerDay() {
    return rows(report().finishedPerDay(), DAY::format);
  }

  public List<CountRow> getFinishedPerNagari() {
    return rows(report().finishedPerNagari(), (KodeWilayah kode) -> wilayah.nameOf(kode));
  }

  private static <K> List<CountRow> rows(Map<K, Integer> counts, Function<K, String> label) {
    return counts.entrySet().stream().map(e -> new CountRow(label.apply(e.getKey()), e.getValue())).toList();
  }

  /** A step waiting beyond its standard in working time, as the dashboard lists it. */
  public record LateRow(String nomor, String nagari, String step, String since, String waited, String escalation,
      String told, boolean supervisor) implements Serializable {}

  /** What waits now beyond its standard counted in the office's working time, longest first. */
  public List<LateRow> getLateInWorkingTime() {
    if (late == null) {
      late = lateRows();
    }
    return late;
  }

  private List<LateRow> lateRows() {
    Locale locale = UserFeedback.locale();
    return tx.call(em -> dinas.lateInWorkingTime(em, currentActor.get(), config.mutuBaku(), config.workingCalendar()))
        .stream()
        .map(late -> new LateRow(late.nomor(), wilayah.nameOf(late.kodeNagari()), Labels.of(late.step(), locale),
            MINUTE.format(late.since().atZone(clock.getZone())), minutes(late.waited()),
            Labels.of(late.escalation(), locale),
            late.told().stream().map(role -> Labels.of(role, locale)).collect(java.util.stream.Collectors.joining(", ")),
            late.escalation() == Escalation.TELL_SUPERVISOR))
        .toList();
  }

  /** Which working time the late list counts: hours, days, zone and how many holidays are listed. */
  public String getCalendar() {
    WorkingCalendar calendar = config.workingCalendar();
    Locale locale = UserFeedback.locale();
    String days = calendar.workingDays().stream()
        .map(day -> day.getDisplayName(java.time.format.TextStyle.FULL, locale))
        .collect(java.util.stream.Collectors.joining(", "));
    return Texts.get("sla.calendar", calendar.opens(), calendar.closes(), days, calendar.zone().getId(),
        calendar.holidays().size(),
        calendar.holidays().stream().map(DAY::format).collect(java.util.stream.Collectors.joining(", ")));
  }

  /** The returns of the period per nagari and category, as the exports lay them out. */
  public ReturnReasonTable getReturnReasons() {
    if (returnReasons == null) {
      returnReasons = ReturnReasonTable.of(tx.call(em -> dinas.returnReasons(em, currentActor.get(),
              from.atStartOfDay(clock.getZone()).toInstant(), to.plusDays(1).atStartOfDay(clock.getZone()).toInstant())),
          wilayah, UserFeedback.locale());
    }
    return returnReasons;
  }

  /** The period as the export links carry it: {@code dari=2026-11-01&sampai=2026-11-30}. */
  public String getPeriodQuery() {
    return "dari=" + from + "&sampai=" + to;
  }

  public int getFinished() {
    return report().finished();
  }

  public int getOpenProblems() {
    return report().openProblems();
  }

  public int getOverdueTotal() {
    return report().overdueNow().values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Median and p90 of each step in minutes against its standard: bars and a line (Chart.js). */
  public String getStepChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder median = Json.createArrayBuilder();
    JsonArrayBuilder p90 = Json.createArrayBuilder();
    JsonArrayBuilder standard = Json.createArrayBuilder();
    for (SopStep step : SopStep.values()) {
      StepStatistics done = report().completed().get(step);
      labels.add(String.valueOf(step.sopNumber()));
      median.add(decimalMinutes(done.median()));
      p90.add(decimalMinutes(done.p90()));
      standard.add(decimalMinutes(config.mutuBaku().of(step)));
    }
    return chart("bar", labels, Json.createArrayBuilder()
        .add(dataset(Texts.get("sla.median"), median, "#0b4f6c"))
        .add(dataset(Texts.get("sla.p90"), p90, "#7aa6c2"))
        .add(dataset(Texts.get("sla.standard"), standard, "#b42318").add("type", "line").add("fill", false)));
  }

  /** Waiting now and overdue now per step. */
  public String getWaitingChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder waiting = Json.createArrayBuilder();
    JsonArrayBuilder overdue = Json.createArrayBuilder();
    for (SopStep step : SopStep.values()) {
      labels.add(String.valueOf(step.sopNumber()));
      waiting.add(report().waitingNow().get(step));
      overdue.add(report().overdueNow().get(step));
    }
    return chart("bar", labels, Json.createArrayBuilder()
        .add(dataset(Texts.get("sla.waiting"), waiting, "#0b4f6c"))
        .add(dataset(Texts.get("sla.overdue"), overdue, "#b42318")));
  }

  public String getPerDayChart() {
    return countChart(getFinishedPerDay(), Texts.get("sla.finished"), "#1a7f37");
  }

  public String getPerNagariChart() {
    return countChart(getFinishedPerNagari(), Texts.get("sla.finished"), "#d4a72c");
  }

  private static String countChart(List<CountRow> rows, String name, String colour) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder counts = Json.createArrayBuilder();
    rows.forEach(row -> {
      labels.add(row.label());
      counts.add(row.count());
    });
    return chart("bar", labels, Json.createArrayBuilder().add(dataset(name, counts, colour)));
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder().add("label", label).add("data", data)
        .add("backgroundColor", colour).add("borderColor", colour);
  }

  private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets) {
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true))))
        .build().toString();
  }

  private static double decimalMinutes(Duration d) {
    return Math.round(d.toMillis() / 6000.0) / 10.0;
  }

  private static String minutes(Duration d) {
    return Texts.get("sla.minutes", String.format(UserFeedback.locale(), "%.1f", d.toMillis() / 60000.0));
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
