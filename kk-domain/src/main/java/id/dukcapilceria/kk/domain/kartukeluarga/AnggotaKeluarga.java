package id.dukcapilceria.kk.domain.kartukeluarga;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One member (anggota) of a family card. First cut: the identity columns (1)–(5) of the card and
 * the relationship (12); the remaining printed and unprinted columns come with the full model.
 */
@Entity
@Table(name = "anggota_keluarga")
public class AnggotaKeluarga implements Serializable {

  private static final long serialVersionUID = 1L;
  /** Permendagri 73/2022: a name has at most 60 characters including spaces. */
  static final int MAX_NAME = 60;

  static final int MAX_PLACE = 60;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "anggota_keluarga_seq")
  @SequenceGenerator(name = "anggota_keluarga_seq", sequenceName = "anggota_keluarga_seq", allocationSize = 20)
  private Long id;

  @Convert(converter = NikConverter.class)
  @Column(name = "nik", length = 16, nullable = false)
  private Nik nik;

  @Column(name = "nama_lengkap", length = MAX_NAME, nullable = false)
  private String namaLengkap;

  @Enumerated(EnumType.STRING)
  @Column(name = "jenis_kelamin", length = 12, nullable = false)
  private JenisKelamin jenisKelamin;

  @Column(name = "tempat_lahir", length = MAX_PLACE, nullable = false)
  private String tempatLahir;

  @Column(name = "tanggal_lahir", nullable = false)
  private LocalDate tanggalLahir;

  @Enumerated(EnumType.STRING)
  @Column(name = "hubungan", length = 20, nullable = false)
  private StatusHubunganDalamKeluarga hubungan;

  protected AnggotaKeluarga() {
    // for JPA
  }

  public AnggotaKeluarga(
      Nik nik,
      String namaLengkap,
      JenisKelamin jenisKelamin,
      String tempatLahir,
      LocalDate tanggalLahir,
      StatusHubunganDalamKeluarga hubungan) {
    this.nik = Objects.requireNonNull(nik, "nik");
    this.namaLengkap = text("namaLengkap", namaLengkap, MAX_NAME);
    this.jenisKelamin = required("jenisKelamin", jenisKelamin);
    this.tempatLahir = text("tempatLahir", tempatLahir, MAX_PLACE);
    this.tanggalLahir = required("tanggalLahir", tanggalLahir);
    this.hubungan = required("hubungan", hubungan);
  }

  /** Names and places are printed in upper case, so they are stored that way. */
  private static String text(String field, String value, int max) {
    String trimmed = value == null ? "" : value.trim().replaceAll("\\s+", " ");
    if (trimmed.isEmpty()) {
      throw new InvalidValueException("value.required", field);
    }
    if (trimmed.length() > max) {
      throw new InvalidValueException("value.tooLong", field, max);
    }
    return trimmed.toUpperCase(Locale.ROOT);
  }

  private static <T> T required(String field, T value) {
    if (value == null) {
      throw new InvalidValueException("value.required", field);
    }
    return value;
  }

  public Long id() {
    return id;
  }

  public Nik nik() {
    return nik;
  }

  public String namaLengkap() {
    return namaLengkap;
  }

  public JenisKelamin jenisKelamin() {
    return jenisKelamin;
  }

  public String tempatLahir() {
    return tempatLahir;
  }

  public LocalDate tanggalLahir() {
    return tanggalLahir;
  }

  public StatusHubunganDalamKeluarga hubungan() {
    return hubungan;
  }

  public boolean isKepalaKeluarga() {
    return hubungan == StatusHubunganDalamKeluarga.KEPALA_KELUARGA;
  }

  /** The member's data as one line, for the fingerprint of the card. */
  String canonical() {
    return String.join(
        "|",
        nik.value(),
        namaLengkap,
        jenisKelamin.name(),
        tempatLahir,
        tanggalLahir.toString(),
        hubungan.name());
  }
}
