package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.portal.signing.KkSigningService;
import id.dukcapilceria.kk.signature.verify.TrustAnchors;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;

/**
 * The root certificate that signed cards chain to, public, so that a recipient can trust it in a
 * PDF reader: {@code /sertifikat/akar.pem} (PEM, for tools such as pdfsig or OpenSSL) and
 * {@code /sertifikat/akar.cer} (DER, which Adobe Reader and Windows import). With the demo PKI it
 * is the DEMO root; a real deployment trusts BSrE's root instead and would not offer this.
 */
@WebServlet("/sertifikat/*")
public class TrustAnchorServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject KkSigningService signing;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String name = request.getPathInfo() == null ? "" : request.getPathInfo();
    byte[] der;
    try {
      der = signing.trustedRoot().getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("The root certificate cannot be encoded", e);
    }
    byte[] body;
    switch (name) {
      case "/akar.pem" -> {
        response.setContentType("application/x-pem-file");
        body = TrustAnchors.pem(signing.trustedRoot()).getBytes(StandardCharsets.US_ASCII);
      }
      case "/akar.cer" -> {
        response.setContentType("application/pkix-cert");
        body = der;
      }
      default -> {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
    }
    response.setHeader("Content-Disposition", "attachment; filename=\"kk-akar-demo" + name.substring(5) + "\"");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
