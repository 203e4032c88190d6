package id.dukcapilceria.kk.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Refuses an upload to a page before anything buffers it when its declared size is over the
 * container's multipart limit (web.xml {@code max-request-size}), or when it declares none: 413
 * (or 411) with a short page saying so in Indonesian and English, where the container would
 * otherwise fail inside JSF's multipart parsing and answer 500. (Not the error page: that is a
 * JSF page, and it would parse the same multipart body again.) Browsers do not send such files:
 * the upload fields refuse them before sending. Uploads up to the limit reach the pages, whose checks say what is wrong
 * with the file beside it (5 MB for a scan, 10 MB on the public verification page).
 */
@WebFilter("*.xhtml")
public class UploadSizeLimit extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The same number as max-request-size in web.xml. */
  static final long MAX_MULTIPART_BYTES = 53_477_376L;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getContentType();
    if ("POST".equals(request.getMethod()) && type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      long length = request.getContentLengthLong();
      if (length < 0 || length > MAX_MULTIPART_BYTES) {
        refuse(response, length < 0 ? HttpServletResponse.SC_LENGTH_REQUIRED : HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static void refuse(HttpServletResponse response, int status) throws IOException {
    response.setStatus(status);
    response.setHeader("Connection", "close"); // the rest of the body is not read
    response.setContentType("text/html;charset=UTF-8");
    response.getWriter().write("<!DOCTYPE html><html lang=\"id\"><head><title>413</title></head><body><p>"
        + Texts.in(Locale.forLanguageTag("id"), "error.413") + "</p><p lang=\"en\">"
        + Texts.in(Locale.ENGLISH, "error.413") + "</p></body></html>");
  }
}
