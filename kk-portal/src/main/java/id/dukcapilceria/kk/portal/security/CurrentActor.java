package id.dukcapilceria.kk.portal.security;

import id.dukcapilceria.kk.workflow.permohonan.Actor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * The signed-in user as the workflow sees them. Built on the server from the authenticated
 * principal and the user table, never from anything the browser sends.
 */
@RequestScoped
public class CurrentActor {

  @Inject SecurityContext securityContext;
  @PersistenceContext EntityManager em;

  private PortalUser user;

  @Inject ActingOfficials acting;

  /** The signed-in user as the workflow's actor, with their designation if they act for the head. */
  public Actor get() {
    return acting.actorOf(user());
  }

  public String displayName() {
    return user().displayName();
  }

  public boolean isSignedIn() {
    return securityContext.getCallerPrincipal() != null;
  }

  /** The signed-in user's row, read in this request (for the checks of this package). */
  PortalUser user() {
    if (user == null) {
      Principal principal = securityContext.getCallerPrincipal();
      if (principal == null) {
        throw new IllegalStateException("No user is signed in");
      }
      user = em.find(PortalUser.class, principal.getName());
      if (user == null || !user.isActive()) {
        throw new IllegalStateException("The signed-in user no longer exists or is inactive");
      }
    }
    return user;
  }
}
