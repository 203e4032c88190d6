package id.dukcapilceria.kk.domain.kartukeluarga;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How another system's value of a code list is read (the API, an import; docs/domain.md §2): by its
 * name ({@code KAWIN_TERCATAT}) or printed label ({@code KAWIN TERCATAT}), by a number of SIAK's
 * tables, which is what a bare number means, as SIAK and OpenSID number them, or by a number of a
 * named code system ({@link CodeSystem}). A number is never read in another list's numbering:
 * SIAK's 3 is CERAI HIDUP, never the printed form's 3, KAWIN BELUM TERCATAT.
 *
 * <p>Where SIAK's older numbers or OpenSID's additions do not say one printed value, the reading
 * is refused with what to send instead, or given the project's meaning:
 *
 * <ul>
 *   <li>SIAK's 2 KAWIN and 3 CERAI HIDUP stand for a recorded and an unrecorded value each (§2.5):
 *       with the certificate's number in the member's data they are the recorded one; without it,
 *       refused, since an absent number may be a missing one;
 *   <li>OpenSID's 3 DUA KEWARGANEGARAAN is refused: the card prints WNI or WNA (§2.8);
 *   <li>OpenSID's 7 TIDAK CACAT is no disability, the absence of a value (§2.9).
 * </ul>
 */
public final class CodeReading {

  /** A code system a number may be given in. */
  public enum CodeSystem {
    /** SIAK's tables, as OpenSID's seed data number them: what a bare number means. */
    SIAK("SIAK"),
    /** Form F-1.01's numbers: SIAK's, but for the six printed marriage statuses (§2.5). */
    F_1_01("F-1.01");

    private final String written;

    CodeSystem(String written) {
      this.written = written;
    }

    /** As the system is written in a request: {@code SIAK}, {@code F-1.01}. */
    public String written() {
      return written;
    }

    /** The system written as {@code text} (case and spacing aside), if it is one. */
    public static Optional<CodeSystem> named(String text) {
      String wanted = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
      return Arrays.stream(values()).filter(s -> s.written.equals(wanted)).findFirst();
    }
  }

  /**
   * What the member's other data say, for the numbers that need it.
   *
   * @param marriageCertificate the member's marriage certificate number is given
   * @param divorceCertificate the member's divorce certificate number is given
   */
  public record Facts(boolean marriageCertificate, boolean divorceCertificate) {
    public static final Facts NONE = new Facts(false, false);
  }

  /** OpenSID's number for "no disability" (§2.9). */
  static final int NO_DISABILITY = 7;
  /** OpenSID's number for dual citizenship (§2.8). */
  static final int DUAL_CITIZENSHIP = 3;

  private CodeReading() {}

  /**
   * The value {@code number} stands for in {@code system}; empty for a number that means "none".
   *
   * @param field the field it is for, named in a refusal
   * @throws InvalidValueException when the number is not in the list, or does not say one value
   */
  public static <E extends Enum<E> & SiakCode> Optional<E> byNumber(
      Class<E> list, CodeSystem system, int number, Facts facts, String field) {
    if (system == CodeSystem.SIAK) {
      if (is(list, StatusPerkawinan.class)) {
        return Optional.of(list.cast(marriageBySiak(number, facts, field)));
      }
      if (is(list, PenyandangCacat.class) && number == NO_DISABILITY) {
        return Optional.empty();
      }
      if (is(list, Kewarganegaraan.class) && number == DUAL_CITIZENSHIP) {
        throw new InvalidValueException("code.dualCitizenship", field);
      }
    }
    for (E value : list.getEnumConstants()) {
      if (value.siakCode() == number) {
        return Optional.of(value);
      }
    }
    throw unknown(list, system, Integer.toString(number), field);
  }

  /**
   * The value named {@code text}: its constant's name or its printed label, ignoring case and
   * spacing; SIAK's older labels as {@link #byNumber} reads their numbers.
   */
  public static <E extends Enum<E> & SiakCode> Optional<E> byName(Class<E> list, String text, Facts facts,
      String field) {
    String wanted = normalised(text);
    for (E value : list.getEnumConstants()) {
      if (normalised(value.name()).equals(wanted) || normalised(value.label()).equals(wanted)) {
        return Optional.of(value);
      }
    }
    if (is(list, StatusPerkawinan.class) && (wanted.equals("KAWIN") || wanted.equals("CERAI HIDUP"))) {
      return byNumber(list, CodeSystem.SIAK, wanted.equals("KAWIN") ? 2 : 3, facts, field);
    }
    if (is(list, PenyandangCacat.class) && wanted.equals("TIDAK CACAT")) {
      return Optional.empty();
    }
    if (is(list, Kewarganegaraan.class) && wanted.equals("DUA KEWARGANEGARAAN")) {
      throw new InvalidValueException("code.dualCitizenship", field);
    }
    throw unknown(list, null, text, field);
  }

  private static StatusPerkawinan marriageBySiak(int number, Facts facts, String field) {
    return switch (number) {
      case 1 -> StatusPerkawinan.BELUM_KAWIN;
      case 2 -> {
        if (!facts.marriageCertificate()) {
          throw new InvalidValueException("code.marriedUnclear", field);
        }
        yield StatusPerkawinan.KAWIN_TERCATAT;
      }
      case 3 -> {
        if (!facts.divorceCertificate()) {
          throw new InvalidValueException("code.divorcedUnclear", field);
        }
        yield StatusPerkawinan.CERAI_HIDUP_TERCATAT;
      }
      case 4 -> StatusPerkawinan.CERAI_MATI;
      default -> throw unknown(StatusPerkawinan.class, CodeSystem.SIAK, Integer.toString(number), field);
    };
  }

  private static <E extends Enum<E> & SiakCode> InvalidValueException unknown(Class<E> list, CodeSystem system,
      String given, String field) {
    String known = is(list, StatusPerkawinan.class) && system == CodeSystem.SIAK
        ? "1 BELUM KAWIN, 2 KAWIN, 3 CERAI HIDUP, 4 CERAI MATI"
        : Arrays.stream(list.getEnumConstants())
            .map(v -> (system == null ? v.name() : Integer.toString(v.siakCode())) + " " + v.label())
            .collect(Collectors.joining(", "));
    return new InvalidValueException(system == null ? "code.unknownName" : "code.unknownNumber", field, given,
        system == null ? "" : system.written(), known);
  }

  private static boolean is(Class<?> list, Class<?> which) {
    return list.equals(which);
  }

  private static String normalised(String text) {
    return text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
  }
}
