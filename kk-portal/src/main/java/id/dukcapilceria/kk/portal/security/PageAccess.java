package id.dukcapilceria.kk.portal.security;

import id.dukcapilceria.kk.workflow.audit.AuditEvent;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The second check, where the data is served: each servlet and workspace bean asks whether the
 * signed-in user may open its {@link PortalArea}, so that a rule missed by {@link
 * WorkspaceAccessFilter} opens nothing. A refusal is audited and answered 403.
 */
@RequestScoped
public class PageAccess {

  @Inject CurrentActor currentActor;
  @Inject AuditLog audit;
  @Inject ActingOfficials acting;

  /** For a servlet: the signed-in actor when the area admits them; otherwise 403 is sent and nothing returned. */
  public Optional<Actor> admit(PortalArea area, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Actor> actor = admitted(area, WorkspaceAccessFilter.resolvedPath(request));
    if (actor.isEmpty()) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
    return actor;
  }

  /**
   * For a workspace bean as it is created: whether the area admits the signed-in user. Otherwise
   * the view's answer becomes 403 (the error page) and what the page would still render is not
   * sent.
   */
  public boolean admitView(PortalArea area) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    String path = external.getRequestServletPath() + (external.getRequestPathInfo() == null ? "" : external.getRequestPathInfo());
    if (admitted(area, path).isPresent()) {
      return true;
    }
    try {
      external.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
    return false;
  }

  private Optional<Actor> admitted(PortalArea area, String path) {
    if (area.isPublic()) {
      return currentActor.isSignedIn() ? Optional.of(currentActor.get()) : Optional.empty();
    }
    if (!currentActor.isSignedIn()) {
      return Optional.empty();
    }
    Actor actor;
    try {
      actor = currentActor.get();
    } catch (IllegalStateException inactive) {
      return Optional.empty();
    }
    if (!area.admits(actor.role()) || area != PortalArea.AKUN && acting.outsideDesignation(actor)) {
      audit.record(actor.username(), actor.role(), AuditEvent.ACCESS_DENIED, AuditLog.subject(path));
      return Optional.empty();
    }
    return Optional.of(actor);
  }
}
