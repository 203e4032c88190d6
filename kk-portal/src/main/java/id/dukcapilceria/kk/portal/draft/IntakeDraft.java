package id.dukcapilceria.kk.portal.draft;

import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayahConverter;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved intake form of one nagari operator: what it shows in the list, and the form itself. */
@Entity
@Table(name = "intake_draft")
public class IntakeDraft {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_draft_seq")
  @SequenceGenerator(name = "intake_draft_seq", sequenceName = "intake_draft_seq", allocationSize = 1)
  private Long id;

  @Column(name = "username", length = 60, nullable = false)
  private String username;

  @Convert(converter = KodeWilayahConverter.class)
  @Column(name = "nagari", length = 13, nullable = false)
  private KodeWilayah nagari;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  @Column(name = "label", length = 120, nullable = false)
  private String label;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false)
  private byte[] content;

  protected IntakeDraft() {
    // for JPA
  }

  IntakeDraft(String username, KodeWilayah nagari, Instant savedAt, String label, byte[] content) {
    this.username = username;
    this.nagari = nagari;
    update(savedAt, label, content);
  }

  void update(Instant savedAt, String label, byte[] content) {
    this.savedAt = savedAt;
    this.label = label.length() > 120 ? label.substring(0, 120) : label;
    this.content = content.clone();
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public KodeWilayah nagari() {
    return nagari;
  }

  public Instant savedAt() {
    return savedAt;
  }

  public String label() {
    return label;
  }

  byte[] content() {
    return content.clone();
  }
}
