package id.dukcapilceria.kk.domain.kartukeluarga;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
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
import java.util.Optional;

/**
 * One member (anggota) of a family card: every column printed on the card, (1) to (17) of
 * docs/domain.md §1.3, and the data SIAK keeps without printing it (birth certificate number, parents'
 * NIKs, disability, basic status). Built with {@link #builder()}; required columns are refused
 * when missing, rules across columns and members are in {@link KartuKeluargaValidator}.
 */
@Entity
@Table(name = "anggota_keluarga")
public class AnggotaKeluarga implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int MAX_PLACE = 60;
  static final int MAX_CERTIFICATE = 60;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "anggota_keluarga_seq")
  @SequenceGenerator(name = "anggota_keluarga_seq", sequenceName = "anggota_keluarga_seq", allocationSize = 20)
  private Long id;

  /** (1) */
  @Convert(converter = NamaLengkapConverter.class)
  @Column(name = "nama_lengkap", length = NamaLengkap.MAX_LENGTH, nullable = false)
  private NamaLengkap nama;

  /** (2) */
  @Convert(converter = NikConverter.class)
  @Column(name = "nik", length = 16, nullable = false)
  private Nik nik;

  /** (3) */
  @Enumerated(EnumType.STRING)
  @Column(name = "jenis_kelamin", length = 12, nullable = false)
  private JenisKelamin jenisKelamin;

  /** (4) */
  @Column(name = "tempat_lahir", length = MAX_PLACE, nullable = false)
  private String tempatLahir;

  /** (5) */
  @Column(name = "tanggal_lahir", nullable = false)
  private LocalDate tanggalLahir;

  /** (6) */
  @Enumerated(EnumType.STRING)
  @Column(name = "agama", length = 40, nullable = false)
  private Agama agama;

  /** (7) */
  @Enumerated(EnumType.STRING)
  @Column(name = "pendidikan", length = 40, nullable = false)
  private PendidikanDalamKk pendidikan;

  /** (8) */
  @Enumerated(EnumType.STRING)
  @Column(name = "pekerjaan", length = 40, nullable = false)
  private JenisPekerjaan pekerjaan;

  /** (9) */
  @Enumerated(EnumType.STRING)
  @Column(name = "golongan_darah", length = 12, nullable = false)
  private GolonganDarah golonganDarah;

  /** (10), (11) and the certificates behind them. */
  @Embedded private Perkawinan perkawinan;

  /** (12) */
  @Enumerated(EnumType.STRING)
  @Column(name = "hubungan", length = 20, nullable = false)
  private StatusHubunganDalamKeluarga hubungan;

  /** (13) */
  @Enumerated(EnumType.STRING)
  @Column(name = "kewarganegaraan", length = 4, nullable = false)
  private Kewarganegaraan kewarganegaraan;

  /** (14), (15) */
  @Embedded private DokumenImigrasi dokumenImigrasi;

  /** (16), (17) and the parents' NIKs. */
  @Embedded private OrangTua orangTua;

  @Column(name = "no_akta_lahir", length = MAX_CERTIFICATE)
  private String noAktaLahir;

  @Enumerated(EnumType.STRING)
  @Column(name = "penyandang_cacat", length = 30)
  private PenyandangCacat penyandangCacat;

  @Enumerated(EnumType.STRING)
  @Column(name = "status_dasar", length = 12, nullable = false)
  private StatusDasar statusDasar;

  protected AnggotaKeluarga() {
    // for JPA
  }

  private AnggotaKeluarga(Builder b) {
    this.nik = required("nik", b.nik);
    this.nama = required("namaLengkap", b.nama);
    this.jenisKelamin = required("jenisKelamin", b.jenisKelamin);
    this.tempatLahir = Texts.printed(b.tempatLahir, "tempatLahir", MAX_PLACE);
    this.tanggalLahir = required("tanggalLahir", b.tanggalLahir);
    this.agama = required("agama", b.agama);
    this.pendidikan = required("pendidikan", b.pendidikan);
    this.pekerjaan = required("pekerjaan", b.pekerjaan);
    this.golonganDarah = b.golonganDarah == null ? GolonganDarah.TIDAK_TAHU : b.golonganDarah;
    this.perkawinan = required("statusPerkawinan", b.perkawinan);
    this.hubungan = required("hubungan", b.hubungan);
    this.kewarganegaraan = b.kewarganegaraan == null ? Kewarganegaraan.WNI : b.kewarganegaraan;
    this.dokumenImigrasi = b.dokumenImigrasi == null ? DokumenImigrasi.tidakAda() : b.dokumenImigrasi;
    this.orangTua = b.orangTua == null ? OrangTua.tidakDiketahui() : b.orangTua;
    this.noAktaLahir = Texts.documentNumber(b.noAktaLahir, "noAktaLahir", MAX_CERTIFICATE);
    this.penyandangCacat = b.penyandangCacat;
    this.statusDasar = b.statusDasar == null ? StatusDasar.HIDUP : b.statusDasar;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this member's data, to change some of it into a new member. */
  public Builder toBuilder() {
    return new Builder()
        .nik(nik).nama(nama).jenisKelamin(jenisKelamin).tempatLahir(tempatLahir)
        .tanggalLahir(tanggalLahir).agama(agama).pendidikan(pendidikan).pekerjaan(pekerjaan)
        .golonganDarah(golonganDarah).perkawinan(perkawinan).hubungan(hubungan)
        .kewarganegaraan(kewarganegaraan).dokumenImigrasi(dokumenImigrasi()).orangTua(orangTua())
        .noAktaLahir(noAktaLahir).penyandangCacat(penyandangCacat).statusDasar(statusDasar);
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

  public NamaLengkap nama() {
    return nama;
  }

  /** The full name as printed, upper case. */
  public String namaLengkap() {
    return nama.value();
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

  public Agama agama() {
    return agama;
  }

  public PendidikanDalamKk pendidikan() {
    return pendidikan;
  }

  public JenisPekerjaan pekerjaan() {
    return pekerjaan;
  }

  public GolonganDarah golonganDarah() {
    return golonganDarah;
  }

  public Perkawinan perkawinan() {
    return perkawinan;
  }

  public StatusPerkawinan statusPerkawinan() {
    return perkawinan.status();
  }

  public StatusHubunganDalamKeluarga hubungan() {
    return hubungan;
  }

  public Kewarganegaraan kewarganegaraan() {
    return kewarganegaraan;
  }

  /**
   * None for a citizen without passport or KITAS/KITAP. Read from the database, a member with
   * neither comes back with a null embeddable (JPA reads all-null columns so), hence the default.
   */
  public DokumenImigrasi dokumenImigrasi() {
    return dokumenImigrasi == null ? DokumenImigrasi.tidakAda() : dokumenImigrasi;
  }

  /** Unknown parents come back from the database as a null embeddable too (see above). */
  public OrangTua orangTua() {
    return orangTua == null ? OrangTua.tidakDiketahui() : orangTua;
  }

  public Optional<String> noAktaLahir() {
    return Optional.ofNullable(noAktaLahir);
  }

  public Optional<PenyandangCacat> penyandangCacat() {
    return Optional.ofNullable(penyandangCacat);
  }

  public StatusDasar statusDasar() {
    return statusDasar;
  }

  public boolean isKepalaKeluarga() {
    return hubungan == StatusHubunganDalamKeluarga.KEPALA_KELUARGA;
  }

  /** Age in whole years on {@code date}. */
  public int ageOn(LocalDate date) {
    return java.time.Period.between(tanggalLahir, date).getYears();
  }

  /** The member's data as one line, for the fingerprint of the card. */
  String canonical() {
    return String.join(
        "|",
        nik.value(),
        nama.value(),
        jenisKelamin.name(),
        tempatLahir,
        tanggalLahir.toString(),
        agama.name(),
        pendidikan.name(),
        pekerjaan.name(),
        golonganDarah.name(),
        perkawinan.canonical(),
        hubungan.name(),
        kewarganegaraan.name(),
        dokumenImigrasi().canonical(),
        orangTua().canonical(),
        String.valueOf(noAktaLahir),
        String.valueOf(penyandangCacat),
        statusDasar.name());
  }

  /** Collects a member's data; {@link #build()} refuses what is missing or malformed. */
  public static final class Builder {
    private Nik nik;
    private NamaLengkap nama;
    private JenisKelamin jenisKelamin;
    private String tempatLahir;
    private LocalDate tanggalLahir;
    private Agama agama;
    private PendidikanDalamKk pendidikan;
    private JenisPekerjaan pekerjaan;
    private GolonganDarah golonganDarah;
    private Perkawinan perkawinan;
    private StatusHubunganDalamKeluarga hubungan;
    private Kewarganegaraan kewarganegaraan;
    private DokumenImigrasi dokumenImigrasi;
    private OrangTua orangTua;
    private String noAktaLahir;
    private PenyandangCacat penyandangCacat;
    private StatusDasar statusDasar;

    private Builder() {}

    public Builder nik(Nik value) { nik = value; return this; }
    public Builder nama(NamaLengkap value) { nama = value; return this; }
    public Builder jenisKelamin(JenisKelamin value) { jenisKelamin = value; return this; }
    public Builder tempatLahir(String value) { tempatLahir = value; return this; }
    public Builder tanggalLahir(LocalDate value) { tanggalLahir = value; return this; }
    public Builder agama(Agama value) { agama = value; return this; }
    public Builder pendidikan(PendidikanDalamKk value) { pendidikan = value; return this; }
    public Builder pekerjaan(JenisPekerjaan value) { pekerjaan = value; return this; }
    public Builder golonganDarah(GolonganDarah value) { golonganDarah = value; return this; }
    public Builder perkawinan(Perkawinan value) { perkawinan = value; return this; }
    public Builder hubungan(StatusHubunganDalamKeluarga value) { hubungan = value; return this; }
    public Builder kewarganegaraan(Kewarganegaraan value) { kewarganegaraan = value; return this; }
    public Builder dokumenImigrasi(DokumenImigrasi value) { dokumenImigrasi = value; return this; }
    public Builder orangTua(OrangTua value) { orangTua = value; return this; }
    public Builder noAktaLahir(String value) { noAktaLahir = value; return this; }
    public Builder penyandangCacat(PenyandangCacat value) { penyandangCacat = value; return this; }
    public Builder statusDasar(StatusDasar value) { statusDasar = value; return this; }

    public AnggotaKeluarga build() {
      return new AnggotaKeluarga(this);
    }
  }
}
