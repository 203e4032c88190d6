package id.dukcapilceria.kk.workflow.dokumen;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * The signed KK PDF of an application, with its SHA-256 and the unguessable token that the QR code
 * on the card points to. The PDF is immutable once stored: any change would break the signature.
 */
@Entity
@Table(name = "signed_kk_document")
public class SignedKkDocument implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "signed_kk_document_seq")
  @SequenceGenerator(name = "signed_kk_document_seq", sequenceName = "signed_kk_document_seq", allocationSize = 20)
  private Long id;

  @Column(name = "permohonan_id", nullable = false, unique = true)
  private Long permohonanId;

  @Column(name = "verification_token", length = 64, nullable = false, unique = true)
  private String verificationToken;

  @Column(name = "sha256", length = 64, nullable = false)
  private String sha256;

  @Column(name = "signed_at", nullable = false)
  private Instant signedAt;

  @Column(name = "signer", length = 200, nullable = false)
  private String signer;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "pdf", nullable = false)
  private byte[] pdf;

  /**
   * A new verification token for a card about to be signed: 192 random bits, URL-safe Base64 (32
   * characters). It is the card's only public name (the QR code's address), so it must not be
   * guessable or derived from anything about the family.
   */
  public static String newVerificationToken() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  protected SignedKkDocument() {
    // for JPA
  }

  public SignedKkDocument(
      Long permohonanId,
      String verificationToken,
      String sha256,
      Instant signedAt,
      String signer,
      byte[] pdf) {
    this.permohonanId = Objects.requireNonNull(permohonanId);
    this.verificationToken = Objects.requireNonNull(verificationToken);
    this.sha256 = Objects.requireNonNull(sha256);
    this.signedAt = Objects.requireNonNull(signedAt);
    this.signer = Objects.requireNonNull(signer);
    this.pdf = Objects.requireNonNull(pdf).clone();
  }

  public Long permohonanId() {
    return permohonanId;
  }

  public String verificationToken() {
    return verificationToken;
  }

  public String sha256() {
    return sha256;
  }

  public Instant signedAt() {
    return signedAt;
  }

  public String signer() {
    return signer;
  }

  public byte[] pdf() {
    return pdf.clone();
  }
}
