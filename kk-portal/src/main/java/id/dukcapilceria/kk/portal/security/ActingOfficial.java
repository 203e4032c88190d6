package id.dukcapilceria.kk.portal.security;

import id.dukcapilceria.kk.domain.pejabat.Capacity;
import id.dukcapilceria.kk.domain.pejabat.SigningOfficial;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * An official designated by the administrator to act for the head of office (Plh. or Plt.), on a
 * Kadis account of their own: from the first to the last day (inclusive) they sign, and the card
 * prints their capacity, name and NIP; outside the period the workflow refuses them. The NIK is the
 * one BSrE knows their certificate by.
 */
@Entity
@Table(name = "acting_official")
public class ActingOfficial {

  @Id
  @Column(name = "username", length = 60)
  private String username;

  @Version private long version;

  @Enumerated(EnumType.STRING)
  @Column(name = "capacity", length = 5, nullable = false)
  private Capacity capacity;

  @Column(name = "name", length = 100, nullable = false)
  private String name;

  @Column(name = "nip", length = 30, nullable = false)
  private String nip;

  @Column(name = "nik", length = 16)
  private String nik;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_until", nullable = false)
  private LocalDate validUntil;

  @Column(name = "designated_by", length = 60, nullable = false)
  private String designatedBy;

  protected ActingOfficial() {
    // for JPA
  }

  ActingOfficial(String username, Designation designation, String designatedBy) {
    this.username = Objects.requireNonNull(username);
    change(designation, designatedBy);
  }

  /** What the administrator typed, checked by {@link UserRules#designation}. */
  public record Designation(Capacity capacity, String name, String nip, String nik, LocalDate validFrom,
      LocalDate validUntil) {}

  void change(Designation designation, String by) {
    capacity = designation.capacity();
    name = designation.name().strip();
    nip = designation.nip().strip();
    nik = designation.nik() == null || designation.nik().isBlank() ? null : designation.nik().strip();
    validFrom = designation.validFrom();
    validUntil = designation.validUntil();
    designatedBy = by;
  }

  public String username() {
    return username;
  }

  public Capacity capacity() {
    return capacity;
  }

  public String name() {
    return name;
  }

  public String nip() {
    return nip;
  }

  public String nik() {
    return nik;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public LocalDate validUntil() {
    return validUntil;
  }

  /** Printed on the cards this official signs. */
  public SigningOfficial official() {
    return new SigningOfficial(capacity, name, nip);
  }

  /** The period as the workflow checks it: the first day's start to the start of the day after the last. */
  Actor.Acting acting(ZoneId office) {
    return new Actor.Acting(capacity, validFrom.atStartOfDay(office).toInstant(),
        validUntil.plusDays(1).atStartOfDay(office).toInstant());
  }

  /** For the audit trail: capacity, name and period (never more). */
  String describe() {
    return capacity.abbreviation() + " " + name + " " + validFrom + "/" + validUntil;
  }
}
