package id.dukcapilceria.kk.domain.kartukeluarga;

import java.util.Locale;

/**
 * Agama / kepercayaan, column (6) of the card, with its SIAK code (docs/domain.md §2.1). Followers of a
 * kepercayaan (penghayat) are printed as {@code KEPERCAYAAN TERHADAP TUHAN YME}.
 */
public enum Agama implements SiakCode {
  ISLAM(1),
  KRISTEN(2),
  KATHOLIK(3),
  HINDU(4),
  BUDHA(5),
  KHONGHUCU(6),
  KEPERCAYAAN_TERHADAP_TUHAN_YME(7);

  private final int siakCode;

  Agama(int siakCode) {
    this.siakCode = siakCode;
  }

  @Override
  public int siakCode() {
    return siakCode;
  }

  @Override
  public String label(Locale locale) {
    return CodeLabels.label(this, locale);
  }
}
