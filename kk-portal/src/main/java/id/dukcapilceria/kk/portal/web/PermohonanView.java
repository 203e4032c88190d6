package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Labels;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import id.dukcapilceria.kk.workflow.permohonan.SopStep;
import id.dukcapilceria.kk.workflow.permohonan.Status;
import id.dukcapilceria.kk.workflow.permohonan.StepRecord;
import id.dukcapilceria.kk.workflow.permohonan.Transition;
import id.dukcapilceria.kk.workflow.permohonan.WorklistRow;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * What a page shows of an application: labels resolved, times formatted in WIB. Pages never bind
 * to entities, so nothing a page does can change stored data except through a service call.
 */
public record PermohonanView(
    long id,
    String nomor,
    String jenisLayanan,
    String nagari,
    String alamat,
    String nomorKk,
    String kepalaKeluarga,
    Status status,
    String statusLabel,
    String since,
    String waiting,
    boolean overdue,
    String lastReason,
    String registerNumber,
    List<MemberView> members,
    List<HistoryView> history,
    List<DocumentView> documents,
    ChangeView changes,
    Set<Transition> steps)
    implements Serializable {

  public PermohonanView {
    steps = steps.isEmpty() ? EnumSet.noneOf(Transition.class) : EnumSet.copyOf(steps);
  }

  /** This view with what the application changes on the family's active card (null: not shown). */
  public PermohonanView withChanges(ChangeView changes) {
    return new PermohonanView(id, nomor, jenisLayanan, nagari, alamat, nomorKk, kepalaKeluarga, status, statusLabel,
        since, waiting, overdue, lastReason, registerNumber, members, history, documents, changes, steps);
  }

  /**
   * Whether the officer who sees this view may take {@code transition} (a {@link Transition}'s
   * name) now, as kk-workflow answered when the view was made: the pages show a step's controls
   * only where this says so; the step itself is checked again on the server.
   */
  public boolean may(String transition) {
    return steps.contains(Transition.valueOf(transition));
  }

  /** Whether the officer may take any step on it now (it is in their worklist). */
  public boolean actionable() {
    return !steps.isEmpty();
  }

  static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  /**
   * {@code standards}: each step's time standard in force (the administrator's settings); {@code
   * viewer}: who sees it, for the steps they may take.
   */
  public static PermohonanView of(Permohonan p, Actor viewer, WilayahDirectory wilayah, Clock clock, Locale locale,
      Function<SopStep, Duration> standards) {
    var alamat = p.kartuKeluarga().alamat();
    return of(WorklistRow.of(p), viewer, alamat.jalan() + ", RT/RW " + alamat.rtRw(), wilayah, clock, locale, standards,
        p.kartuKeluarga().anggota().stream().map(a -> MemberView.of(a, locale)).toList(),
        p.history().stream().map(h -> HistoryView.of(h, clock, locale)).toList(),
        p.documents().stream().map(d -> DocumentView.of(d, clock, locale)).toList());
  }

  /**
   * A row of a list: the heading of {@link #of} without the address, members, history and
   * documents, which only the chosen application's detail shows (a page keeps twenty rows, in the
   * view's state too).
   */
  public static PermohonanView row(WorklistRow row, Actor viewer, WilayahDirectory wilayah, Clock clock, Locale locale,
      Function<SopStep, Duration> standards) {
    return of(row, viewer, "", wilayah, clock, locale, standards, List.of(), List.of(), List.of());
  }

  private static PermohonanView of(WorklistRow p, Actor viewer, String alamat, WilayahDirectory wilayah, Clock clock,
      Locale locale, Function<SopStep, Duration> standards, List<MemberView> members, List<HistoryView> history,
      List<DocumentView> documents) {
    return new PermohonanView(
        p.id(),
        p.nomor(),
        p.jenisLayanan().label(locale),
        wilayah.nameOf(p.kodeNagari()),
        alamat,
        p.nomorKk().map(n -> n.value()).orElse("-"),
        p.kepalaKeluarga(),
        p.status(),
        Labels.of(p.status(), locale),
        DATE_TIME.format(p.statusSince().atZone(clock.getZone())),
        minutes(p.waitingTime(clock)),
        p.isOverdue(clock, standards),
        p.lastReason().orElse(""),
        p.registerNumber().orElse(""),
        members,
        history,
        documents,
        null,
        p.stepsOpenTo(viewer));
  }

  private static String minutes(Duration d) {
    long minutes = d.toMinutes();
    return minutes < 60 ? minutes + " mnt" : (minutes / 60) + " j " + (minutes % 60) + " mnt";
  }

  /** One member row. */
  public record MemberView(
      String nik, String nama, String jenisKelamin, String tempatLahir, String tanggalLahir, String hubungan)
      implements Serializable {
    static MemberView of(AnggotaKeluarga a, Locale locale) {
      return new MemberView(
          a.nik().value(),
          a.namaLengkap(),
          a.jenisKelamin().label(locale),
          a.tempatLahir(),
          DATE.format(a.tanggalLahir()),
          a.hubungan().label(locale));
    }
  }

  /** One scanned requirement document: what it is, the file, its SHA-256 for the link. */
  public record DocumentView(String jenis, String fileName, String mediaType, String sha256, String uploaded)
      implements Serializable {
    static DocumentView of(id.dukcapilceria.kk.workflow.dokumen.RequirementDocument d, Clock clock, Locale locale) {
      return new DocumentView(d.jenis().label(locale), d.fileName(), d.mediaType(), d.sha256(),
          DATE_TIME.format(d.uploadedAt().atZone(clock.getZone())) + " (" + d.uploadedBy() + ")");
    }
  }

  /** One step of the history. */
  public record HistoryView(String at, String who, String role, String step, String to, String reason)
      implements Serializable {
    static HistoryView of(StepRecord r, Clock clock, Locale locale) {
      return new HistoryView(
          DATE_TIME.format(r.at().atZone(clock.getZone())),
          r.username(),
          Labels.of(r.role(), locale),
          Labels.of(r.transition(), locale),
          Labels.of(r.to(), locale),
          r.reason());
    }
  }
}
