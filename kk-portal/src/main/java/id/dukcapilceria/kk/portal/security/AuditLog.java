package id.dukcapilceria.kk.portal.security;

import id.dukcapilceria.kk.workflow.audit.AuditEntry;
import id.dukcapilceria.kk.workflow.audit.AuditEvent;
import id.dukcapilceria.kk.workflow.audit.AuditTrail;
import id.dukcapilceria.kk.workflow.audit.ChainVerification;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.util.List;

/**
 * Events outside the workflow's transitions that belong in the audit trail: sign-ins, failed
 * sign-ins, document downloads. Transitions are audited by kk-workflow itself.
 *
 * <p>No thread ever holds two connections: {@link #record} begins a transaction of its own and
 * refuses to be called inside another (a transaction suspended beside it would keep its connection,
 * and a pool full of threads each waiting for a second connection never recovers). A refusal that
 * happens inside a transaction is written in it with {@link #recordDenial}, and the caller lets it
 * commit (see {@link AdministrationDenied}).
 */
@ApplicationScoped
public class AuditLog {

  private final AuditTrail trail = new AuditTrail();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject UserTransaction transaction;

  /** A path or other free text as an entry's subject: cut to the column's 100 characters. */
  public static String subject(String text) {
    return text == null || text.length() <= 100 ? text : text.substring(0, 100);
  }

  /** An event on its own, kept whatever the request does next; never inside a transaction. */
  @Transactional(Transactional.TxType.NEVER)
  public void record(String username, Role role, String action, String subject) {
    try {
      transaction.begin();
      trail.append(em, AuditEvent.of(clock.instant(), username, role, action, subject, null));
      transaction.commit();
    } catch (jakarta.transaction.NotSupportedException | jakarta.transaction.SystemException
        | jakarta.transaction.RollbackException | jakarta.transaction.HeuristicMixedException
        | jakarta.transaction.HeuristicRollbackException e) {
      throw new IllegalStateException("The audit entry " + action + " was not written", e);
    } finally {
      rollbackIfOpen();
    }
  }

  private void rollbackIfOpen() {
    try {
      if (transaction.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (jakarta.transaction.SystemException e) {
      throw new IllegalStateException("The audit transaction did not end", e);
    }
  }

  /**
   * A refusal: written in the caller's transaction when there is one (which must then commit on the
   * refusal, as methods refusing with {@link AdministrationDenied} do), else in its own.
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public void recordDenial(String username, Role role, String action, String subject) {
    trail.append(em, AuditEvent.of(clock.instant(), username, role, action, subject, null));
  }

  /**
   * An event that is part of the caller's change (administration): written in the caller's
   * transaction, so the entry is kept exactly when the change is.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordWithChange(String username, Role role, String action, String subject, String reason) {
    trail.append(em, AuditEvent.of(clock.instant(), username, role, action, subject, reason));
  }

  /**
   * The chain, checked in itself and against {@code seal}, the newest seal kept outside the
   * database ({@code signing.AuditSeals}); null if there is none.
   */
  @Transactional
  public ChainVerification verify(id.dukcapilceria.kk.workflow.audit.AuditSeal seal) {
    return trail.verify(em, seal);
  }

  /** The newest entries, newest first. */
  @Transactional
  public List<AuditEntry> latest(int count) {
    return em.createQuery("select e from AuditEntry e order by e.position desc", AuditEntry.class)
        .setMaxResults(count)
        .getResultList();
  }
}
