package id.dukcapilceria.kk.domain.kartukeluarga;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.io.Serializable;
import java.util.Objects;

/**
 * The address block of the card: street or korong, RT/RW, and the village (nagari) region code from
 * which kecamatan, kabupaten and provinsi are derived.
 */
@Embeddable
public class Alamat implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int MAX_STREET = 120;

  @Column(name = "alamat", length = MAX_STREET, nullable = false)
  private String jalan;

  @Embedded private RtRw rtRw;

  @Convert(converter = KodeWilayahConverter.class)
  @Column(name = "kode_desa", length = 13, nullable = false)
  private KodeWilayah kodeDesa;

  @Column(name = "kode_pos", length = 5)
  private String kodePos;

  protected Alamat() {
    // for JPA
  }

  public Alamat(String jalan, RtRw rtRw, KodeWilayah kodeDesa, String kodePos) {
    String street = jalan == null ? "" : jalan.trim();
    if (street.isEmpty()) {
      throw new InvalidValueException("value.required", "alamat");
    }
    if (street.length() > MAX_STREET) {
      throw new InvalidValueException("value.tooLong", "alamat", MAX_STREET);
    }
    if (!Objects.requireNonNull(kodeDesa, "kodeDesa").isVillage()) {
      throw new InvalidValueException("kodeWilayah.notVillage", "kodeDesa", kodeDesa.value());
    }
    String postal = kodePos == null ? "" : kodePos.trim();
    if (!postal.isEmpty() && !postal.matches("\\d{5}")) {
      throw new InvalidValueException("kodePos.form", "kodePos");
    }
    this.jalan = street;
    this.rtRw = Objects.requireNonNull(rtRw, "rtRw");
    this.kodeDesa = kodeDesa;
    this.kodePos = postal.isEmpty() ? null : postal;
  }

  public String jalan() {
    return jalan;
  }

  public RtRw rtRw() {
    return rtRw;
  }

  public KodeWilayah kodeDesa() {
    return kodeDesa;
  }

  /** Postal code, or an empty string when not known. */
  public String kodePos() {
    return kodePos == null ? "" : kodePos;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Alamat that
        && that.jalan.equals(jalan)
        && that.rtRw.equals(rtRw)
        && that.kodeDesa.equals(kodeDesa)
        && Objects.equals(that.kodePos, kodePos);
  }

  @Override
  public int hashCode() {
    return Objects.hash(jalan, rtRw, kodeDesa, kodePos);
  }
}
