package id.dukcapilceria.kk.portal.permohonan;

import id.dukcapilceria.kk.workflow.register.YearlySequence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Takes the next gapless number of a yearly sequence inside the caller's transaction. The row is
 * locked (SELECT ... FOR UPDATE) until that transaction ends, so concurrent callers queue; a
 * rolled-back transaction gives its number back.
 */
@ApplicationScoped
public class Sequences {

  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.MANDATORY)
  public int next(String purpose, int year) {
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
