package id.dukcapilceria.kk.domain.kartukeluarga;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Looks up the labels of the code lists in the bundle {@value #BUNDLE}, keys {@code
 * <EnumSimpleName>.<CONSTANT>}. The base bundle is Indonesian (the printed labels); {@code
 * codes_en} is English. No fallback to the JVM's default locale, so Indonesian stays Indonesian on
 * an English machine.
 */
final class CodeLabels {

  static final String BUNDLE = "id.dukcapilceria.kk.domain.codes";
  static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private CodeLabels() {}

  /** The bundle key of a constant, e.g. {@code Agama.ISLAM}. */
  static String key(Enum<?> value) {
    return value.getDeclaringClass().getSimpleName() + "." + value.name();
  }

  /** The label of {@code value} in {@code locale}; the key itself when the bundle lacks it. */
  static String label(Enum<?> value, Locale locale) {
    String key = key(value);
    try {
      return ResourceBundle.getBundle(BUNDLE, locale == null ? INDONESIAN : locale, NO_FALLBACK)
          .getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
