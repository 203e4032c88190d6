package id.dukcapilceria.kk.workflow.sop;

import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Page;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import id.dukcapilceria.kk.workflow.permohonan.Status;
import id.dukcapilceria.kk.workflow.permohonan.WorkflowException;
import id.dukcapilceria.kk.workflow.permohonan.WorklistFilter;
import id.dukcapilceria.kk.workflow.permohonan.WorklistRow;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The applications one actor may see in one list (a nagari operator: only their nagari's),
 * waiting for a role unless none is given, narrowed by a filter, in the list's order: the one
 * place where a list's conditions are written, for its applications and for its rows alike.
 */
final class VisibleApplications {

  private final Actor actor;
  private final Role waitingFor;
  private final WorklistFilter filter;
  private final String order;
  private final WaitingCounts counts;
  private final String where;
  private final Map<String, Object> parameters = new HashMap<>();

  VisibleApplications(Actor actor, Role waitingFor, WorklistFilter filter, String order, WaitingCounts counts) {
    if (!actor.role().readsFamilyData()) {
      throw new WorkflowException("permohonan.noFamilyData");
    }
    this.actor = actor;
    this.waitingFor = waitingFor;
    this.filter = filter;
    this.order = order;
    this.counts = counts;
    List<String> conditions = new ArrayList<>();
    if (waitingFor != null) {
      conditions.add("p.waitingRole = :role");
      parameters.put("role", waitingFor);
    }
    if (ownNagariOnly()) {
      conditions.add("p.kodeNagari = :nagari");
      parameters.put("nagari", actor.nagari());
    }
    if (filter.nagari() != null) {
      conditions.add("p.kodeNagari = :filterNagari");
      parameters.put("filterNagari", filter.nagari());
    }
    if (filter.jenisLayanan() != null) {
      conditions.add("p.jenisLayanan = :filterJenis");
      parameters.put("filterJenis", filter.jenisLayanan());
    }
    if (filter.search() != null) {
      List<String> matches = new ArrayList<>(List.of("upper(p.nomor) like :filterNomor"));
      parameters.put("filterNomor", "%" + filter.search().replace("%", "").replace("_", "") + "%");
      filter.searchedNomorKk().ifPresent(nomorKk -> {
        matches.add("p.kartuKeluarga.nomorKk = :filterNomorKk");
        parameters.put("filterNomorKk", nomorKk);
      });
      filter.searchedNik().ifPresent(nik -> {
        matches.add("exists (select a from KartuKeluarga k join k.anggota a where k = p.kartuKeluarga and a.nik = :filterNik)");
        parameters.put("filterNik", nik);
      });
      conditions.add("(" + String.join(" or ", matches) + ")");
    }
    where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  private boolean ownNagariOnly() {
    return actor.role() == Role.OPERATOR_NAGARI;
  }

  /** Whole applications, rows {@code first} to {@code first + size - 1}, with the list's size. */
  Page<Permohonan> applications(EntityManager em, int first, int size) {
    TypedQuery<Permohonan> rows = bound(
        em.createQuery("select p from Permohonan p" + where + " order by " + order, Permohonan.class));
    rows.setFirstResult(first).setMaxResults(size);
    readRelationsTogether(rows);
    return new Page<>(rows.getResultList(), total(em));
  }

  /**
   * Every relation of an application is eager, which JPA reads one row and relation at a time:
   * five queries per row, a hundred for a page of twenty. With these hints EclipseLink reads each
   * relation for the whole page at once ({@code IN} on the page's keys), and reads the rows as
   * read-only: not registered for change tracking, as a page is only shown; a step reads its
   * application again. Other providers ignore hints they do not know (JPA 3.1 §3.10.9), so the
   * library stays provider-neutral.
   */
  private static void readRelationsTogether(TypedQuery<Permohonan> rows) {
    rows.setHint("eclipselink.read-only", "true");
    rows.setHint("eclipselink.batch.type", "IN");
    for (String relation : List.of("p.kartuKeluarga", "p.kartuKeluarga.anggota", "p.documents", "p.history",
        "p.problems")) {
      rows.setHint("eclipselink.batch", relation);
    }
  }

  /**
   * The same page as {@link #applications} as list rows, read from the application table alone
   * (the head of family, No. KK and last reason are kept there by every step), so that Derby walks
   * the list's index and reads twenty rows: no card, member, document, step or problem, which a
   * list does not show.
   */
  Page<WorklistRow> rows(EntityManager em, int first, int size) {
    List<Object[]> page = bound(em.createQuery(
            "select p.id, p.nomor, p.jenisLayanan, p.kodeNagari, p.listedNomorKk, p.listedKepalaKeluarga, p.status,"
                + " p.statusSince, p.listedReason, p.registerNumber from Permohonan p" + where + " order by " + order,
            Object[].class))
        .setFirstResult(first).setMaxResults(size).getResultList();
    List<WorklistRow> rows = new ArrayList<>(page.size());
    for (Object[] row : page) {
      rows.add(new WorklistRow((Long) row[0], (String) row[1], (JenisLayanan) row[2], (KodeWilayah) row[3],
          Optional.ofNullable((NomorKk) row[4]), row[5] == null ? "" : (String) row[5], (Status) row[6],
          (Instant) row[7], Optional.ofNullable((String) row[8]), Optional.ofNullable((String) row[9])));
    }
    return new Page<>(rows, total(em));
  }

  /** Unnarrowed, the number is kept per nagari and role ({@link WaitingCounts}); narrowed, it is counted. */
  private long total(EntityManager em) {
    if (WorklistFilter.NONE.equals(filter)) {
      return counts.count(em, waitingFor, ownNagariOnly() ? actor.nagari() : null);
    }
    return bound(em.createQuery("select count(p) from Permohonan p" + where, Long.class)).getSingleResult();
  }

  private <T> TypedQuery<T> bound(TypedQuery<T> query) {
    parameters.forEach(query::setParameter);
    return query;
  }
}
