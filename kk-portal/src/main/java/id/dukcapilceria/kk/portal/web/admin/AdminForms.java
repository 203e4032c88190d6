package id.dukcapilceria.kk.portal.web.admin;

import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.wilayah.Wilayah;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.portal.config.SettingRules;
import id.dukcapilceria.kk.portal.config.Settings;
import id.dukcapilceria.kk.portal.security.AdministrationRefused;
import id.dukcapilceria.kk.portal.security.CurrentActor;
import id.dukcapilceria.kk.portal.security.SettingsAdministration;
import id.dukcapilceria.kk.portal.security.UserAdministration;
import id.dukcapilceria.kk.portal.security.UserRules;
import id.dukcapilceria.kk.portal.web.Texts;
import id.dukcapilceria.kk.portal.web.UserFeedback;
import id.dukcapilceria.kk.workflow.permohonan.Labels;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import id.dukcapilceria.kk.workflow.permohonan.SopStep;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The administration forms: create a user, change one, the settings. Only collects what was
 * typed and shows the outcome at its field; every rule is decided by {@link UserAdministration},
 * {@link UserRules} and {@link Settings}.
 */
@Named
@RequestScoped
public class AdminForms {

  @Inject UserAdministration administration;
  @Inject Settings settings;
  @Inject SettingsAdministration settingsAdministration;
  @Inject CurrentActor currentActor;
  @Inject id.dukcapilceria.kk.portal.security.PageAccess pageAccess;
  @Inject id.dukcapilceria.kk.portal.signing.AuditSeals seals;
  @Inject id.dukcapilceria.kk.portal.backup.Backups backups;
  @Inject id.dukcapilceria.kk.portal.security.AuditLog audit;
  @Inject WilayahDirectory wilayah;

  // create a user
  private String newUsername;
  private String newDisplayName;
  private String newRole;
  private String newNagari;
  private String newPassword;
  // change a user
  private String user;
  private String editRole;
  private String editNagari;
  private String editPassword;
  // settings, by key; the roles that must use the second factor as ticked
  private final Map<String, String> values = new LinkedHashMap<>();
  private List<String> secondFactorRoles = List.of();

  @PostConstruct
  void load() {
    if (!pageAccess.admitView(id.dukcapilceria.kk.portal.security.PortalArea.ADMIN)) {
      return;
    }
    SettingRules.keys().forEach(key -> values.put(key, settings.value(key)));
    secondFactorRoles = SettingRules.roles(values.get(SettingRules.SECOND_FACTOR_ROLES)).stream()
        .map(Role::name).toList();
  }

  public void create() {
    char[] password = chars(newPassword);
    try {
      administration.create(currentActor.get(), new UserAdministration.NewUser(
          newUsername, newDisplayName, role(newRole), nagari(newNagari), password));
      UserFeedback.info(Texts.get("admin.done.created", newUsername.strip()));
      newUsername = newDisplayName = newRole = newNagari = null;
    } catch (AdministrationRefused refused) {
      show(refused, "create");
    } finally {
      UserAdministration.wipe(password);
      newPassword = null;
    }
  }

  public void changeRole() {
    attempt(() -> administration.changeRole(currentActor.get(), user, role(editRole), nagari(editNagari)),
        "admin.done.roleChanged");
  }

  public void resetPassword() {
    char[] password = chars(editPassword);
    try {
      attempt(() -> administration.resetPassword(currentActor.get(), user, password), "admin.done.passwordReset");
    } finally {
      UserAdministration.wipe(password);
      editPassword = null;
    }
  }

  /** Removes the user's authenticator (a lost phone); they enrol again at their next sign-in. */
  public void resetSecondFactor() {
    attempt(() -> administration.resetSecondFactor(currentActor.get(), user), "admin.done.secondFactorReset");
  }

  public void disable() {
    attempt(() -> administration.disable(currentActor.get(), user), "admin.done.disabled");
  }

  public void enable() {
    attempt(() -> administration.enable(currentActor.get(), user), "admin.done.enabled");
  }

  /** Seals the audit chain's head now (time-stamped, written outside the database), audited. */
  public void sealNow() {
    try {
      administration.requireAdministrator(currentActor.get());
      var sealed = seals.seal();
      audit.record(currentActor.get().username(), currentActor.get().role(),
          id.dukcapilceria.kk.workflow.audit.AuditEvent.AUDIT_SEALED, String.valueOf(sealed.seal().position()));
      UserFeedback.info(Texts.get("admin.sealDone", sealed.seal().position()));
    } catch (AdministrationRefused refused) {
      show(refused, "seal");
    }
  }

