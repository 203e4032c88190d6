package id.dukcapilceria.kk.domain.kartukeluarga;

import java.util.Locale;

/** Jenis kelamin, column (3) of the card, with its SIAK code (docs/domain.md §2.2). */
public enum JenisKelamin implements SiakCode {
  LAKI_LAKI(1),
  PEREMPUAN(2);

  private final int siakCode;

  JenisKelamin(int siakCode) {
    this.siakCode = siakCode;
  }

  @Override
  public int siakCode() {
    return siakCode;
  }

  /** The label printed on the card, e.g. {@code LAKI-LAKI}. */
  @Override
  public String label() {
    return label(CodeLabels.INDONESIAN);
  }

  @Override
  public String label(Locale locale) {
    return CodeLabels.label(this, locale);
  }
}
