package id.dukcapilceria.kk.domain.kartukeluarga;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import id.dukcapilceria.kk.domain.shared.Sha256;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Kartu Keluarga aggregate root: the family's address and its members, head first.
 *
 * <p>The KK number is empty while the card is a draft: SIAK assigns it when the Dinas verifies the
 * application. The name of the head of family is never stored separately; it is always the name of
 * the member whose relationship is {@link StatusHubunganDalamKeluarga#KEPALA_KELUARGA}.
 */
@Entity
@Table(name = "kartu_keluarga")
public class KartuKeluarga implements Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kartu_keluarga_seq")
  @SequenceGenerator(name = "kartu_keluarga_seq", sequenceName = "kartu_keluarga_seq", allocationSize = 20)
  private Long id;

  @Version private long version;

  @Convert(converter = NomorKkConverter.class)
  @Column(name = "nomor_kk", length = 16)
  private NomorKk nomorKk;

  @Embedded private Alamat alamat;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 12, nullable = false)
  private StatusKartuKeluarga status = StatusKartuKeluarga.KONSEP;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @JoinColumn(name = "kartu_keluarga_id", nullable = false)
  @OrderColumn(name = "urutan")
  private List<AnggotaKeluarga> anggota = new ArrayList<>();

  protected KartuKeluarga() {
    // for JPA
  }

  public KartuKeluarga(Alamat alamat, List<AnggotaKeluarga> anggota) {
    this.alamat = Objects.requireNonNull(alamat, "alamat");
    replaceMembers(anggota);
  }

  /** Replaces the whole member list while the card is still a draft (corrections at intake). */
  public void correct(Alamat newAlamat, List<AnggotaKeluarga> newAnggota) {
    requireDraft();
    this.alamat = Objects.requireNonNull(newAlamat, "alamat");
    replaceMembers(newAnggota);
  }

  private void replaceMembers(List<AnggotaKeluarga> members) {
    if (members == null || members.isEmpty()) {
      throw new InvalidValueException("kk.noMembers", "anggota");
    }
    List<AnggotaKeluarga> ordered = new ArrayList<>(members);
    // the head of family is printed as row 1
    ordered.sort((a, b) -> Boolean.compare(b.isKepalaKeluarga(), a.isKepalaKeluarga()));
    anggota.clear();
    anggota.addAll(ordered);
  }

  /** Records the number SIAK assigned to this card. */
  public void assignNomorKk(NomorKk nomor) {
    requireDraft();
    this.nomorKk = Objects.requireNonNull(nomor, "nomorKk");
  }

  /** The card has been signed: it is now the family's valid card. */
  public void activate() {
    if (nomorKk == null) {
      throw new IllegalStateException("A card without a KK number cannot become active");
    }
    requireDraft();
    status = StatusKartuKeluarga.AKTIF;
  }

  /** A newer card for this family has been signed. */
  public void supersede() {
    if (status != StatusKartuKeluarga.AKTIF) {
      throw new IllegalStateException("Only an active card can be superseded, this one is " + status);
    }
    status = StatusKartuKeluarga.DIGANTIKAN;
  }

  private void requireDraft() {
    if (status != StatusKartuKeluarga.KONSEP) {
      throw new IllegalStateException("The card is " + status + " and can no longer be changed");
    }
  }

  public Long id() {
    return id;
  }

  public Optional<NomorKk> nomorKk() {
    return Optional.ofNullable(nomorKk);
  }

  public Alamat alamat() {
    return alamat;
  }

  public StatusKartuKeluarga status() {
    return status;
  }

  public List<AnggotaKeluarga> anggota() {
    return Collections.unmodifiableList(anggota);
  }

  public Optional<AnggotaKeluarga> kepalaKeluarga() {
    return anggota.stream().filter(AnggotaKeluarga::isKepalaKeluarga).findFirst();
  }

  /** Name of the head of family, or an empty string while no member is marked as head. */
  public String namaKepalaKeluarga() {
    return kepalaKeluarga().map(AnggotaKeluarga::namaLengkap).orElse("");
  }

  /**
   * SHA-256 over every field of the card in a fixed order. Two cards with the same data have the
   * same fingerprint; it proves that what the Kadis signs is what the Kasi/Kabid confirmed.
   */
  public String fingerprint() {
    String header =
        String.join(
            "|",
            nomorKk == null ? "" : nomorKk.value(),
            alamat.jalan(),
            alamat.rtRw().toString(),
            alamat.kodeDesa().value(),
            alamat.kodePos());
    String members =
        anggota.stream().map(AnggotaKeluarga::canonical).collect(Collectors.joining("\n"));
    return Sha256.hex(header + "\n" + members);
  }
}
