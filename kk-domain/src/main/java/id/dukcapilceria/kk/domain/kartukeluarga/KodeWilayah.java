package id.dukcapilceria.kk.domain.kartukeluarga;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Kemendagri region code {@code PP.KK.CC.DDDD} at province, regency, kecamatan or village level
 * (domain.md §3.3). Village codes starting with 2 are desa/nagari, with 1 kelurahan.
 */
public final class KodeWilayah implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern FORM = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

  private final String value;

  private KodeWilayah(String value) {
    this.value = value;
  }

  public static KodeWilayah of(String text) {
    String code = text == null ? "" : text.trim();
    if (code.isEmpty()) {
      throw new InvalidValueException("value.required", "kodeWilayah");
    }
    if (!FORM.matcher(code).matches()) {
      throw new InvalidValueException("kodeWilayah.form", "kodeWilayah", code);
    }
    return new KodeWilayah(code);
  }

  public String value() {
    return value;
  }

  public boolean isVillage() {
    return value.length() == 13;
  }

  /** The code of the enclosing kecamatan, e.g. {@code 13.05.01} for {@code 13.05.01.2001}. */
  public KodeWilayah kecamatan() {
    if (value.length() < 8) {
      throw new IllegalStateException(value + " is above kecamatan level");
    }
    return new KodeWilayah(value.substring(0, 8));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KodeWilayah kode && kode.value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
