package id.dukcapilceria.kk.workflow.register;

import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the buku register (SOP step 5): the issued KK with its per-year number. The unique
 * constraint on (year, number) backs the gapless counter: a duplicate can never be stored.
 */
@Entity
@Table(
    name = "buku_register",
    uniqueConstraints = @UniqueConstraint(columnNames = {"register_year", "register_number"}))
public class BukuRegisterEntry implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final String SEQUENCE = "REGISTER";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "buku_register_seq")
  @SequenceGenerator(name = "buku_register_seq", sequenceName = "buku_register_seq", allocationSize = 20)
  private Long id;

  @Column(name = "register_year", nullable = false)
  private int year;

  @Column(name = "register_number", nullable = false)
  private int number;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "permohonan_nomor", length = 20, nullable = false)
  private String permohonanNomor;

  @Column(name = "nomor_kk", length = 16, nullable = false)
  private String nomorKk;

  @Column(name = "kepala_keluarga", length = 60, nullable = false)
  private String namaKepalaKeluarga;

  @Column(name = "kode_nagari", length = 13, nullable = false)
  private String kodeNagari;

  @Enumerated(EnumType.STRING)
  @Column(name = "jenis_layanan", length = 40, nullable = false)
  private JenisLayanan jenisLayanan;

  @Column(name = "document_sha256", length = 64, nullable = false)
  private String documentSha256;

  @Column(name = "signer", length = 200, nullable = false)
  private String signer;

  @Column(name = "registered_by", length = 60, nullable = false)
  private String registeredBy;

  protected BukuRegisterEntry() {
    // for JPA
  }

  public BukuRegisterEntry(
      int year,
      int number,
      Instant registeredAt,
      String permohonanNomor,
      String nomorKk,
      String namaKepalaKeluarga,
      String kodeNagari,
      JenisLayanan jenisLayanan,
      String documentSha256,
      String signer,
      String registeredBy) {
    if (number < 1) {
      throw new IllegalArgumentException("Register numbers start at 1");
    }
    this.year = year;
    this.number = number;
    this.registeredAt = Objects.requireNonNull(registeredAt);
    this.permohonanNomor = Objects.requireNonNull(permohonanNomor);
    this.nomorKk = Objects.requireNonNull(nomorKk);
    this.namaKepalaKeluarga = Objects.requireNonNull(namaKepalaKeluarga);
    this.kodeNagari = Objects.requireNonNull(kodeNagari);
    this.jenisLayanan = Objects.requireNonNull(jenisLayanan);
    this.documentSha256 = Objects.requireNonNull(documentSha256);
    this.signer = Objects.requireNonNull(signer);
    this.registeredBy = Objects.requireNonNull(registeredBy);
  }

  /** The number as written in the book, e.g. {@code 0007/2026}. */
  public String label() {
    return String.format("%04d/%d", number, year);
  }

  public int year() {
    return year;
  }

  public int number() {
    return number;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public String permohonanNomor() {
    return permohonanNomor;
  }

  public String nomorKk() {
    return nomorKk;
  }

  public String namaKepalaKeluarga() {
    return namaKepalaKeluarga;
  }

  public String kodeNagari() {
    return kodeNagari;
  }

  public JenisLayanan jenisLayanan() {
    return jenisLayanan;
  }

  public String documentSha256() {
    return documentSha256;
  }

  public String signer() {
    return signer;
  }

  public String registeredBy() {
    return registeredBy;
  }
}
