package id.dukcapilceria.kk.domain.kartukeluarga;

import java.util.Locale;

/**
 * Status hubungan dalam keluarga (SHDK), column (12) of the card, with its SIAK code (docs/domain.md
 * §2.6).
 */
public enum StatusHubunganDalamKeluarga implements SiakCode {
  KEPALA_KELUARGA(1),
  SUAMI(2),
  ISTRI(3),
  ANAK(4),
  MENANTU(5),
  CUCU(6),
  ORANGTUA(7),
  MERTUA(8),
  FAMILI_LAIN(9),
  PEMBANTU(10),
  LAINNYA(11);

  private final int siakCode;

  StatusHubunganDalamKeluarga(int siakCode) {
    this.siakCode = siakCode;
  }

  @Override
  public int siakCode() {
    return siakCode;
  }

  /** The label printed on the card, e.g. {@code KEPALA KELUARGA}. */
  @Override
  public String label() {
    return label(CodeLabels.INDONESIAN);
  }

  @Override
  public String label(Locale locale) {
    return CodeLabels.label(this, locale);
  }
}
