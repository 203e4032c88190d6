package id.dukcapilceria.kk.workflow.sop;

import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.workflow.audit.AuditEvent;
import id.dukcapilceria.kk.workflow.audit.AuditTrail;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.BukuPermasalahanEntry;
import id.dukcapilceria.kk.workflow.permohonan.Page;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import id.dukcapilceria.kk.workflow.permohonan.ProblemCategory;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import id.dukcapilceria.kk.workflow.permohonan.SopStep;
import id.dukcapilceria.kk.workflow.permohonan.Status;
import id.dukcapilceria.kk.workflow.permohonan.WorkflowException;
import id.dukcapilceria.kk.workflow.register.BukuRegisterEntry;
import id.dukcapilceria.kk.workflow.sla.Escalation;
import id.dukcapilceria.kk.workflow.sla.MutuBaku;
import id.dukcapilceria.kk.workflow.sla.SlaCalculator;
import id.dukcapilceria.kk.workflow.sla.SlaReport;
import id.dukcapilceria.kk.workflow.sla.WorkingCalendar;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Dinas officers keep and answer for ({@link
 * id.dukcapilceria.kk.workflow.permohonan.Role#isDinas()}): the buku register, the buku
 * permasalahan and the SLA dashboard; and, for operations, how many applications wait at each
 * step. Runs in the caller's transaction on the caller's {@link EntityManager}; plain Java.
 */
public class DinasReads {

  private final Clock clock;
  private final AuditTrail audit = new AuditTrail();

  public DinasReads(Clock clock) {
    this.clock = clock;
  }

  private static void requireDinas(Actor actor, String refusal) {
    if (!actor.role().isDinas()) {
      throw new WorkflowException(refusal);
    }
  }

  /** The year's buku register, in register order. */
  public List<BukuRegisterEntry> bukuRegister(EntityManager em, Actor actor, int year) {
    requireDinas(actor, "register.notAllowed");
    return em.createQuery("select r from BukuRegisterEntry r where r.year = :year order by r.number", BukuRegisterEntry.class)
        .setParameter("year", year)
        .getResultList();
  }

  /**
   * One page of the year's buku register, in register order; the read is audited, in the caller's
   * transaction, since each line names a family (its KK number and head).
   */
  public Page<BukuRegisterEntry> bukuRegister(EntityManager em, Actor actor, int year, int first, int size) {
    requireDinas(actor, "register.notAllowed");
    Applications.requirePage(first, size);
    audited(em, actor, AuditEvent.BUKU_REGISTER_READ, "tahun " + year + ", baris " + rows(first, size));
    long total = em.createQuery("select count(r) from BukuRegisterEntry r where r.year = :year", Long.class)
        .setParameter("year", year).getSingleResult();
    List<BukuRegisterEntry> rows = em.createQuery(
            "select r from BukuRegisterEntry r where r.year = :year order by r.number", BukuRegisterEntry.class)
        .setParameter("year", year).setFirstResult(first).setMaxResults(size).getResultList();
    return new Page<>(rows, total);
  }

  /**
   * How many applications wait in each SOP step now (for operations: metrics), from one grouped
   * count; every step is present.
   */
  public Map<SopStep, Long> waitingPerStep(EntityManager em) {
    Map<SopStep, Long> waiting = new EnumMap<>(SopStep.class);
    for (SopStep step : SopStep.values()) {
      waiting.put(step, 0L);
    }
    // Only the statuses that wait for a step, counted as COUNT(*): the closed applications, nearly
    // all of a database in service, are skipped, and PostgreSQL counts along the index on status
    // without reading the rows (at a million applications 10 ms, against 250 ms and more for every
    // status with count(p); docs/performance.md, "at 1,000,000").
    List<Status> waitingStatuses = java.util.Arrays.stream(Status.values()).filter(s -> s.nextStep().isPresent()).toList();
    jakarta.persistence.Query counts = em.createNativeQuery("SELECT status, COUNT(*) FROM permohonan WHERE status IN ("
        + String.join(", ", java.util.Collections.nCopies(waitingStatuses.size(), "?")) + ") GROUP BY status");
    for (int i = 0; i < waitingStatuses.size(); i++) {
      counts.setParameter(i + 1, waitingStatuses.get(i).name());
    }
    for (Object row : counts.getResultList()) {
      Object[] columns = (Object[]) row;
      Status.valueOf((String) columns[0]).nextStep()
          .ifPresent(step -> waiting.merge(step, ((Number) columns[1]).longValue(), Long::sum));
    }
    return waiting;
  }

  /**
   * The SLA dashboard's figures for [from, to) against {@code mutuBaku}. Reads every application
   * that can contribute: those that moved since {@code from} (any step completed in the period
   * moved it), those waiting now, and those with an open buku permasalahan entry.
   */
  public SlaReport slaReport(EntityManager em, Actor actor, Instant from, Instant to, MutuBaku mutuBaku, ZoneId zone) {
    requireDinas(actor, "sla.notAllowed");
    List<Permohonan> relevant = em.createQuery(
            "select p from Permohonan p where p.statusSince >= :from or p.waitingRole is not null"
                + " or p.id in (select q.id from Permohonan q join q.problems e where e.resolvedAt is null)",
            Permohonan.class)
        .setParameter("from", from)
        .getResultList();
    return SlaReport.of(relevant, from, to, new SlaCalculator(mutuBaku, clock), zone);
  }

  /**
   * One page of the buku permasalahan, newest first: only the open entries ({@code open} true),
   * only the resolved ones (false), or all (null); the read is audited, as the register's.
   */
  public Page<BukuPermasalahanRow> bukuPermasalahan(EntityManager em, Actor actor, Boolean open, int first, int size) {
    requireDinas(actor, "register.notAllowed");
    Applications.requirePage(first, size);
    audited(em, actor, AuditEvent.BUKU_PERMASALAHAN_READ,
        (open == null ? "semua" : open ? "terbuka" : "selesai") + ", baris " + rows(first, size));
    // the entries alone first, counted and paged along their own index, then the application
    // numbers of just this page: joining every entry to its application for each page costs more
    String where = open == null ? "" : open ? " where e.resolvedAt is null" : " where e.resolvedAt is not null";
    long total = em.createQuery("select count(e) from BukuPermasalahanEntry e" + where, Long.class).getSingleResult();
    List<BukuPermasalahanEntry> entries = em.createQuery(
            "select e from BukuPermasalahanEntry e" + where + " order by e.reportedAt desc, e.id desc", BukuPermasalahanEntry.class)
        .setFirstResult(first).setMaxResults(size).getResultList();
    if (entries.isEmpty()) {
      return new Page<>(List.of(), total);
    }
    Map<Long, String> nomorOf = new HashMap<>();
    for (Object[] row : em.createQuery(
            "select e.id, p.nomor from Permohonan p join p.problems e where e in :entries", Object[].class)
        .setParameter("entries", entries).getResultList()) {
      nomorOf.put((Long) row[0], (String) row[1]);
    }
    return new Page<>(entries.stream().map(e -> new BukuPermasalahanRow(nomorOf.get(e.id()), e)).toList(), total);
  }

  /** The buku permasalahan, newest first, with the application number of each entry. */
  public List<BukuPermasalahanRow> bukuPermasalahan(EntityManager em, Actor actor) {
    requireDinas(actor, "register.notAllowed");
    return em.createQuery("select p from Permohonan p where p.problems is not empty", Permohonan.class)
        .getResultStream()
        .flatMap(p -> p.problems().stream().map(entry -> new BukuPermasalahanRow(p.nomor(), entry)))
        .sorted((a, b) -> b.entry().reportedAt().compareTo(a.entry().reportedAt()))
        .toList();
  }

  /**
   * The returns of the buku permasalahan reported in [from, to), counted per nagari and category,
   * by nagari code then category: which nagari needs help with what. Both kinds of return count
   * (to the nagari, and from the Kasi/Kabid to the operator); no family data is read.
   */
  public List<ReturnReasonCount> returnReasons(EntityManager em, Actor actor, Instant from, Instant to) {
    requireDinas(actor, "register.notAllowed");
    return em.createQuery(
            "select p.kodeNagari, e.category, count(e) from Permohonan p join p.problems e"
                + " where e.reportedAt >= :from and e.reportedAt < :to group by p.kodeNagari, e.category",
            Object[].class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList()
        .stream()
        .map(row -> new ReturnReasonCount((KodeWilayah) row[0], (ProblemCategory) row[1], ((Number) row[2]).longValue()))
        .sorted(java.util.Comparator.comparing((ReturnReasonCount c) -> c.kodeNagari().value())
            .thenComparing(ReturnReasonCount::category))
        .toList();
  }

  /**
   * The applications waiting now beyond their step's standard counted in working time, longest
   * first, with what the escalation rule calls for ({@link Escalation}). Reads the waiting
   * applications' number, status and time of entry only.
   */
  public List<LateStep> lateInWorkingTime(EntityManager em, Actor actor, MutuBaku standards, WorkingCalendar calendar) {
    requireDinas(actor, "sla.notAllowed");
    return late(em, clock.instant(), standards, calendar);
  }

  /** What waits beyond its standard in working time at {@code now}, the longest first. */
  static List<LateStep> late(EntityManager em, Instant now, MutuBaku standards, WorkingCalendar calendar) {
    List<LateStep> late = new java.util.ArrayList<>();
    for (Object[] row : em.createQuery(
            "select p.nomor, p.kodeNagari, p.status, p.statusSince from Permohonan p where p.waitingRole is not null",
            Object[].class)
        .getResultList()) {
      Status status = (Status) row[2];
      Instant since = (Instant) row[3];
      SopStep step = status.nextStep().orElseThrow();
      Escalation escalation = Escalation.of(step, since, now, standards, calendar);
      if (escalation != Escalation.NONE) {
        late.add(new LateStep((String) row[0], (KodeWilayah) row[1], step, since,
            calendar.workingTimeBetween(since, now), escalation, escalation.whoIsTold(step)));
      }
    }
    late.sort(java.util.Comparator.comparing(LateStep::waited).reversed());
    return late;
  }

  private void audited(EntityManager em, Actor actor, String event, String subject) {
    audit.append(em, AuditEvent.of(clock.instant(), actor.username(), actor.role(), event, subject, null));
  }

  /** The rows of a page as people count them: 1-20. */
  private static String rows(int first, int size) {
    return (first + 1) + "-" + (first + size);
  }

  /**
   * An application waiting beyond its step's standard in working time: who is to be told.
   *
   * @param waited the working time since it entered the step
   */
  public record LateStep(String nomor, KodeWilayah kodeNagari, SopStep step, Instant since, java.time.Duration waited,
      Escalation escalation, List<Role> told) {}

  /** How many returns of one category one nagari's applications had in a period. */
  public record ReturnReasonCount(KodeWilayah kodeNagari, ProblemCategory category, long count) {}

  /** One line of the buku permasalahan. */
  public record BukuPermasalahanRow(String permohonanNomor, BukuPermasalahanEntry entry) {}
}
