package id.dukcapilceria.kk.domain.kartukeluarga;

import id.dukcapilceria.kk.domain.shared.Digits;
import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The 16-digit KK number. It is assigned by SIAK (Kemendagri), never by this system; only its
 * form is checked. docs/domain.md §3.2 describes a region+date+serial layout from a single unofficial
 * source, so nothing beyond "16 digits, not all zero" is enforced (VERIFY before tightening).
 */
public record NomorKk(String value) implements Serializable {

  public NomorKk {
    value = Digits.exactly(16, value, "nomorKk");
    if (value.chars().allMatch(c -> c == '0')) {
      throw new InvalidValueException("nomorKk.zero", "nomorKk");
    }
  }

  public static NomorKk of(String text) {
    return new NomorKk(text);
  }

  /**
   * A number in the layout reported for SIAK (kecamatan code, registration date DDMMYY, 4-digit
   * serial; docs/domain.md §3.2, unverified). For demo and synthetic data only: real numbers come from
   * SIAK.
   */
  public static NomorKk compose(KodeWilayah kecamatan, LocalDate registered, int serial) {
    if (kecamatan.value().length() != 8) {
      throw new IllegalArgumentException("A KK number starts with a kecamatan code, not " + kecamatan);
    }
    if (serial < 1 || serial > 9999) {
      throw new IllegalArgumentException("The serial of a KK number is 0001 to 9999, not " + serial);
    }
    return new NomorKk(kecamatan.value().replace(".", "")
        + String.format("%02d%02d%02d%04d", registered.getDayOfMonth(), registered.getMonthValue(),
            registered.getYear() % 100, serial));
  }

  /**
   * The number as shown to someone who is not entitled to the family's data (the public
   * verification page, the verification API): the first four digits (province and regency, which
   * the paper card's issuer shows anyway) and the last four, enough to match a paper in hand but
   * not to look the family up.
   */
  public String masked() {
    return value.substring(0, 4) + "********" + value.substring(12);
  }

  @Override
  public String toString() {
    return value;
  }
}
