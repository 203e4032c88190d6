package id.dukcapilceria.kk.portal.web.admin;

import id.dukcapilceria.kk.portal.security.AdministrationRefused;
import id.dukcapilceria.kk.portal.security.FirstAdministrator;
import id.dukcapilceria.kk.portal.security.UserAdministration;
import id.dukcapilceria.kk.portal.security.UserRules;
import id.dukcapilceria.kk.portal.web.Texts;
import id.dukcapilceria.kk.portal.web.UserFeedback;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The setup page of a new installation ({@code /pemasangan.xhtml}): the one-time code from the
 * server log and the first administrator's name and password. {@link FirstAdministrator} decides.
 */
@Named
@RequestScoped
public class FirstAdministratorForm {

  @Inject FirstAdministrator setup;

  private String code;
  private String username;
  private String displayName;
  private String password;
  private boolean done;

  public boolean isOpen() {
    return setup.isOpen();
  }

  public void create() {
    char[] secret = password == null ? new char[0] : password.toCharArray();
    try {
      setup.create(code, new UserAdministration.NewUser(username, displayName, Role.ADMIN, null, secret));
      done = true;
      UserFeedback.info(Texts.get("setup.done", username.strip()));
    } catch (AdministrationRefused refused) {
      for (UserRules.Problem problem : refused.problems()) {
        String text = Texts.get(problem.key());
        FacesContext.getCurrentInstance().addMessage(problem.field() == null ? null : "setup:" + problem.field(),
            new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
      }
      FacesContext.getCurrentInstance().validationFailed();
    } finally {
      UserAdministration.wipe(secret);
      password = null;
    }
  }

  public boolean isDone() { return done; }
  public String getCode() { return code; }
  public void setCode(String v) { code = v; }
  public String getUsername() { return username; }
  public void setUsername(String v) { username = v; }
  public String getDisplayName() { return displayName; }
  public void setDisplayName(String v) { displayName = v; }
  public String getPassword() { return password; }
  public void setPassword(String v) { password = v; }
}
