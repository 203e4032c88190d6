package id.dukcapilceria.kk.workflow.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.workflow.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The buku register's numbers on a real database: eight officers registering at once, 500 times
 * each, get 1 to 4000 for the year with no gap and no duplicate.
 */
class RegisterNumberingTest {

  private static final int THREADS = 8;
  private static final int EACH = 500;

  private static BukuRegisterEntry entry(int year, int number, String who) {
    return new BukuRegisterEntry(year, number, Instant.parse("2026-11-24T03:00:00Z"), "PMH-2026-" + number,
        "1305012411260001", "BUDI SANTOSO", "13.05.01.2001", JenisLayanan.PERUBAHAN_DATA,
        "ab".repeat(32), "DEMO KADIS", who);
  }

  @Test
  void concurrentRegistrationsGetEveryNumberExactlyOnce() throws Exception {
    YearlySequences sequences = new YearlySequences();
    try (TestDatabase db = TestDatabase.create()) {
      ExecutorService officers = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        String who = "operator" + t;
        work.add(officers.submit(() -> {
          for (int i = 0; i < EACH; i++) {
            db.inTransaction(em -> {
              int number = sequences.next(em, BukuRegisterEntry.SEQUENCE, 2026);
              em.persist(entry(2026, number, who));
              return number;
            });
          }
        }));
      }
      for (Future<?> done : work) {
        done.get();
      }
      officers.shutdown();

      List<Integer> numbers = db.inTransaction(em -> em.createQuery(
          "select r.number from BukuRegisterEntry r where r.year = 2026 order by r.number", Integer.class).getResultList());
      assertEquals(IntStream.rangeClosed(1, THREADS * EACH).boxed().toList(), numbers);
    }
  }

  @Test
  void aRolledBackRegistrationGivesItsNumberBack() {
    YearlySequences sequences = new YearlySequences();
    try (TestDatabase db = TestDatabase.create()) {
      assertThrows(IllegalStateException.class, () -> db.inTransaction(em -> {
        sequences.next(em, BukuRegisterEntry.SEQUENCE, 2026);
        throw new IllegalStateException("the signature step failed");
      }));
      int next = db.inTransaction(em -> sequences.next(em, BukuRegisterEntry.SEQUENCE, 2026));
      assertEquals(1, next);
    }
  }

  @Test
  void eachYearStartsAtOneAndTheDatabaseRefusesADuplicate() {
    YearlySequences sequences = new YearlySequences();
    try (TestDatabase db = TestDatabase.create()) {
      db.inTransaction(em -> sequences.next(em, BukuRegisterEntry.SEQUENCE, 2026));
      int firstOf2027 = db.inTransaction(em -> sequences.next(em, BukuRegisterEntry.SEQUENCE, 2027));
      assertEquals(1, firstOf2027);
      db.inTransaction(em -> { em.persist(entry(2026, 7, "a")); return null; });
      assertThrows(RuntimeException.class, () -> db.inTransaction(em -> { em.persist(entry(2026, 7, "b")); return null; }));
    }
  }
}
