package id.dukcapilceria.kk.portal.web.admin;

import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.portal.security.PortalUser;
import id.dukcapilceria.kk.workflow.permohonan.Labels;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The administrator's view of who may sign in, with which role and nagari (read-only for now). */
@Named
@RequestScoped
public class AdminWorkspace {

  @PersistenceContext EntityManager em;
  @Inject WilayahDirectory wilayah;

  public List<UserRow> getUsers() {
    return em.createQuery("select u from PortalUser u order by u.role, u.username", PortalUser.class)
        .getResultStream()
        .map(u -> new UserRow(u.username(), u.displayName(), Labels.of(u.role()),
            u.nagari() == null ? "-" : wilayah.nameOf(u.nagari()), u.isActive()))
        .toList();
  }

  /** One user as listed. */
  public record UserRow(String username, String displayName, String role, String nagari, boolean active) {}
}
