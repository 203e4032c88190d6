package id.dukcapilceria.kk.workflow.permohonan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * An entry of the buku permasalahan: written whenever an application is returned, resolved when
 * the application moves forward again.
 */
@Entity
@Table(name = "buku_permasalahan")
public class BukuPermasalahanEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "buku_permasalahan_seq")
  @SequenceGenerator(name = "buku_permasalahan_seq", sequenceName = "buku_permasalahan_seq", allocationSize = 20)
  private Long id;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "at_status", length = 30, nullable = false)
  private Status atStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", length = 30, nullable = false)
  private ProblemCategory category;

  @Column(name = "description", length = 1000, nullable = false)
  private String description;

  @Column(name = "reported_by", length = 60, nullable = false)
  private String reportedBy;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "resolved_by", length = 60)
  private String resolvedBy;

  @Column(name = "resolution", length = 1000)
  private String resolution;

  protected BukuPermasalahanEntry() {
    // for JPA
  }

  BukuPermasalahanEntry(
      Instant reportedAt, Status atStatus, ProblemCategory category, String description, Actor by) {
    this.reportedAt = reportedAt;
    this.atStatus = atStatus;
    this.category = category;
    this.description = description;
    this.reportedBy = by.username();
  }

  void resolve(Instant at, Actor by, String howResolved) {
    if (resolvedAt == null) {
      resolvedAt = at;
      resolvedBy = by.username();
      resolution = howResolved;
    }
  }

  public Long id() {
    return id;
  }

  public Instant reportedAt() {
    return reportedAt;
  }

  public Status atStatus() {
    return atStatus;
  }

  public ProblemCategory category() {
    return category;
  }

  public String description() {
    return description;
  }

  public String reportedBy() {
    return reportedBy;
  }

  public boolean isOpen() {
    return resolvedAt == null;
  }

  public Instant resolvedAt() {
    return resolvedAt;
  }

  public String resolvedBy() {
    return resolvedBy;
  }

  public String resolution() {
    return resolution;
  }
}
