package id.dukcapilceria.kk.portal.security;

import id.dukcapilceria.kk.portal.config.PortalConfig;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.wilayah.Wilayah;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.workflow.audit.AuditEvent;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The administrator's changes to portal users, one JTA transaction each: checked against {@link
 * UserRules} before anything changes, audited in the same transaction (never the password), refused
 * as a whole for anyone who is not an active administrator in the user table.
 */
@ApplicationScoped
public class UserAdministration {

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject AuditLog audit;
  @Inject PortalConfig config;
  @Inject WilayahDirectory wilayah;
  @Inject SignedInSessions sessions;

  private volatile List<Wilayah> nagari;

  /** A user as the administrator fills the form in. The caller wipes {@code password} afterwards. */
  public record NewUser(String username, String displayName, Role role, KodeWilayah nagari, char[] password) {}

  /** Every nagari of the regency, by kecamatan then code. */
  public List<Wilayah> nagariOfRegency() {
    if (nagari == null) {
      nagari = wilayah.villagesOf(config.issuingOffice().regency());
    }
    return nagari;
  }

  private Set<KodeWilayah> nagariCodes() {
    Set<KodeWilayah> codes = new LinkedHashSet<>();
    nagariOfRegency().forEach(w -> codes.add(w.kode()));
    return codes;
  }

  /** A stored user, for the administrator's checks and tests. */
  public Optional<PortalUser> user(String username) {
    return username == null ? Optional.empty() : Optional.ofNullable(em.find(PortalUser.class, username));
  }

  @Transactional(dontRollbackOn = AdministrationDenied.class)
  public void create(Actor admin, NewUser user) {
    requireAdministrator(admin);
    String username = user.username() == null ? null : user.username().strip();
    List<UserRules.Problem> problems = new ArrayList<>(UserRules.newUser(username, user.displayName(),
        user.role(), user.nagari(), user.password(), nagariCodes()));
    if (problems.stream().noneMatch(p -> p.field().equals("username")) && em.find(PortalUser.class, username) != null) {
      problems.add(0, new UserRules.Problem("username", "admin.error.usernameTaken"));
    }
    if (!problems.isEmpty()) {
      throw new AdministrationRefused(problems);
    }
    em.persist(new PortalUser(username, user.displayName().strip(), hasher.hash(user.password()), user.role(),
        user.nagari()));
    audit.recordWithChange(admin.username(), admin.role(), AuditEvent.USER_CREATED, username,
        describe(user.role(), user.nagari()));
  }

  /**
   * The first administrator of a production installation, which starts without any user: allowed
   * only while no active administrator exists (checked under a lock, so two setups at once cannot
   * both pass), with the same rules as any new user. {@code FirstAdministrator} guards it with the
   * one-time setup code from the log.
   */
  @Transactional
  public void createFirstAdministrator(NewUser user) {
    if (user.role() != Role.ADMIN) {
      throw new AdministrationRefused(new UserRules.Problem("role", "admin.error.notAdmin"));
    }
    if (activeAdministrators(LockModeType.PESSIMISTIC_WRITE) > 0) {
      throw new AdministrationRefused(new UserRules.Problem(null, "setup.error.done"));
    }
    String username = user.username() == null ? null : user.username().strip();
    List<UserRules.Problem> problems = new ArrayList<>(UserRules.newUser(username, user.displayName(),
        user.role(), null, user.password(), nagariCodes()));
    if (problems.stream().noneMatch(p -> p.field().equals("username")) && em.find(PortalUser.class, username) != null) {
      problems.add(0, new UserRules.Problem("username", "admin.error.usernameTaken"));
    }
    if (!problems.isEmpty()) {
      throw new AdministrationRefused(problems);
    }
    em.persist(new PortalUser(username, user.displayName().strip(), hasher.hash(user.password()), Role.ADMIN, null));
    audit.recordWithChange(FirstAdministrator.SETUP, null, AuditEvent.USER_CREATED, username, describe(Role.ADMIN, null));
  }

  /** Whether anyone can administer the portal now. */
  public boolean hasActiveAdministrator() {
    return activeAdministrators(LockModeType.NONE) > 0;
  }

  private long activeAdministrators(LockModeType lock) {
    return em.createQuery("select u from PortalUser u where u.role = :admin and u.active = :active", PortalUser.class)
        .setParameter("admin", Role.ADMIN)
        .setParameter("active", true)
        .setLockMode(lock)
        .getResultList()
        .size();
  }

  @Transactional(dontRollbackOn = AdministrationDenied.class)
  public void disable(Actor admin, String username) {
    requireAdministrator(admin);
    PortalUser user = existing(username);
    if (!user.isActive()) {
      return;
    }
    requireKeepsAdministrator(admin, user, false);
    user.disable();
    audit.recordWithChange(admin.username(), admin.role(), AuditEvent.USER_DISABLED, user.username(), null);
    sessions.endAll(user.username());
  }

