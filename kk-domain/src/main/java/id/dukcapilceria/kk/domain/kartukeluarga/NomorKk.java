package id.dukcapilceria.kk.domain.kartukeluarga;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import java.io.Serializable;
import java.util.Objects;

/**
 * The 16-digit KK number. It is assigned by SIAK (Kemendagri), never by this system; only its
 * form is checked. domain.md §3.2 describes a region+date+serial layout from a single unofficial
 * source, so nothing beyond "16 digits, not all zero" is enforced (VERIFY before tightening).
 */
public final class NomorKk implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String value;

  private NomorKk(String value) {
    this.value = value;
  }

  public static NomorKk of(String text) {
    String digits = text == null ? "" : text.replace(" ", "");
    if (digits.isEmpty()) {
      throw new InvalidValueException("value.required", "nomorKk");
    }
    if (digits.length() != 16) {
      throw new InvalidValueException("nomorKk.length", "nomorKk", digits.length());
    }
    if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidValueException("value.digitsOnly", "nomorKk");
    }
    if (digits.chars().allMatch(c -> c == '0')) {
      throw new InvalidValueException("nomorKk.zero", "nomorKk");
    }
    return new NomorKk(digits);
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NomorKk nomor && nomor.value.equals(value);
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
