package id.dukcapilceria.kk.portal.config;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Refuses to start on a configured value that would silently weaken the portal: a role name in
 * {@code kk.second-factor.roles} that is no role (a typing error would leave that role without its
 * second factor), or a {@code kk.verification.trust-anchors} file that is unreadable or holds a
 * certificate that is not a certification authority's. The deployment fails with the reason in the log.
 */
@WebListener
public class ConfigurationCheck implements ServletContextListener {

  @Inject PortalConfig config;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    try {
      config.configuredSecondFactorRoles();
    } catch (SettingRules.InvalidSetting invalid) {
      throw new IllegalStateException(SettingRules.SECOND_FACTOR_ROLES
          + " names something that is not a role; allowed: OPERATOR_NAGARI, OPERATOR_LAYANAN, KASI_KABID, KADIS, ADMIN",
          invalid);
    }
    // a calendar that cannot be read stops the start, with the key it is in
    config.workingCalendar();
    // a trust-anchor file that cannot be read, or trusts an end entity, stops the start here
    config.verificationTrustAnchors().ifPresent(id.dukcapilceria.kk.signature.verify.TrustAnchors::fromFile);
  }
}
