package id.dukcapilceria.kk.domain.input;

import id.dukcapilceria.kk.domain.kartukeluarga.CodeReading;
import id.dukcapilceria.kk.domain.kartukeluarga.SiakCode;
import java.util.Optional;

/**
 * A value of an official code list as it was given: a constant's name or its printed label
 * ({@code "ISLAM"}, {@code "Kawin Tercatat"}), or a number in a code system (SIAK's, by default).
 * What it stands for is the domain's reading ({@link CodeReading}, docs/domain.md §2).
 */
public record CodeInput(String name, CodeReading.CodeSystem system, Integer number) {

  public CodeInput {
    if ((name == null) == (number == null)) {
      throw new IllegalArgumentException("a code is given by a name or by a number, not both or neither");
    }
    if (number != null && system == null) {
      throw new IllegalArgumentException("a number needs its code system");
    }
  }

  /** A code given by name or label. */
  public static CodeInput named(String name) {
    return new CodeInput(name, null, null);
  }

  /** A code given by its number in {@code system}. */
  public static CodeInput numbered(CodeReading.CodeSystem system, int number) {
    return new CodeInput(null, system, number);
  }

  /** The value chosen from a list (a form's menu), or null for none chosen. */
  public static CodeInput of(Enum<?> chosen) {
    return chosen == null ? null : named(chosen.name());
  }

  /**
   * The value this stands for; empty for one that means "none" (OpenSID's TIDAK CACAT).
   *
   * @param field the input field it was given in, named in a refusal
   * @throws id.dukcapilceria.kk.domain.shared.InvalidValueException when it is not in the list
   */
  public <E extends Enum<E> & SiakCode> Optional<E> read(Class<E> list, CodeReading.Facts facts, String field) {
    return name != null
        ? CodeReading.byName(list, name, facts, field)
        : CodeReading.byNumber(list, system, number, facts, field);
  }
}
