package id.dukcapilceria.kk.domain.kartukeluarga;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A member's marital status with the dates and certificate numbers that prove it (columns 10 and
 * 11 of the card, plus the certificate numbers kept but not printed). Whether the evidence matches
 * the status (e.g. KAWIN TERCATAT needs a date and a certificate) is checked by {@link
 * KartuKeluargaValidator}, so the operator sees every gap at once.
 */
@Embeddable
public class Perkawinan implements Serializable {

  private static final long serialVersionUID = 1L;

  @Enumerated(EnumType.STRING)
  @Column(name = "status_perkawinan", length = 30, nullable = false)
  private StatusPerkawinan status;

  @Column(name = "tanggal_perkawinan")
  private LocalDate tanggalPerkawinan;

  /** Buku nikah / kutipan akta perkawinan number. */
  @Column(name = "no_akta_perkawinan", length = 60)
  private String noAktaPerkawinan;

  @Column(name = "tanggal_perceraian")
  private LocalDate tanggalPerceraian;

  @Column(name = "no_akta_perceraian", length = 60)
  private String noAktaPerceraian;

  protected Perkawinan() {
    // for JPA
  }

  public Perkawinan(
      StatusPerkawinan status,
      LocalDate tanggalPerkawinan,
      String noAktaPerkawinan,
      LocalDate tanggalPerceraian,
      String noAktaPerceraian) {
    this.status = Objects.requireNonNull(status, "status");
    this.tanggalPerkawinan = tanggalPerkawinan;
    this.noAktaPerkawinan = Texts.blankToNull(noAktaPerkawinan);
    this.tanggalPerceraian = tanggalPerceraian;
    this.noAktaPerceraian = Texts.blankToNull(noAktaPerceraian);
  }

  public static Perkawinan belumKawin() {
    return new Perkawinan(StatusPerkawinan.BELUM_KAWIN, null, null, null, null);
  }

  public StatusPerkawinan status() {
    return status;
  }

  public Optional<LocalDate> tanggalPerkawinan() {
    return Optional.ofNullable(tanggalPerkawinan);
  }

  public Optional<String> noAktaPerkawinan() {
    return Optional.ofNullable(noAktaPerkawinan);
  }

  public Optional<LocalDate> tanggalPerceraian() {
    return Optional.ofNullable(tanggalPerceraian);
  }

  public Optional<String> noAktaPerceraian() {
    return Optional.ofNullable(noAktaPerceraian);
  }

  String canonical() {
    return String.join(
        ",",
        status.name(),
        String.valueOf(tanggalPerkawinan),
        String.valueOf(noAktaPerkawinan),
        String.valueOf(tanggalPerceraian),
        String.valueOf(noAktaPerceraian));
  }
}
