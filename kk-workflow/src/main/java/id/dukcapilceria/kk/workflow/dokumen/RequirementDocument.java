package id.dukcapilceria.kk.workflow.dokumen;

import id.dukcapilceria.kk.domain.layanan.JenisDokumen;
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
import java.util.Objects;

/**
 * One scanned requirement document of an application: what it is, who uploaded it when, and the
 * SHA-256 of its content. The content itself is kept by a {@link DocumentStore}, addressed by that
 * hash, so the record proves which file was seen at each step.
 */
@Entity
@Table(name = "dokumen_persyaratan")
public class RequirementDocument implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final int MAX_FILE_NAME = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dokumen_persyaratan_seq")
  @SequenceGenerator(name = "dokumen_persyaratan_seq", sequenceName = "dokumen_persyaratan_seq", allocationSize = 20)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "jenis_dokumen", length = 40, nullable = false)
  private JenisDokumen jenis;

  /** The name the file had on the operator's computer; shown, never used as a path. */
  @Column(name = "file_name", length = MAX_FILE_NAME, nullable = false)
  private String fileName;

  @Column(name = "media_type", length = 40, nullable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "sha256", length = 64, nullable = false)
  private String sha256;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Column(name = "uploaded_by", length = 60, nullable = false)
  private String uploadedBy;

  protected RequirementDocument() {
    // for JPA
  }

  public RequirementDocument(
      JenisDokumen jenis, String fileName, String mediaType, long size, String sha256, Instant uploadedAt, String uploadedBy) {
    this.jenis = Objects.requireNonNull(jenis, "jenis");
    String name = fileName == null || fileName.isBlank() ? "dokumen" : fileName.strip();
    this.fileName = name.length() > MAX_FILE_NAME ? name.substring(0, MAX_FILE_NAME) : name;
    this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
    this.size = size;
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
    this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
  }

  public Long id() {
    return id;
  }

  public JenisDokumen jenis() {
    return jenis;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public long size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }

  public String uploadedBy() {
    return uploadedBy;
  }
}
