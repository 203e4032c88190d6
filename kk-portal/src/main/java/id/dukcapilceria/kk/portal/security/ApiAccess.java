package id.dukcapilceria.kk.portal.security;

import id.dukcapilceria.kk.workflow.audit.AuditEvent;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * For the REST API, the portal's own rule on what is not a workflow step: a signed card for the
 * roles that may download it from the portal ({@link PortalArea#DOKUMEN}). (Who reads the
 * registers is kk-workflow's rule.) Refusals are audited as in the portal.
 */
@ApplicationScoped
public class ApiAccess {

  @Inject AuditLog audit;

  /** Whether the actor may download signed cards. */
  public boolean mayDownloadCards(Actor actor, String path) {
    if (PortalArea.DOKUMEN.admits(actor.role())) {
      return true;
    }
    audit.record(actor.username(), actor.role(), AuditEvent.ACCESS_DENIED, AuditLog.subject(path));
    return false;
  }
}
