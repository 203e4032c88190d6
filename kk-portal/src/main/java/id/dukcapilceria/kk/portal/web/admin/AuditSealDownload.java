package id.dukcapilceria.kk.portal.web.admin;

import id.dukcapilceria.kk.portal.signing.AuditSeals;
import id.dukcapilceria.kk.portal.security.PageAccess;
import id.dukcapilceria.kk.portal.security.PortalArea;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The newest audit seal for the administrator to keep elsewhere: {@code /admin/segel-audit.zip},
 * the seal's text and its RFC 3161 time-stamp token ({@code openssl ts -verify} reads the latter).
 */
@WebServlet("/admin/segel-audit.zip")
public class AuditSealDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject PageAccess access;
  @Inject AuditSeals seals;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (access.admit(PortalArea.ADMIN, request, response).isEmpty()) {
      return;
    }
    var sealed = seals.latest();
    if (sealed.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/zip");
    response.setHeader("Content-Disposition", "attachment; filename=\"segel-audit-" + sealed.get().seal().position() + ".zip\"");
    try (ZipOutputStream zip = new ZipOutputStream(response.getOutputStream())) {
      for (var file : java.util.List.of(sealed.get().content(), sealed.get().token())) {
        zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
        zip.write(Files.readAllBytes(file));
        zip.closeEntry();
      }
    }
  }
}
