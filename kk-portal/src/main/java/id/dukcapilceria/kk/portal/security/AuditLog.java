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
import java.time.Clock;
import java.util.List;

/**
 * Events outside the workflow's transitions that belong in the audit trail: sign-ins, failed
 * sign-ins, document downloads. Each is written in its own transaction, so it stays even when the
 * surrounding request fails. Transitions are audited by kk-workflow itself.
 */
@ApplicationScoped
public class AuditLog {

  private final AuditTrail trail = new AuditTrail();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** A path or other free text as an entry's subject: cut to the column's 100 characters. */
  public static String subject(String text) {
    return text == null || text.length() <= 100 ? text : text.substring(0, 100);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(String username, Role role, String action, String subject) {
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
