package id.dukcapilceria.kk.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. Scripts are restricted by a second policy that PrimeFaces'
 * CSP mode (web.xml {@code primefaces.CSP}) sends with each page: {@code script-src 'self'
 * 'nonce-…'}, a fresh nonce per request. A browser enforces every policy it receives, so the
 * permissive script-src below only keeps this header from blocking the nonce'd scripts; it opens
 * nothing that PrimeFaces' policy does not close. Plain servlets (documents, redirects) serve no
 * HTML.
 *
 * <p>Nothing but JSF's static resources (style sheets, scripts, pictures) may be kept by a browser
 * or a proxy: pages and API answers show NIKs and family data, so {@code Cache-Control: no-store}
 * on all of them. Over TLS (this server's or a configured proxy's, {@link ClientAddress}) browsers
 * are told to use nothing else for a year (HSTS).
 */
@WebFilter("/*")
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @jakarta.inject.Inject id.dukcapilceria.kk.portal.security.ClientAddress clientAddress;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!request.getServletPath().startsWith("/jakarta.faces.resource/")) {
      response.setHeader("Cache-Control", "no-store");
    }
    if (clientAddress.isSecure(request)) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'");
    chain.doFilter(request, response);
  }
}
