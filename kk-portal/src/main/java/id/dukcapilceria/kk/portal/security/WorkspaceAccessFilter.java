package id.dukcapilceria.kk.portal.security;

import id.dukcapilceria.kk.workflow.audit.AuditEvent;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Decides every request by the {@link PortalArea} of the path the container resolved (servlet
 * path and path info, never the raw request URI, which an attacker spells as they like: dot
 * segments, doubled slashes, percent-encoded letters, {@code ;} parameters). A path in no area is
 * answered 404 to everyone; a signed-in user outside the area's roles gets the 403 page and the
 * attempt is audited. The pages and servlets ask the area again where they serve data ({@link
 * PageAccess}). The web.xml constraints only demand a signed-in user; see the note there on why
 * the container's own role check is not relied on.
 */
@WebFilter("/*")
public class WorkspaceAccessFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /**
   * A context parameter listing further exact paths open to anyone, for a tool deployed beside
   * the portal in the same WAR (the integration tests' runner); unset in the portal's own web.xml.
   */
  static final String OPEN_PATHS = "kk.access.open-paths";

  @Inject CurrentActor currentActor;
  @Inject AuditLog audit;
  @Inject SignedInSessions sessions;
  @Inject ClientAddress clientAddress;
  @Inject SecondFactor secondFactor;
  @Inject ActingOfficials acting;

  /** Where a user whose role requires the second factor enrols their authenticator. */
  public static final String ENROLMENT_PAGE = "/akun/dua-langkah.xhtml";

  private java.util.Set<String> openPaths = java.util.Set.of();

  @Override
  public void init() {
    String listed = getServletContext().getInitParameter(OPEN_PATHS);
    if (listed != null) {
      openPaths = java.util.Arrays.stream(listed.split(",")).map(String::strip).filter(p -> p.startsWith("/"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
  }

  /** The path within the application as the container mapped it. */
  static String resolvedPath(HttpServletRequest request) {
    String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
    String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
    return servletPath + pathInfo;
  }

  /**
   * The 403 page within this request, so that it still shows who is signed in and the way out
   * (an error dispatch would render it without the caller).
   */
  static void forbidden(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    request.setAttribute("jakarta.servlet.error.status_code", HttpServletResponse.SC_FORBIDDEN);
    request.getRequestDispatcher("/error.xhtml").forward(request, response);
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = resolvedPath(request);
    jakarta.servlet.http.HttpSession session = request.getSession(false);
    if (session != null && sessions.outlived(session)) {
      session.invalidate();
      response.sendRedirect(request.getContextPath() + "/login.xhtml?berakhir=1");
      return;
    }
    Optional<PortalArea> area = PortalArea.of(path);
    if (area.isEmpty() && openPaths.contains(path)) {
      chain.doFilter(request, response);
      return;
    }
    if (area.isEmpty() || area.get() == PortalArea.METRICS && !clientAddress.mayReadMetrics(request)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (area.get().isPublic()) {
      chain.doFilter(request, response);
      return;
    }
    if (!currentActor.isSignedIn()) {
      // the web.xml constraints send strangers to the login for every area that is not public;
      // one that reaches this point was missed there and is refused
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    Actor actor;
    PortalUser user;
    try {
      user = currentActor.user();
      actor = currentActor.get();
    } catch (IllegalStateException inactive) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    if (area.get() != PortalArea.AKUN && secondFactor.mustEnrol(user)) {
      // signed in with the password only: nothing but the enrolment until the authenticator is set up
      response.sendRedirect(request.getContextPath() + ENROLMENT_PAGE);
      return;
    }
    if (!area.get().admits(actor.role()) || area.get() != PortalArea.AKUN && acting.outsideDesignation(actor)) {
      audit.record(actor.username(), actor.role(), AuditEvent.ACCESS_DENIED, AuditLog.subject(path));
      forbidden(request, response);
      return;
    }
    chain.doFilter(request, response);
  }
}
