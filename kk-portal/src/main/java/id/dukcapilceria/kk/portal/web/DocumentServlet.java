package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.portal.permohonan.Transactions;
import id.dukcapilceria.kk.portal.security.PageAccess;
import id.dukcapilceria.kk.portal.security.PortalArea;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.WorkflowException;
import id.dukcapilceria.kk.workflow.sop.PermohonanReads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Download of a signed KK PDF: {@code /dokumen/{application id}}. For the roles of {@link
 * PortalArea#DOKUMEN} (asked again here); the service lets a nagari operator fetch only their own
 * nagari's cards. Every download is audited.
 */
@WebServlet("/dokumen/*")
public class DocumentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject Transactions tx;
  @Inject PermohonanReads reads;
  @Inject PageAccess access;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Actor actor = access.admit(PortalArea.DOKUMEN, request, response).orElse(null);
    if (actor == null) {
      return;
    }
    long id;
    try {
      id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    PermohonanReads.SignedCardFile card;
    try {
      card = tx.call(em -> reads.downloadSignedCard(em, actor, id));
    } catch (WorkflowException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] pdf = card.pdf();
    response.setContentType("application/pdf");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + card.fileName() + "\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }
}
