package id.dukcapilceria.kk.portal.config;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Refuses to start on a configured value that would silently weaken the portal: a role name in
 * {@code kk.second-factor.roles} that is no role (a typing error would leave that role without its
 * second factor). The deployment fails with the reason in the log.
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
  }
}
