package id.dukcapilceria.kk.workflow.sop;

import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How many applications each nagari has waiting for each role (table {@code permohonan_count},
 * migration V9), changed in the same transaction as every step, so that a worklist's size is read
 * from a few rows instead of counted over thousands of applications for every page.
 *
 * <p>Why it cannot deadlock or fail on a step: a step changes at most two rows of one nagari and
 * always in the same order (by role name); the rows of a nagari are all created at its first
 * submission, and submissions are serialised by the application-number sequence's row lock, so
 * two first submissions of one nagari never race to insert them.
 */
final class WaitingCounts {

  /** The row of the closed applications (handed over, refused): they wait for no one. */
  static final String NONE = "NONE";

  /** After a submission: its nagari's rows exist, and one more application waits. */
  void submitted(EntityManager em, KodeWilayah nagari, Optional<Role> waitingFor) {
    Number rows = (Number) em.createNativeQuery("SELECT COUNT(*) FROM permohonan_count WHERE kode_nagari = ?")
        .setParameter(1, nagari.value())
        .getSingleResult();
    if (rows.intValue() == 0) {
      for (String role : keys()) {
        em.createNativeQuery("INSERT INTO permohonan_count (kode_nagari, waiting_role, n) VALUES (?, ?, 0)")
            .setParameter(1, nagari.value())
            .setParameter(2, role)
            .executeUpdate();
      }
    }
    add(em, nagari, key(waitingFor), 1);
  }

  /** After a step: the application waits for {@code to} instead of {@code from}. */
  void moved(EntityManager em, KodeWilayah nagari, Optional<Role> from, Optional<Role> to) {
    String left = key(from);
    String entered = key(to);
    if (left.equals(entered)) {
      return;
    }
    // one order for every step, so that two steps holding one row each never wait for each other
    if (left.compareTo(entered) < 0) {
      add(em, nagari, left, -1);
      add(em, nagari, entered, 1);
    } else {
      add(em, nagari, entered, 1);
      add(em, nagari, left, -1);
    }
  }

  private static void add(EntityManager em, KodeWilayah nagari, String role, int delta) {
    int changed = em.createNativeQuery(
            "UPDATE permohonan_count SET n = n + ? WHERE kode_nagari = ? AND waiting_role = ?")
        .setParameter(1, delta)
        .setParameter(2, nagari.value())
        .setParameter(3, role)
        .executeUpdate();
    if (changed != 1) {
      // a nagari without its rows: the table and the applications disagree; refuse the step
      throw new IllegalStateException("no application count for " + nagari.value() + "/" + role);
    }
  }

  /**
   * The applications waiting for {@code role} (any role, closed included, if null) in {@code
   * nagari} (every nagari if null).
   */
  long count(EntityManager em, Role role, KodeWilayah nagari) {
    List<String> conditions = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    if (role != null) {
      conditions.add("waiting_role = ?");
      values.add(role.name());
    }
    if (nagari != null) {
      conditions.add("kode_nagari = ?");
      values.add(nagari.value());
    }
    Query query = em.createNativeQuery("SELECT SUM(n) FROM permohonan_count"
        + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions)));
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(i + 1, values.get(i));
    }
    Number sum = (Number) query.getSingleResult();
    return sum == null ? 0 : sum.longValue();
  }

  private static String key(Optional<Role> role) {
    return role.map(Role::name).orElse(NONE);
  }

  /** Every row a nagari has; the same list as migration V9's. */
  static List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (Role role : Role.values()) {
      keys.add(role.name());
    }
    keys.add(NONE);
    return keys;
  }
}
