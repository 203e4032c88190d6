package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.portal.config.PortalConfig;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * A portal published over https marks its session cookie {@code Secure} always, also behind a
 * proxy that terminates TLS and talks plain HTTP to Payara (where the container, seeing plain
 * HTTP, would leave the attribute off). Decided from {@code kk.base.url} as configured (the
 * address the portal is published at; read before the database is). Published over plain http outside the demo, the start says so.
 */
@WebListener
public class SessionCookieSecurity implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(SessionCookieSecurity.class.getName());

  @Inject PortalConfig config;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    String baseUrl = config.configuredBaseUrl();
    if (baseUrl.toLowerCase(Locale.ROOT).startsWith("https://")) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    } else if (!config.isDemo()) {
      LOG.warning(() -> "kk.base.url is " + baseUrl + ": QR codes and the session cookie are not protected by TLS."
          + " Publish the portal over https (README, TLS) and set KK_BASE_URL to its https address.");
    }
  }
}
