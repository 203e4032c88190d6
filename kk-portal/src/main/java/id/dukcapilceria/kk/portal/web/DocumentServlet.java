package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.portal.permohonan.PermohonanService;
import id.dukcapilceria.kk.portal.security.AuditLog;
import id.dukcapilceria.kk.portal.security.CurrentActor;
import id.dukcapilceria.kk.workflow.audit.AuditEvent;
import id.dukcapilceria.kk.workflow.dokumen.SignedKkDocument;
import id.dukcapilceria.kk.workflow.permohonan.WorkflowException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Download of a signed KK PDF: {@code /dokumen/{application id}}. Only signed-in staff reach it
 * (web.xml), and the service lets a nagari operator fetch only their own nagari's cards.
 */
@WebServlet("/dokumen/*")
public class DocumentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject PermohonanService service;
  @Inject CurrentActor currentActor;
  @Inject AuditLog audit;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    long id;
    try {
      id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    SignedKkDocument document;
    String nomorKk;
    try {
      document = service.signedDocument(currentActor.get(), id);
      nomorKk = service.find(currentActor.get(), id).kartuKeluarga().nomorKk().map(Object::toString).orElse("KK");
    } catch (WorkflowException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    audit.record(currentActor.get().username(), currentActor.get().role(), AuditEvent.DOCUMENT_DOWNLOADED,
        service.find(currentActor.get(), id).nomor());
    byte[] pdf = document.pdf();
    response.setContentType("application/pdf");
    response.setHeader("Content-Disposition", "attachment; filename=\"KK-" + nomorKk + ".pdf\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }
}
