package id.dukcapilceria.kk.portal.security;

import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.kontak.AlamatSurel;
import id.dukcapilceria.kk.domain.kontak.MessageLanguage;
import id.dukcapilceria.kk.workflow.audit.AuditEvent;
import id.dukcapilceria.kk.workflow.notification.Notifications;
import id.dukcapilceria.kk.workflow.notification.Notifications.OfficerContact;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Where officers' notifications go: each user sets their own address ({@code
 * /akun/pemberitahuan.xhtml}), the administrator does not (it is the officer's personal data, and
 * least privilege keeps the administrator out of it). The outbox asks here, in the step's
 * transaction, which officers of a role can be told ({@link Notifications.Officers}).
 */
@ApplicationScoped
public class NotificationAddresses implements Notifications.Officers {

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;

  /** The signed-in user's own address and language. */
  public Optional<OfficerContact> of(Actor self) {
    PortalUser user = em.find(PortalUser.class, self.username());
    return user == null ? Optional.empty() : user.notificationAddress()
        .map(address -> new OfficerContact(user.username(), address, user.notificationLanguage()));
  }

  /**
   * The signed-in user sets, or with a blank address removes, where their notifications go; a
   * typed address that is not one is refused ({@link
   * id.dukcapilceria.kk.domain.shared.InvalidValueException}, field {@code surel}) and nothing
   * changes. Audited without the address.
   */
  @Transactional
  public void change(Actor self, String typedAddress, MessageLanguage language) {
    Optional<AlamatSurel> address = typedAddress == null || typedAddress.isBlank()
        ? Optional.empty() : Optional.of(AlamatSurel.of(typedAddress));
    PortalUser user = em.find(PortalUser.class, self.username());
    if (user == null || !user.isActive()) {
      throw new IllegalStateException("no active user " + self.username());
    }
    user.changeNotificationAddress(address, language == null ? MessageLanguage.INDONESIAN : language);
    audit.recordWithChange(self.username(), self.role(), AuditEvent.NOTIFICATION_ADDRESS_CHANGED, self.username(),
        address.isPresent() ? "set" : "removed");
  }

  @Override
  public List<OfficerContact> reachable(EntityManager stepEm, Role role, Optional<KodeWilayah> nagari) {
    String nagariClause = nagari.isPresent() ? " and u.nagari = :nagari" : "";
    var query = stepEm.createQuery("select u from PortalUser u where u.role = :role and u.active = :active"
            + " and u.email is not null" + nagariClause + " order by u.username", PortalUser.class)
        .setParameter("role", role)
        .setParameter("active", true);
    nagari.ifPresent(code -> query.setParameter("nagari", code));
    return query.getResultStream()
        .map(u -> new OfficerContact(u.username(), u.notificationAddress().orElseThrow(), u.notificationLanguage()))
        .toList();
  }
}
