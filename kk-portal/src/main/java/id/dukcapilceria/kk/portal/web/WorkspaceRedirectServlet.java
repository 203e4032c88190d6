package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.portal.security.CurrentActor;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends a signed-in user to the workspace of their role. Also answers the login form's post when
 * the user opened the login page directly (no page to return to).
 */
@WebServlet({"/ruang-kerja", "/j_security_check"})
public class WorkspaceRedirectServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject CurrentActor currentActor;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (!currentActor.isSignedIn()) {
      response.sendRedirect(request.getContextPath() + "/login.xhtml");
      return;
    }
    response.sendRedirect(request.getContextPath() + AccountBean.homeOf(currentActor.get().role()));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    doGet(request, response);
  }
}
