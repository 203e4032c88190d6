package id.dukcapilceria.kk.domain.shared;

/** Checks shared by the numbers Dukcapil writes as a fixed count of digits (NIK, No. KK). */
public final class Digits {

  private Digits() {}

  /**
   * The digits of {@code text} with the spaces an operator may type between groups removed.
   * Refuses an empty value, a wrong length ({@code <field>.length}) and anything but ASCII digits.
   */
  public static String exactly(int count, String text, String field) {
    String digits = text == null ? "" : text.replace(" ", "");
    if (digits.isEmpty()) {
      throw new InvalidValueException("value.required", field);
    }
    if (digits.length() != count) {
      throw new InvalidValueException(field + ".length", field, digits.length());
    }
    if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidValueException("value.digitsOnly", field);
    }
    return digits;
  }
}
