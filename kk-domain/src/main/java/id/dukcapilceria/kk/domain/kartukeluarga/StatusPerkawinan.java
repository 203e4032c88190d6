package id.dukcapilceria.kk.domain.kartukeluarga;

import java.util.Locale;

/**
 * Status perkawinan as printed in column (10) of the current card (since Permendagri 118/2017): 6
 * values, numbered by {@link #siakCode()} as form F-1.01 numbers them (docs/domain.md §2.5). SIAK's
 * and OpenSID's tables still number the older four (1 BELUM KAWIN, 2 KAWIN, 3 CERAI HIDUP, 4 CERAI
 * MATI; {@link #siak4Code()}), and that is what a bare number from another system means: {@link
 * CodeReading} reads it, never as an F-1.01 number.
 *
 * <p>Evidence each value needs (docs/domain.md §2.5):
 *
 * <ul>
 *   <li>{@link #BELUM_KAWIN}: none;
 *   <li>{@link #KAWIN_TERCATAT}: buku nikah / kutipan akta perkawinan;
 *   <li>{@link #KAWIN_BELUM_TERCATAT}: SPTJM perkawinan belum tercatat (F-1.05);
 *   <li>{@link #CERAI_HIDUP_TERCATAT}: akta perceraian / putusan;
 *   <li>{@link #CERAI_HIDUP_BELUM_TERCATAT}: SPTJM (F-1.05);
 *   <li>{@link #CERAI_MATI}: akta / surat kematian of the spouse.
 * </ul>
 */
public enum StatusPerkawinan implements SiakCode {
  BELUM_KAWIN(1, 1),
  KAWIN_TERCATAT(2, 2),
  KAWIN_BELUM_TERCATAT(3, 2),
  CERAI_HIDUP_TERCATAT(4, 3),
  CERAI_HIDUP_BELUM_TERCATAT(5, 3),
  CERAI_MATI(6, 4);

  private final int siakCode;
  private final int siak4Code;

  StatusPerkawinan(int siakCode, int siak4Code) {
    this.siakCode = siakCode;
    this.siak4Code = siak4Code;
  }

  /** The F-1.01 code of the printed value, 1 to 6. */
  @Override
  public int siakCode() {
    return siakCode;
  }

  /**
   * The legacy 4-value SIAK code: 1 BELUM KAWIN, 2 KAWIN (both KAWIN values), 3 CERAI HIDUP (both
   * CERAI HIDUP values), 4 CERAI MATI. Not reversible: it drops tercatat / belum tercatat.
   */
  public int siak4Code() {
    return siak4Code;
  }

  @Override
  public String label(Locale locale) {
    return CodeLabels.label(this, locale);
  }

  /** Currently married: {@link #KAWIN_TERCATAT} or {@link #KAWIN_BELUM_TERCATAT}. */
  public boolean isMarried() {
    return this == KAWIN_TERCATAT || this == KAWIN_BELUM_TERCATAT;
  }

  /** Married now or before: every value but {@link #BELUM_KAWIN}. */
  public boolean everMarried() {
    return this != BELUM_KAWIN;
  }

  /**
   * A "belum tercatat" value ({@link #KAWIN_BELUM_TERCATAT}, {@link #CERAI_HIDUP_BELUM_TERCATAT}),
   * backed by an SPTJM (F-1.05) instead of a certificate.
   */
  public boolean isUnrecorded() {
    return this == KAWIN_BELUM_TERCATAT || this == CERAI_HIDUP_BELUM_TERCATAT;
  }
}
