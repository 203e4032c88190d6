package id.dukcapilceria.kk.domain.kartukeluarga;

import java.util.Locale;

/**
 * Golongan darah, column (9) of the card, with its SIAK code (docs/domain.md §2.7). {@link #TIDAK_TAHU}
 * (code 13) is allowed and is printed as {@code TIDAK TAHU}.
 */
public enum GolonganDarah implements SiakCode {
  A(1),
  B(2),
  AB(3),
  O(4),
  A_POSITIF(5),
  A_NEGATIF(6),
  B_POSITIF(7),
  B_NEGATIF(8),
  AB_POSITIF(9),
  AB_NEGATIF(10),
  O_POSITIF(11),
  O_NEGATIF(12),
  TIDAK_TAHU(13);

  private final int siakCode;

  GolonganDarah(int siakCode) {
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
