package id.dukcapilceria.kk.portal.security;

import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayahConverter;
import id.dukcapilceria.kk.domain.kontak.AlamatSurel;
import id.dukcapilceria.kk.domain.kontak.MessageLanguage;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.Optional;

/** A person who signs in to the portal, with one role; only a PBKDF2 hash of the password is kept. */
@Entity
@Table(name = "portal_user")
public class PortalUser {

  @Id
  @Column(name = "username", length = 60)
  private String username;

  @Version private long version;

  @Column(name = "display_name", length = 100, nullable = false)
  private String displayName;

  @Column(name = "password_hash", length = 300, nullable = false)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 20, nullable = false)
  private Role role;

  @Convert(converter = KodeWilayahConverter.class)
  @Column(name = "nagari", length = 13)
  private KodeWilayah nagari;

  @Convert(converter = ActiveFlagConverter.class)
  @Column(name = "active", nullable = false)
  private boolean active = true;

  /** The authenticator's secret, encrypted ({@link SecondFactorKey}), once the user enrolled one. */
  @Column(name = "second_factor_secret", length = 100)
  private String secondFactorSecret;

  /** The time step of the last code accepted: no code at or before it is accepted again. */
  @Column(name = "second_factor_step", nullable = false)
  private long secondFactorStep;

  /** Where the user's notifications go, set by the user ({@code /akun/pemberitahuan.xhtml}); none if null. */
  @Column(name = "email", length = 254)
  private String email;

  @Column(name = "notify_language", length = 2)
  private String notifyLanguage;

  protected PortalUser() {
    // for JPA
  }

  public PortalUser(
      String username, String displayName, String passwordHash, Role role, KodeWilayah nagari) {
    // the Actor constructor holds the rule that a nagari operator is bound to one nagari
    new Actor(username, role, nagari);
    this.username = username;
    this.displayName = Objects.requireNonNull(displayName);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.role = role;
    this.nagari = nagari;
  }

  public Actor toActor() {
    return new Actor(username, role, nagari);
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Role role() {
    return role;
  }

  public KodeWilayah nagari() {
    return nagari;
  }

  public boolean isActive() {
    return active;
  }

  /** Administration: may no longer sign in (sessions already open are refused on the next request). */
  void disable() {
    active = false;
  }

  void enable() {
    active = true;
  }

  void changePasswordHash(String newHash) {
    passwordHash = Objects.requireNonNull(newHash);
  }

  public boolean hasSecondFactor() {
    return secondFactorSecret != null;
  }

  String secondFactorSecret() {
    return secondFactorSecret;
  }

  long secondFactorStep() {
    return secondFactorStep;
  }

  /** A code of this step was accepted: it and every earlier step are used up. */
  void usedSecondFactorStep(long step) {
    secondFactorStep = Math.max(secondFactorStep, step);
  }

  void enrolSecondFactor(String base32Secret, long confirmedStep) {
    secondFactorSecret = Objects.requireNonNull(base32Secret);
    secondFactorStep = confirmedStep;
  }

  /** The administrator's reset (a lost phone): the user enrols again, if their role requires it. */
  void removeSecondFactor() {
    secondFactorSecret = null;
    secondFactorStep = 0;
  }

  /** Another role and nagari; the Actor constructor still holds the nagari operator's rule. */
  void assign(Role newRole, KodeWilayah newNagari) {
    new Actor(username, newRole, newNagari);
    role = newRole;
    nagari = newNagari;
  }

  /** The address the user's notifications go to, if they gave one. */
  public Optional<AlamatSurel> notificationAddress() {
    return Optional.ofNullable(email).map(AlamatSurel::new);
  }

  public MessageLanguage notificationLanguage() {
    return MessageLanguage.ofTag(notifyLanguage);
  }

  void changeNotificationAddress(Optional<AlamatSurel> address,
      MessageLanguage language) {
    email = address.map(AlamatSurel::value).orElse(null);
    notifyLanguage = language.tag();
  }
}
