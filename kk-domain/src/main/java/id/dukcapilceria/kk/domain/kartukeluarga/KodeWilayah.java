package id.dukcapilceria.kk.domain.kartukeluarga;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * A Kemendagri region code {@code PP.KK.CC.DDDD} at province, regency, kecamatan or village level
 * (docs/domain.md §3.3). Village codes starting with 2 are desa/nagari, with 1 kelurahan.
 */
public record KodeWilayah(String value) implements Serializable {

  private static final Pattern FORM = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

  public KodeWilayah {
    value = value == null ? "" : value.trim();
    if (value.isEmpty()) {
      throw new InvalidValueException("value.required", "kodeWilayah");
    }
    if (!FORM.matcher(value).matches()) {
      throw new InvalidValueException("kodeWilayah.form", "kodeWilayah", value);
    }
  }

  public static KodeWilayah of(String text) {
    return new KodeWilayah(text);
  }

  public boolean isVillage() {
    return value.length() == 13;
  }

  /** Whether this is a regency's or a city's code ({@code 13.05}). */
  public boolean isRegency() {
    return value.length() == 5;
  }

  /** The code of the enclosing regency or city, e.g. {@code 13.05} for {@code 13.05.01.2001}. */
  public KodeWilayah regency() {
    if (value.length() < 5) {
      throw new IllegalStateException(value + " is a province");
    }
    return new KodeWilayah(value.substring(0, 5));
  }

  /** The code of the enclosing kecamatan, e.g. {@code 13.05.01} for {@code 13.05.01.2001}. */
  public KodeWilayah kecamatan() {
    if (value.length() < 8) {
      throw new IllegalStateException(value + " is above kecamatan level");
    }
    return new KodeWilayah(value.substring(0, 8));
  }

  @Override
  public String toString() {
    return value;
  }
}
