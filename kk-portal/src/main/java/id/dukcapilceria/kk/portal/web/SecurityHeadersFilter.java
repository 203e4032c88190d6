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
 */
@WebFilter("/*")
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
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
