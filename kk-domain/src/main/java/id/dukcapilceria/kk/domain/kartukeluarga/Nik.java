package id.dukcapilceria.kk.domain.kartukeluarga;

import id.dukcapilceria.kk.domain.shared.Digits;
import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Nomor Induk Kependudukan: 16 digits {@code PP KK CC DD MM YY SSSS} (docs/domain.md §3.1).
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
    if (dayOfMonth > longestMonth(month, Integer.parseInt(value.substring(10, 12)))) {
      throw new InvalidValueException("nik.day", "nik", value.substring(6, 8));
    }
    if (value.endsWith("0000")) {
      throw new InvalidValueException("nik.serial", "nik");
    }
  }

  /** Parses a NIK; spaces the operator may type between groups are ignored. */
  public static Nik of(String text) {
    return new Nik(text);
  }

  /**
   * Composes the NIK of a person registered in {@code kecamatan}: the layout of docs/domain.md §3.1.
   * Used by the demo data generator; real NIKs are assigned by SIAK.
   */
  public static Nik compose(KodeWilayah kecamatan, LocalDate birthDate, JenisKelamin sex, int serial) {
    if (kecamatan.value().length() != 8) {
      throw new IllegalArgumentException("A NIK starts with a kecamatan code, not " + kecamatan);
    }
    if (serial < 1 || serial > 9999) {
      throw new IllegalArgumentException("The serial of a NIK is 0001 to 9999, not " + serial);
    }
    int day = birthDate.getDayOfMonth() + (sex == JenisKelamin.PEREMPUAN ? FEMALE_DAY_OFFSET : 0);
    return new Nik(
        kecamatan.value().replace(".", "")
            + String.format("%02d%02d%02d%04d", day, birthDate.getMonthValue(), birthDate.getYear() % 100, serial));
  }

  /** The longest a month can be when only the last two digits of the year are known. */
  private static int longestMonth(int month, int twoDigitYear) {
    // 19yy and 20yy are both leap years when yy is divisible by 4 (1900 aside, 2000 is leap)
    return YearMonth.of(twoDigitYear % 4 == 0 ? 2000 : 2001, month).lengthOfMonth();
  }

  /** The birth day of month, with the +40 for women removed. */
  public int birthDay() {
    int day = Integer.parseInt(value.substring(6, 8));
    return day > FEMALE_DAY_OFFSET ? day - FEMALE_DAY_OFFSET : day;
  }

  public int birthMonth() {
    return Integer.parseInt(value.substring(8, 10));
  }

  /** The last two digits of the birth year: the century is not written in a NIK. */
  public int birthYearTwoDigits() {
    return Integer.parseInt(value.substring(10, 12));
  }

  /** Whether the date part agrees with {@code birthDate}. */
  public boolean matchesBirthDate(LocalDate birthDate) {
    return birthDay() == birthDate.getDayOfMonth()
        && birthMonth() == birthDate.getMonthValue()
        && birthYearTwoDigits() == birthDate.getYear() % 100;
  }

  /** The serial among people with the same first 12 digits, 1 to 9999. */
  public int serial() {
    return Integer.parseInt(value.substring(12));
  }

  /** The kecamatan where the NIK was first registered, e.g. {@code 13.05.01}. */
  public KodeWilayah registeredKecamatan() {
    return new KodeWilayah(value.substring(0, 2) + "." + value.substring(2, 4) + "." + value.substring(4, 6));
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
