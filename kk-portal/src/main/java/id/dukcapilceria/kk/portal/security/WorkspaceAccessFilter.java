package id.dukcapilceria.kk.portal.security;

import id.dukcapilceria.kk.workflow.audit.AuditEvent;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which role may open which part of the portal, decided from the user table for every request:
 * each workspace for its own role, the documents for the four SOP roles. A signed-in user anywhere
 * else gets the 403 page and the attempt is audited. (The web.xml constraints only demand a
 * signed-in user; see the note there on why the container's own role check is not relied on.)
 * What a user may do inside a workspace is decided by kk-workflow on every call.
 */
@WebFilter({"/nagari/*", "/layanan/*", "/kasi/*", "/kadis/*", "/admin/*", "/dasbor/*", "/dokumen/*",
    "/dokumen-persyaratan/*", "/pratinjau-kk/*", "/ekspor/*", "/buku/*", "/ruang-kerja"})
public class WorkspaceAccessFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final Set<Role> SOP_ROLES =
      EnumSet.of(Role.OPERATOR_NAGARI, Role.OPERATOR_LAYANAN, Role.KASI_KABID, Role.KADIS);

  /** The Dinas officers who answer for the SOP's time standards (the SLA dashboard). */
  public static final Set<Role> DASHBOARD_ROLES = EnumSet.of(Role.OPERATOR_LAYANAN, Role.KASI_KABID, Role.KADIS);

  /** The Dinas officers who keep or answer for the buku register and buku permasalahan. */
  public static final Set<Role> BOOK_ROLES = EnumSet.of(Role.OPERATOR_LAYANAN, Role.KASI_KABID, Role.KADIS);

  /** The Dinas officers who check a card before the Kadis signs it, and the Kadis. */
  private static final Set<Role> PREVIEW_ROLES = EnumSet.of(Role.OPERATOR_LAYANAN, Role.KASI_KABID, Role.KADIS);

  private static final Map<String, Set<Role>> ALLOWED = Map.ofEntries(
      Map.entry("/nagari/", EnumSet.of(Role.OPERATOR_NAGARI)),
      Map.entry("/layanan/", EnumSet.of(Role.OPERATOR_LAYANAN)),
      Map.entry("/kasi/", EnumSet.of(Role.KASI_KABID)),
      Map.entry("/kadis/", EnumSet.of(Role.KADIS)),
      Map.entry("/admin/", EnumSet.of(Role.ADMIN)),
      Map.entry("/dasbor/", DASHBOARD_ROLES),
      Map.entry("/dokumen/", SOP_ROLES),
      Map.entry("/dokumen-persyaratan/", SOP_ROLES),
      Map.entry("/pratinjau-kk/", PREVIEW_ROLES),
      Map.entry("/ekspor/", BOOK_ROLES),
      Map.entry("/buku/", BOOK_ROLES),
      Map.entry("/ruang-kerja", EnumSet.allOf(Role.class)));

  @Inject CurrentActor currentActor;
  @Inject AuditLog audit;

  /** The roles that may open {@code path} (relative to the application), or null if not ruled here. */
  static Set<Role> allowedFor(String path) {
    return ALLOWED.entrySet().stream()
        .filter(rule -> path.startsWith(rule.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  /**
   * The 403 page within this request, so that it still shows who is signed in and the way out
   * (an error dispatch would render it without the caller).
   */
  private static void forbidden(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    request.setAttribute("jakarta.servlet.error.status_code", HttpServletResponse.SC_FORBIDDEN);
    request.getRequestDispatcher("/error.xhtml").forward(request, response);
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Set<Role> allowed = allowedFor(path);
    if (allowed == null || !currentActor.isSignedIn()) {
      chain.doFilter(request, response); // the container's constraint sends strangers to the login
      return;
    }
    Actor actor;
    try {
      actor = currentActor.get();
    } catch (IllegalStateException inactive) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    if (!allowed.contains(actor.role())) {
      audit.record(actor.username(), actor.role(), AuditEvent.ACCESS_DENIED, path.length() > 100 ? path.substring(0, 100) : path);
      forbidden(request, response);
      return;
    }
    chain.doFilter(request, response);
  }
}
