package id.dukcapilceria.kk.portal.web.admin;

import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.portal.config.PortalConfig;
import id.dukcapilceria.kk.portal.security.AuditLog;
import id.dukcapilceria.kk.portal.web.Texts;
import id.dukcapilceria.kk.portal.security.PortalUser;
import id.dukcapilceria.kk.workflow.audit.AuditEntry;
import id.dukcapilceria.kk.workflow.audit.ChainVerification;
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
  @Inject AuditLog audit;
  @Inject PortalConfig config;
  @Inject id.dukcapilceria.kk.portal.security.PageAccess pageAccess;
  private boolean admitted;

  @jakarta.annotation.PostConstruct
  void admit() {
    admitted = pageAccess.admitView(id.dukcapilceria.kk.portal.security.PortalArea.ADMIN);
  }

  public List<UserRow> getUsers() {
    if (!admitted) {
      return List.of();
    }
    return em.createQuery("select u from PortalUser u order by u.role, u.username", PortalUser.class)
        .getResultStream()
        .map(u -> new UserRow(u.username(), u.displayName(), Labels.of(u.role()),
            u.nagari() == null ? "-" : wilayah.nameOf(u.nagari()), u.isActive(), u.hasSecondFactor()))
        .toList();
  }

  @Inject id.dukcapilceria.kk.portal.signing.AuditSeals seals;

  /** The newest seal of the chain kept outside the database, and when it was time-stamped. */
  public String getSealStatus() {
    if (!admitted) {
      return "";
    }
    return seals.latest()
        .map(s -> Texts.get("admin.sealStatus", s.seal().position(), wib(s.stampedAt())))
        .orElse(Texts.get("admin.noSeal"));
  }

  public boolean isSealed() {
    return admitted && seals.latest().isPresent();
  }

  @Inject id.dukcapilceria.kk.portal.backup.Backups backups;

  /** Where backups go, and the newest one. */
  public String getBackupStatus() {
    if (!admitted) {
      return "";
    }
    String newest = backups.latest()
        .map(b -> Texts.get("admin.backupLatest", wib(b.takenAt()), b.database(), b.documents()))
        .orElse(Texts.get("admin.noBackup"));
    return Texts.get("admin.backupFolder", backups.folder().toString()) + " " + newest;
  }

  /** Whether the hash chain of the audit trail is intact, checked now. */
  public String getAuditStatus() {
    if (!admitted) {
      return "";
    }
    ChainVerification check = audit.verify(seals.latest().map(id.dukcapilceria.kk.portal.signing.AuditSeals.Sealed::seal).orElse(null));
    return check.valid() ? Texts.get("admin.auditIntact", check.entriesChecked()) : check.description();
  }

  public List<AuditEntry> getAuditEntries() {
    if (!admitted) {
      return List.of();
    }
    return audit.latest(50);
  }

  /** A moment as officers read it: in the office's zone, to the second. */
  public String wib(java.time.Instant at) {
    return java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss").format(at.atZone(config.zone()));
  }

  /** One user as listed. */
  public record UserRow(String username, String displayName, String role, String nagari, boolean active,
      boolean secondFactor) {}
}
