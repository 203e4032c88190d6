package id.dukcapilceria.kk.domain.kartukeluarga;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Optional;

/**
 * A member's parents: the names printed in columns 16 and 17 (under "NAMA ORANG TUA") and their
 * NIKs, kept but not printed. Any part may be unknown; the card then prints "-".
 */
@Embeddable
public class OrangTua implements Serializable {

  private static final long serialVersionUID = 1L;

  @Convert(converter = NamaLengkapConverter.class)
  @Column(name = "nama_ayah", length = NamaLengkap.MAX_LENGTH)
  private NamaLengkap namaAyah;

  @Convert(converter = NikConverter.class)
  @Column(name = "nik_ayah", length = 16)
  private Nik nikAyah;

  @Convert(converter = NamaLengkapConverter.class)
  @Column(name = "nama_ibu", length = NamaLengkap.MAX_LENGTH)
  private NamaLengkap namaIbu;

  @Convert(converter = NikConverter.class)
  @Column(name = "nik_ibu", length = 16)
  private Nik nikIbu;

  protected OrangTua() {
    // for JPA
  }

  public OrangTua(NamaLengkap namaAyah, Nik nikAyah, NamaLengkap namaIbu, Nik nikIbu) {
    this.namaAyah = namaAyah;
    this.nikAyah = nikAyah;
    this.namaIbu = namaIbu;
    this.nikIbu = nikIbu;
  }

  public static OrangTua tidakDiketahui() {
    return new OrangTua(null, null, null, null);
  }

  public Optional<NamaLengkap> namaAyah() {
    return Optional.ofNullable(namaAyah);
  }

  public Optional<Nik> nikAyah() {
    return Optional.ofNullable(nikAyah);
  }

  public Optional<NamaLengkap> namaIbu() {
    return Optional.ofNullable(namaIbu);
  }

  public Optional<Nik> nikIbu() {
    return Optional.ofNullable(nikIbu);
  }

  String canonical() {
    return String.join(
        ",", String.valueOf(namaAyah), String.valueOf(nikAyah), String.valueOf(namaIbu), String.valueOf(nikIbu));
  }
}