  /** A backup of the database, documents and seals now (docs/deployment.md), audited. */
  public void backupNow() {
    try {
      var backup = backups.take(currentActor.get());
      UserFeedback.info(Texts.get("admin.backupDone", backup.folder().toString(), backup.documents()));
    } catch (AdministrationRefused refused) {
      show(refused, "backup");
    } catch (id.dukcapilceria.kk.portal.backup.Backups.BackupFailed failed) {
      String text = failed.busy() ? Texts.get("admin.backupBusy") : Texts.get("admin.backupFailed", failed.getMessage());
      FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
  }

  public void saveSettings() {
    try {
      values.put(SettingRules.SECOND_FACTOR_ROLES, String.join(",", secondFactorRoles));
      settingsAdministration.change(currentActor.get(), new LinkedHashMap<>(values));
      UserFeedback.info(Texts.get("settings.done"));
    } catch (AdministrationRefused refused) {
      for (UserRules.Problem problem : refused.problems()) {
        String field = problem.field() == null ? null : "settings:" + settingField(problem.field());
        message(field, problem.key());
      }
    }
  }

  private void attempt(Runnable action, String successKey) {
    try {
      action.run();
      UserFeedback.info(Texts.get(successKey, user));
    } catch (AdministrationRefused refused) {
      show(refused, "edit");
    }
  }

  /** Each reason at its field of {@code form}; a reason without a field at the top. */
  private void show(AdministrationRefused refused, String form) {
    for (UserRules.Problem problem : refused.problems()) {
      String field = problem.field();
      if (field != null && form.equals("edit") && !field.equals("user")) {
        field = "edit" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
      }
      message(field == null ? null : form + ":" + field, problem.key());
    }
  }

  private static void message(String clientId, String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = Texts.get(key);
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    faces.validationFailed();
  }

  /** The JSF id of a setting's input (ids cannot hold dots). */
  public String settingField(String key) {
    return SettingRules.stepOf(key).map(step -> "mb_" + step.name())
        .orElse(switch (key) {
          case SettingRules.BASE_URL -> "baseUrl";
          case SettingRules.SESSION_IDLE_MINUTES -> "sessionIdle";
          case SettingRules.SESSION_MAX_HOURS -> "sessionMax";
          case SettingRules.SECOND_FACTOR_ROLES -> "secondFactorRoles";
          default -> "level";
        });
  }

  public List<SopStep> getSteps() {
    return List.of(SopStep.values());
  }

  public String stepKey(SopStep step) {
    return SettingRules.mutuBakuKey(step);
  }

  public String stepLabel(SopStep step) {
    return Labels.of(step, UserFeedback.locale());
  }

  /** The value in force when none was stored, shown next to each field. */
  public String defaultOf(String key) {
    return settings.defaultValue(key);
  }

  public List<String> getLevels() {
    return SettingRules.LEVELS;
  }

  public List<Role> getRoles() {
    return Arrays.asList(Role.values());
  }

  public String roleLabel(Role role) {
    return Labels.of(role, UserFeedback.locale());
  }

  public List<Wilayah> getNagari() {
    return administration.nagariOfRegency();
  }

  /** "Nagari (kecamatan)" so that same-named nagari of two kecamatan are told apart. */
  public String nagariLabel(Wilayah nagari) {
    var names = wilayah.hierarchyOf(nagari.kode());
    return names.desa() + " (" + names.kecamatan() + ")";
  }

  private static Role role(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Role.valueOf(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A code not in the list: unknown to the rules, which refuse it at the field. */
  private static KodeWilayah nagari(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    try {
      return KodeWilayah.of(code);
    } catch (RuntimeException e) {
      return KodeWilayah.of("99.99.99.9999");
    }
  }

  private static char[] chars(String text) {
    return text == null ? new char[0] : text.toCharArray();
  }

  public Map<String, String> getValues() {
    return values;
  }

  public List<String> getSecondFactorRoles() {
    return secondFactorRoles;
  }

  public void setSecondFactorRoles(List<String> roles) {
    secondFactorRoles = roles == null ? List.of() : List.copyOf(roles);
  }

  public String getNewUsername() { return newUsername; }
  public void setNewUsername(String v) { newUsername = v; }
  public String getNewDisplayName() { return newDisplayName; }
  public void setNewDisplayName(String v) { newDisplayName = v; }
  public String getNewRole() { return newRole; }
  public void setNewRole(String v) { newRole = v; }
  public String getNewNagari() { return newNagari; }
  public void setNewNagari(String v) { newNagari = v; }
  public String getNewPassword() { return newPassword; }
  public void setNewPassword(String v) { newPassword = v; }
  public String getUser() { return user; }
  public void setUser(String v) { user = v; }
  public String getEditRole() { return editRole; }
  public void setEditRole(String v) { editRole = v; }
  public String getEditNagari() { return editNagari; }
  public void setEditNagari(String v) { editNagari = v; }
  public String getEditPassword() { return editPassword; }
  public void setEditPassword(String v) { editPassword = v; }
}
