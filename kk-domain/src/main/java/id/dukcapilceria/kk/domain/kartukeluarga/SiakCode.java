package id.dukcapilceria.kk.domain.kartukeluarga;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A value of one of the official code lists (docs/domain.md §2): the numeric SIAK code used for data
 * exchange and the label printed on the card. Labels come from the {@code codes} resource bundle
 * (Indonesian, as printed, and English) through {@link CodeLabels}.
 */
public interface SiakCode {

  /** The numeric code of this value in SIAK / on form F-1.01. */
  int siakCode();

  /** The label in the given language; Indonesian (as printed on the card) when none matches. */
  String label(Locale locale);

  /** The label printed on the card (Indonesian, upper case), e.g. {@code LAKI-LAKI}. */
  default String label() {
    return label(CodeLabels.INDONESIAN);
  }

  /**
   * The constant of {@code type} with the given SIAK code.
   *
   * @throws IllegalArgumentException when the list has no such code
   */
  static <E extends Enum<E> & SiakCode> E fromSiakCode(Class<E> type, int code) {
    E[] values = type.getEnumConstants();
    for (E value : values) {
      if (value.siakCode() == code) {
        return value;
      }
    }
    throw new IllegalArgumentException(
        "Unknown SIAK code "
            + code
            + " for code list "
            + type.getSimpleName()
            + "; known codes: "
            + Arrays.stream(values)
                .map(v -> String.valueOf(v.siakCode()))
                .collect(Collectors.joining(", ")));
  }
}
