package id.dukcapilceria.kk.domain.kartukeluarga;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import java.io.Serializable;
import java.util.Objects;

/**
 * Nomor Induk Kependudukan: 16 digits {@code PP KK CC DD MM YY SSSS} (domain.md §3.1).
 *
 * <p>Only the hard rules are enforced here: what makes a number impossible. Disagreement with the
 * typed birth date, sex or region is legitimate (Permendagri 108/2019 Pasal 15(3), PP 40/2019 Pasal
 * 30(2)) and belongs to the KK validation as a warning, not to this value object. The province
 * prefix check against the region data set is not done here yet.
 */
public final class Nik implements Serializable {

  private static final long serialVersionUID = 1L;
  /** Women's birth day is written with 40 added. */
  static final int FEMALE_DAY_OFFSET = 40;

  private final String value;

  private Nik(String value) {
    this.value = value;
  }

  /** Parses a NIK; spaces the operator may type between groups are ignored. */
  public static Nik of(String text) {
    String digits = text == null ? "" : text.replace(" ", "");
    if (digits.isEmpty()) {
      throw new InvalidValueException("value.required", "nik");
    }
    if (digits.length() != 16) {
      throw new InvalidValueException("nik.length", "nik", digits.length());
    }
    if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidValueException("value.digitsOnly", "nik");
    }
    int day = Integer.parseInt(digits.substring(6, 8));
    int month = Integer.parseInt(digits.substring(8, 10));
    int dayOfMonth = day > FEMALE_DAY_OFFSET ? day - FEMALE_DAY_OFFSET : day;
    if (dayOfMonth < 1 || dayOfMonth > 31) {
      throw new InvalidValueException("nik.day", "nik", digits.substring(6, 8));
    }
    if (month < 1 || month > 12) {
      throw new InvalidValueException("nik.month", "nik", digits.substring(8, 10));
    }
    if (digits.endsWith("0000")) {
      throw new InvalidValueException("nik.serial", "nik");
    }
    return new Nik(digits);
  }

  public String value() {
    return value;
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
  public boolean equals(Object other) {
    return other instanceof Nik nik && nik.value.equals(value);
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
