package id.dukcapilceria.kk.domain.kartukeluarga;

import id.dukcapilceria.kk.domain.shared.Digits;
import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import java.io.Serializable;

/**
 * Nomor Induk Kependudukan: 16 digits {@code PP KK CC DD MM YY SSSS} (domain.md §3.1).
 *
 * <p>Only the hard rules are enforced here: what makes a number impossible. Disagreement with the
 * typed birth date, sex or region is legitimate (Permendagri 108/2019 Pasal 15(3), PP 40/2019 Pasal
 * 30(2)) and belongs to the KK validation as a warning, not to this value object. The province
 * prefix check against the region data set is not done here yet.
 */
public record Nik(String value) implements Serializable {

  /** Women's birth day is written with 40 added. */
  static final int FEMALE_DAY_OFFSET = 40;

  public Nik {
    value = Digits.exactly(16, value, "nik");
    int day = Integer.parseInt(value.substring(6, 8));
    int month = Integer.parseInt(value.substring(8, 10));
    int dayOfMonth = day > FEMALE_DAY_OFFSET ? day - FEMALE_DAY_OFFSET : day;
    if (dayOfMonth < 1 || dayOfMonth > 31) {
      throw new InvalidValueException("nik.day", "nik", value.substring(6, 8));
    }
    if (month < 1 || month > 12) {
      throw new InvalidValueException("nik.month", "nik", value.substring(8, 10));
    }
    if (value.endsWith("0000")) {
      throw new InvalidValueException("nik.serial", "nik");
    }
  }

  /** Parses a NIK; spaces the operator may type between groups are ignored. */
  public static Nik of(String text) {
    return new Nik(text);
  }

  /** The kecamatan where the NIK was first registered, e.g. {@code 13.05.01}. */
  public String registeredKecamatanCode() {
    return value.substring(0, 2) + "." + value.substring(2, 4) + "." + value.substring(4, 6);
  }

  /** Whether the birth day carries the +40 that marks a woman. */
  public boolean encodesFemale() {
    return Integer.parseInt(value.substring(6, 8)) > FEMALE_DAY_OFFSET;
  }

  @Override
  public String toString() {
    return value;
  }
}
