package id.dukcapilceria.kk.portal.security;

import id.dukcapilceria.kk.domain.pejabat.SigningOfficial;
import id.dukcapilceria.kk.portal.config.PortalConfig;
import id.dukcapilceria.kk.workflow.audit.AuditEvent;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Transition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Officials designated to act for the head of office (Plh./Plt.), each on a Kadis account of their
 * own: the administrator designates and revokes (audited), and every caller is built as the
 * workflow's {@link Actor} with its designation, so that the workflow signs for them only within
 * the period. Who is printed on a card and known to BSrE follows from the signer.
 */
@ApplicationScoped
public class ActingOfficials {

  @PersistenceContext EntityManager em;
  @Inject UserAdministration administration;
  @Inject AuditLog audit;
  @Inject PortalConfig config;
  @Inject Clock clock;

  /** The workflow's actor for a signed-in user, with their designation if they act for the head. */
  public Actor actorOf(PortalUser user) {
    Actor actor = user.toActor();
    if (actor.role() != Transition.SIGN.role()) {
      return actor;
    }
    ActingOfficial designation = em.find(ActingOfficial.class, user.username());
    return designation == null ? actor
        : new Actor(actor.username(), actor.role(), actor.nagari(), designation.acting(config.zone()));
  }

  /**
   * Whether {@code actor} is an acting official outside their designation now: such an account
   * opens no family data (only its own account page), as if it had no role, until the next period.
   */
  public boolean outsideDesignation(Actor actor) {
    return actor.actingFor().map(period -> !period.coversInstant(clock.instant())).orElse(false);
  }

  public Optional<ActingOfficial> of(String username) {
    return Optional.ofNullable(em.find(ActingOfficial.class, username));
  }

  /** Every designation, for the administration page. */
  public List<ActingOfficial> all() {
    return em.createQuery("select a from ActingOfficial a order by a.validFrom, a.username", ActingOfficial.class)
        .getResultList();
  }

  /** Who is printed under the signature when {@code signer} signs: their designation, or the head. */
  public SigningOfficial officialFor(Actor signer) {
    if (signer.actingFor().isPresent()) {
      ActingOfficial designation = em.find(ActingOfficial.class, signer.username());
      if (designation != null) {
        return designation.official();
      }
    }
    return SigningOfficial.head(config.namaKadis(), config.nipKadis());
  }

  /** The NIK by which BSrE knows {@code signer}'s certificate, if any is configured. */
  public String nikFor(Actor signer) {
    if (signer.actingFor().isPresent()) {
      ActingOfficial designation = em.find(ActingOfficial.class, signer.username());
      if (designation != null) {
        return designation.nik();
      }
    }
    return config.nikKadis();
  }

  /** Designates (or changes the designation of) a Kadis account as Plh./Plt.; audited with the change. */
  @Transactional(dontRollbackOn = AdministrationDenied.class)
  public void designate(Actor admin, String username, ActingOfficial.Designation designation) {
    administration.requireAdministrator(admin);
    PortalUser user = username == null ? null : em.find(PortalUser.class, username);
    if (user == null) {
      throw new AdministrationRefused(new UserRules.Problem("actingUser", "admin.error.noSuchUser"));
    }
    List<UserRules.Problem> problems = UserRules.designation(user.role(), designation, LocalDate.now(clock));
    if (!problems.isEmpty()) {
      throw new AdministrationRefused(problems);
    }
    ActingOfficial existing = em.find(ActingOfficial.class, username);
    if (existing == null) {
      existing = new ActingOfficial(username, designation, admin.username());
      em.persist(existing);
    } else {
      existing.change(designation, admin.username());
    }
    audit.recordWithChange(admin.username(), admin.role(), AuditEvent.ACTING_DESIGNATED, username, existing.describe());
  }

  /** Ends a designation before its time (the head is back); audited. */
  @Transactional(dontRollbackOn = AdministrationDenied.class)
  public void revoke(Actor admin, String username) {
    administration.requireAdministrator(admin);
    ActingOfficial existing = username == null ? null : em.find(ActingOfficial.class, username);
    if (existing == null) {
      throw new AdministrationRefused(new UserRules.Problem("actingUser", "acting.error.none"));
    }
    em.remove(existing);
    audit.recordWithChange(admin.username(), admin.role(), AuditEvent.ACTING_REVOKED, username, existing.describe());
  }
}
