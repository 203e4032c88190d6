package id.dukcapilceria.kk.domain.kartukeluarga;

import id.dukcapilceria.kk.domain.shared.Digits;
import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import java.io.Serializable;

/**
 * The 16-digit KK number. It is assigned by SIAK (Kemendagri), never by this system; only its
 * form is checked. domain.md §3.2 describes a region+date+serial layout from a single unofficial
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

  @Override
  public String toString() {
    return value;
  }
}
