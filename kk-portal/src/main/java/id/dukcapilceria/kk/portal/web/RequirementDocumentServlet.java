package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.portal.permohonan.Transactions;
import id.dukcapilceria.kk.portal.security.PageAccess;
import id.dukcapilceria.kk.portal.security.PortalArea;
import id.dukcapilceria.kk.workflow.dokumen.DocumentStore;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.WorkflowException;
import id.dukcapilceria.kk.workflow.sop.PermohonanReads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * A scanned requirement document, for the officers who check it: {@code
 * /dokumen-persyaratan/{application id}/{sha256}}. Only a document attached to an application the
 * user may see is served, with the media type found at upload, never the uploader's name as type.
 */
@WebServlet("/dokumen-persyaratan/*")
public class RequirementDocumentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject Transactions tx;
  @Inject PermohonanReads reads;
  @Inject DocumentStore documentStore;
  @Inject PageAccess access;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Actor actor = access.admit(PortalArea.DOKUMEN, request, response).orElse(null);
    if (actor == null) {
      return;
    }
    String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
    if (parts.length != 3 || !parts[1].matches("\\d{1,18}") || !parts[2].matches("[0-9a-f]{64}")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<PermohonanReads.Scan> scan;
    try {
      scan = tx.call(em -> reads.viewScan(em, actor, Long.parseLong(parts[1]), parts[2], documentStore));
    } catch (WorkflowException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (scan.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(scan.get().document().mediaType());
    response.setHeader("Content-Disposition", "inline");
    // shown in the frame beside the application (detail.xhtml): framing by our own pages only.
    // No "sandbox" directive: Chromium refuses to show a PDF in a sandboxed frame; uploads with
    // active PDF content were already refused by UploadCheck.
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    response.setHeader("Content-Security-Policy", "default-src 'self'; frame-ancestors 'self'");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(scan.get().content().length);
    response.getOutputStream().write(scan.get().content());
  }
}
