package id.dukcapilceria.kk.workflow.register;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Takes the next gapless number of a yearly sequence inside the caller's transaction. The row is
 * locked (SELECT ... FOR UPDATE) until that transaction ends, so concurrent callers queue, and a
 * rolled-back transaction gives its number back. The rows for the years 2020–2100 are created by
 * the migration, so two first callers of a year cannot race to insert the same row.
 */
public final class YearlySequences {

  public int next(EntityManager em, String purpose, int year) {
    String key = YearlySequence.key(purpose, year);
    YearlySequence sequence = em.find(YearlySequence.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (sequence == null) {
      sequence = new YearlySequence(purpose, year);
      em.persist(sequence);
    }
    int value = sequence.next();
    // written at once: a later locking find refreshes the row from the database
    em.flush();
    return value;
  }
}
