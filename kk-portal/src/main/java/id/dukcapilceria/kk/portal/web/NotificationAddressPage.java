package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.domain.kontak.MessageLanguage;
import id.dukcapilceria.kk.portal.security.CurrentActor;
import id.dukcapilceria.kk.portal.security.NotificationAddresses;
import id.dukcapilceria.kk.portal.security.PageAccess;
import id.dukcapilceria.kk.portal.security.PortalArea;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The signed-in officer's own notification address ({@code /akun/pemberitahuan.xhtml}): where "new
 * in your worklist" and "over the time standard" go, and in which language. What is accepted is
 * decided by {@link NotificationAddresses} and the domain's address rule.
 */
@Named("notificationAddress")
@ViewScoped
public class NotificationAddressPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentActor currentActor;
  @Inject PageAccess pageAccess;
  @Inject NotificationAddresses addresses;

  private boolean admitted;
  private String email;
  private String language = MessageLanguage.INDONESIAN.tag();

  @PostConstruct
  void start() {
    admitted = pageAccess.admitView(PortalArea.AKUN);
    if (admitted) {
      addresses.of(currentActor.get()).ifPresent(contact -> {
        email = contact.surel().value();
        language = contact.language().tag();
      });
    }
  }

  public void save() {
    if (!admitted) {
      return;
    }
    boolean removing = email == null || email.isBlank();
    UserFeedback.attempt(() -> addresses.change(currentActor.get(), email, MessageLanguage.chosen(language)),
        Texts.get(removing ? "notifications.removed" : "notifications.saved"));
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
