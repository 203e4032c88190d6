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
 * are told to use nothing else for a year (HSTS). The session cookie's {@code Secure} attribute is
 * set once for the deployment from its https {@code kk.base.url} ({@code SessionCookieSecurity}):
 * the container writes that cookie itself, so it cannot follow each request's proxy header; a
 * request over TLS to a portal whose base URL is plain http is logged once as a configuration error.
 */
@WebFilter("/*")
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(SecurityHeadersFilter.class.getName());

  @jakarta.inject.Inject id.dukcapilceria.kk.portal.security.ClientAddress clientAddress;

  /** Once per start is enough for the operator to see it. */
  private volatile boolean warnedPlainBaseUrl;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!request.getServletPath().startsWith("/jakarta.faces.resource/")) {
      response.setHeader("Cache-Control", "no-store");
    }
    if (clientAddress.isSecure(request)) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
      if (!request.getServletContext().getSessionCookieConfig().isSecure() && !warnedPlainBaseUrl) {
        warnedPlainBaseUrl = true;
        LOG.warning("The portal is reached over https, but kk.base.url is not an https address: the session"
            + " cookie is not marked Secure and QR codes point to plain http. Set KK_BASE_URL to the https address.");
      }
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
