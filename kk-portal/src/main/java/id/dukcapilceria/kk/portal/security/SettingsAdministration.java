package id.dukcapilceria.kk.portal.security;

import id.dukcapilceria.kk.portal.config.SettingRules;
import id.dukcapilceria.kk.portal.config.Settings;
import id.dukcapilceria.kk.workflow.audit.AuditEvent;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The administrator's changes to the settings ({@link Settings} holds them): only the
 * administrator, every value checked first and all stored or none, each change audited with the
 * old and the new value in the same transaction.
 */
@ApplicationScoped
public class SettingsAdministration {

  @Inject Settings settings;
  @Inject UserAdministration administration;
  @Inject AuditLog audit;

  /** Stores the changed values of a form, all or nothing. */
  @Transactional(dontRollbackOn = AdministrationDenied.class)
  public void change(Actor admin, Map<String, String> values) {
    administration.requireAdministrator(admin);
    Map<String, String> normalised = new LinkedHashMap<>();
    List<UserRules.Problem> problems = new ArrayList<>();
    values.forEach((key, raw) -> {
      try {
        normalised.put(key, SettingRules.normalise(key, raw));
      } catch (SettingRules.InvalidSetting invalid) {
        problems.add(new UserRules.Problem(key, invalid.messageKey()));
      }
    });
    if (!problems.isEmpty()) {
      throw new AdministrationRefused(problems);
    }
    normalised.forEach((key, value) -> settings.store(key, value).ifPresent(before ->
        audit.recordWithChange(admin.username(), admin.role(), AuditEvent.SETTING_CHANGED, key, before + " → " + value)));
  }

  /** Removes the stored value: the configured default applies again (audited like a change). */
  @Transactional(dontRollbackOn = AdministrationDenied.class)
  public void restoreDefault(Actor admin, String key) {
    administration.requireAdministrator(admin);
    settings.removeStored(key).ifPresent(before -> audit.recordWithChange(admin.username(), admin.role(),
        AuditEvent.SETTING_CHANGED, key, before + " → " + settings.defaultValue(key) + " (default)"));
  }
}
