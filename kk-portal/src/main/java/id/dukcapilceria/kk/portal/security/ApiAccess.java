package id.dukcapilceria.kk.portal.security;

import id.dukcapilceria.kk.workflow.audit.AuditEvent;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import id.dukcapilceria.kk.workflow.permohonan.Role;

/**
 * For the REST API, the portal's own rule on what is not a workflow step: a signed card for the
 * roles that may download it from the portal. (Who reads the registers is kk-workflow's rule.) The rules stay in {@link WorkspaceAccessFilter}; this
 * class only asks it, so the API and the portal cannot drift apart. Refusals are audited as there.
 */
@ApplicationScoped
public class ApiAccess {

  @Inject AuditLog audit;

  /** Whether the actor may download signed cards. */
  public boolean mayDownloadCards(Actor actor, String path) {
    return allowed(actor, "/dokumen/", path);
  }

  private boolean allowed(Actor actor, String portalPath, String apiPath) {
    Set<Role> roles = WorkspaceAccessFilter.allowedFor(portalPath);
    if (roles != null && roles.contains(actor.role())) {
      return true;
    }
    audit.record(actor.username(), actor.role(), AuditEvent.ACCESS_DENIED,
        apiPath.length() > 100 ? apiPath.substring(0, 100) : apiPath);
    return false;
  }
}