  @Transactional(dontRollbackOn = AdministrationDenied.class)
  public void enable(Actor admin, String username) {
    requireAdministrator(admin);
    PortalUser user = existing(username);
    if (user.isActive()) {
      return;
    }
    user.enable();
    audit.recordWithChange(admin.username(), admin.role(), AuditEvent.USER_ENABLED, user.username(), null);
  }

  /** The administrator sets a new password (told to the user out of band); the caller wipes it. */
  @Transactional(dontRollbackOn = AdministrationDenied.class)
  public void resetPassword(Actor admin, String username, char[] password) {
    requireAdministrator(admin);
    PortalUser user = existing(username);
    Optional<UserRules.Problem> weak = UserRules.password(password, user.username());
    if (weak.isPresent()) {
      throw new AdministrationRefused(weak.get());
    }
    user.changePasswordHash(hasher.hash(password));
    audit.recordWithChange(admin.username(), admin.role(), AuditEvent.USER_PASSWORD_RESET, user.username(), null);
    // whoever had the old password may have signed in with it: their sessions end with it
    sessions.endAll(user.username());
  }

  /**
   * Removes a user's authenticator (a lost or replaced phone): their open sessions end, and their
   * next sign-in asks for the password only and, if their role requires it, a new enrolment.
   */
  @Transactional(dontRollbackOn = AdministrationDenied.class)
  public void resetSecondFactor(Actor admin, String username) {
    requireAdministrator(admin);
    PortalUser user = existing(username);
    if (!user.hasSecondFactor()) {
      throw new AdministrationRefused(new UserRules.Problem("user", "admin.error.noSecondFactor"));
    }
    user.removeSecondFactor();
    audit.recordWithChange(admin.username(), admin.role(), AuditEvent.SECOND_FACTOR_RESET, user.username(), null);
    sessions.endAll(user.username());
  }

  @Transactional(dontRollbackOn = AdministrationDenied.class)
  public void changeRole(Actor admin, String username, Role role, KodeWilayah nagari) {
    requireAdministrator(admin);
    PortalUser user = existing(username);
    Optional<UserRules.Problem> bad = UserRules.roleAndNagari(role, nagari, nagariCodes());
    if (bad.isPresent()) {
      throw new AdministrationRefused(bad.get());
    }
    if (user.role() == role && java.util.Objects.equals(user.nagari(), nagari)) {
      return;
    }
    requireKeepsAdministrator(admin, user, user.isActive() && role == Role.ADMIN);
    String before = describe(user.role(), user.nagari());
    user.assign(role, nagari);
    audit.recordWithChange(admin.username(), admin.role(), AuditEvent.USER_ROLE_CHANGED, user.username(),
        before + " → " + describe(role, nagari));
  }

  /**
   * The caller is an active ADMIN in the user table now; the Actor alone is not trusted. A refusal
   * is audited and stays: in the caller's transaction, which {@link AdministrationDenied} commits,
   * or in its own.
   */
  public void requireAdministrator(Actor actor) {
    PortalUser stored = actor == null ? null : em.find(PortalUser.class, actor.username());
    boolean admin = actor != null && actor.role() == Role.ADMIN && stored != null && stored.isActive()
        && stored.role() == Role.ADMIN;
    if (!admin) {
      if (actor != null) {
        audit.recordDenial(actor.username(), actor.role(), AuditEvent.ACCESS_DENIED, "administration");
      }
      throw new AdministrationDenied();
    }
  }

  private void requireKeepsAdministrator(Actor admin, PortalUser target, boolean staysActiveAdmin) {
    boolean isActiveAdmin = target.isActive() && target.role() == Role.ADMIN;
    if (!isActiveAdmin || staysActiveAdmin) {
      return;
    }
    // the active administrators are locked, so two administrators removing each other at once
    // cannot both pass this count
    long activeAdmins = activeAdministrators(LockModeType.PESSIMISTIC_WRITE);
    UserRules.keepsAnAdministrator(admin.username(), target.username(), true, false, activeAdmins)
        .ifPresent(p -> {
          throw new AdministrationRefused(p);
        });
  }

  private PortalUser existing(String username) {
    PortalUser user = username == null ? null : em.find(PortalUser.class, username);
    if (user == null) {
      throw new AdministrationRefused(new UserRules.Problem("user", "admin.error.noSuchUser"));
    }
    return user;
  }

  private static String describe(Role role, KodeWilayah nagari) {
    return role.name() + (nagari == null ? "" : " " + nagari.value());
  }

  /** Overwrites a password held in memory once it is hashed. */
  public static void wipe(char[] password) {
    if (password != null) {
      Arrays.fill(password, '\0');
    }
  }
}
