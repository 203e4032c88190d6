package id.dukcapilceria.kk.domain.kartukeluarga;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.List;

/**
 * A person's full name as the card prints it: upper case, single spaces.
 *
 * <p>Permendagri 73/2022 (pencatatan nama) forbids more than 60 characters including spaces and
 * numbers or punctuation in names, and recommends at least two words. What cannot be a name at all
 * (empty, too long, digits, symbols, letters outside A to Z) is refused here; a letter with an
 * accent is refused saying which letter to write (Pasal 5(1)a: Latin letters as Indonesian spelling
 * writes them). Apostrophes, hyphens, full stops and commas are only warned about ({@link
 * NameRules}, which also tells titles apart): the regulation governs names recorded since 2022, and
 * older names such as NUR'AINI stay valid on a re-issued card (unverified how SIAK treats them).
 */
public record NamaLengkap(String value) implements Serializable {

  /** Permendagri 73/2022 Pasal 4(2): at most 60 characters including spaces. */
  public static final int MAX_LENGTH = 60;

  /** The punctuation a name may be written with (warned about, {@link NameRules}). */
  static final String PUNCTUATION = "'.,-";

  public NamaLengkap {
    value = normalise(value);
    check(value, "namaLengkap");
  }

  /** A name for a field other than the member's own (e.g. {@code orangTua.namaAyah}). */
  public static NamaLengkap of(String text, String field) {
    String name = normalise(text);
    check(name, field);
    return new NamaLengkap(name);
  }

  public static NamaLengkap of(String text) {
    return new NamaLengkap(text);
  }

  private static String normalise(String text) {
    return Texts.singleSpacedUpperCase(text);
  }

  private static void check(String name, String field) {
    if (name.isEmpty()) {
      throw new InvalidValueException("value.required", field);
    }
    if (name.length() > MAX_LENGTH) {
      throw new InvalidValueException("nama.tooLong", field, MAX_LENGTH, name.length());
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= '0' && c <= '9') {
        throw new InvalidValueException("nama.digits", field);
      }
      if (!(c >= 'A' && c <= 'Z') && c != ' ' && PUNCTUATION.indexOf(c) < 0) {
        String base = unaccented(c);
        if (base != null) {
          // Pasal 5(1)a: Latin letters as Indonesian spelling writes them, which has no diacritics
          throw new InvalidValueException("nama.accent", field, String.valueOf(c), base);
        }
        throw new InvalidValueException("nama.character", field, String.valueOf(c));
      }
    }
  }

  /** The letter A to Z that {@code c} is with its accent taken off (É is E), or null if none. */
  private static String unaccented(char c) {
    String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return base.length() == 1 && base.charAt(0) >= 'A' && base.charAt(0) <= 'Z' ? base : null;
  }

  /**
   * Codes of what the regulation asks against, under the shipped lists ({@link NameRules#standard}):
   * one word, punctuation in the name itself, a watched word.
   */
  public List<String> warnings() {
    return NameRules.standard().warnings(this).stream().map(NameRules.Warning::code).toList();
  }

  @Override
  public String toString() {
    return value;
  }
}
