package id.dukcapilceria.kk.portal.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A portal published over https marks its session cookie {@code Secure} always, also behind a
 * proxy that terminates TLS and talks plain HTTP to Payara (where the container, seeing plain
 * HTTP, would leave the attribute off). Decided from {@code kk.base.url}, the address the portal
 * is published at. Published over plain http outside the demo, the start says so.
 */
@WebListener
public class SessionCookieSecurity implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(SessionCookieSecurity.class.getName());

  @Inject
  @ConfigProperty(name = "kk.base.url")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "kk.demo", defaultValue = "false")
  boolean demo;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (baseUrl.toLowerCase(Locale.ROOT).startsWith("https://")) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    } else if (!demo) {
      LOG.warning(() -> "kk.base.url is " + baseUrl + ": QR codes and the session cookie are not protected by TLS."
          + " Publish the portal over https (README, TLS) and set KK_BASE_URL to its https address.");
    }
  }
}
