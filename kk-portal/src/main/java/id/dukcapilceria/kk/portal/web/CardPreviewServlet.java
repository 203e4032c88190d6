package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.portal.permohonan.Transactions;
import id.dukcapilceria.kk.portal.security.ActingOfficials;
import id.dukcapilceria.kk.portal.security.PageAccess;
import id.dukcapilceria.kk.portal.security.PortalArea;
import id.dukcapilceria.kk.portal.signing.KkSigningService;
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
 * The card of an application as it will be signed, as a PNG picture marked "PRATINJAU — BELUM
 * DITANDATANGANI": {@code /pratinjau-kk/{application id}}. Shown in the detail of the Dinas
 * workspaces, so that the Kadis sees on the phone what the signature will be put on, and what it
 * changes on the family's active card marked on it. The Dinas
 * roles only ({@link PortalArea#PRATINJAU_KK}, asked again here); the service decides which
 * applications a user sees.
 */
@WebServlet("/pratinjau-kk/*")
public class CardPreviewServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject ActingOfficials actingOfficials;
  @Inject Transactions tx;
  @Inject PermohonanReads reads;
  @Inject PageAccess access;
  @Inject KkSigningService signing;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Actor actor = access.admit(PortalArea.PRATINJAU_KK, request, response).orElse(null);
    if (actor == null) {
      return;
    }
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    if (!path.matches("/\\d{1,18}")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    PermohonanReads.Preview preview;
    try {
      preview = tx.call(em -> reads.preview(em, actor, Long.parseLong(path.substring(1))));
    } catch (WorkflowException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    // the card as this officer would sign it: a Plh./Plt. sees their own name under the title;
    // what it changes on the family's active card is marked on it
    byte[] png = signing.previewPicture(preview.kartuKeluarga(), actingOfficials.officialFor(actor),
        preview.changes().orElse(null));
    response.setContentType("image/png");
    response.setHeader("Content-Disposition", "inline");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(png.length);
    response.getOutputStream().write(png);
  }
}
