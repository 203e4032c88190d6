package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.portal.security.CurrentActor;
import id.dukcapilceria.kk.workflow.permohonan.Labels;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The signed-in user in the page header: name, role, workspace link and sign-out. */
@Named("account")
@RequestScoped
public class AccountBean {

  @Inject CurrentActor currentActor;
  @Inject id.dukcapilceria.kk.portal.config.PortalConfig config;

  /** Demo users and data (the banner says so); otherwise only the signing is still the demo PKI's. */
  public boolean isDemo() {
    return config.isDemo();
  }

  public boolean isSignedIn() {
    return currentActor.isSignedIn();
  }

  public String getDisplayName() {
    return currentActor.displayName();
  }

  public String getRoleLabel() {
    return Labels.of(currentActor.get().role(), UserFeedback.locale());
  }

  /** Whether the signed-in user may open the SLA dashboard (the menu shows the link then). */
  public boolean isDashboardReader() {
    return currentActor.isSignedIn()
        && id.dukcapilceria.kk.portal.security.PortalArea.DASBOR.admits(currentActor.get().role());
  }

  /** May open the buku register and buku permasalahan pages (and their exports). */
  public boolean isBookReader() {
    return currentActor.isSignedIn()
        && id.dukcapilceria.kk.portal.security.PortalArea.BUKU.admits(currentActor.get().role());
  }

  /** Takes steps of the SOP, so may be told of them (the page for the notification address). */
  public boolean isNotified() {
    return currentActor.isSignedIn() && currentActor.get().role().readsFamilyData();
  }

  /** The start page of the user's workspace. */
  public String getHome() {
    return homeOf(currentActor.get().role());
  }

  public static String homeOf(Role role) {
    return switch (role) {
      case OPERATOR_NAGARI -> "/nagari/index.xhtml";
      case OPERATOR_LAYANAN -> "/layanan/index.xhtml";
      case KASI_KABID -> "/kasi/index.xhtml";
      case KADIS -> "/kadis/index.xhtml";
      case ADMIN -> "/admin/index.xhtml";
    };
  }

  /** Ends the session completely and returns to the public start page. */
  public void logout() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/");
  }
}
