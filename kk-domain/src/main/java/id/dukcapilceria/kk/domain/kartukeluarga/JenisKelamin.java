package id.dukcapilceria.kk.domain.kartukeluarga;

import id.dukcapilceria.kk.domain.shared.Messages;
import java.util.Locale;

/** Jenis kelamin with its SIAK code (domain.md §2.2). */
public enum JenisKelamin {
  LAKI_LAKI(1),
  PEREMPUAN(2);

  private final int siakCode;

  JenisKelamin(int siakCode) {
    this.siakCode = siakCode;
  }

  public int siakCode() {
    return siakCode;
  }

  /** The label printed on the card, e.g. {@code LAKI-LAKI}. */
  public String label() {
    return Messages.text("JenisKelamin." + name());
  }

  public String label(Locale locale) {
    return Messages.text("JenisKelamin." + name(), locale);
  }
}
