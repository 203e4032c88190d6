package id.dukcapilceria.kk.domain.kartukeluarga;

import java.util.Locale;

/**
 * Pendidikan dalam KK (last education completed), column (7) of the card, with its SIAK code
 * (docs/domain.md §2.3). Labels of codes 9 and 10 follow OpenSID's seeder ({@code STRATA II}, {@code
 * STRATA III}); OpenSID's PHP enum has them wrong. The separate list "pendidikan sedang ditempuh"
 * is not printed on the card and is not modelled here.
 */
public enum PendidikanDalamKk implements SiakCode {
  TIDAK_BELUM_SEKOLAH(1),
  BELUM_TAMAT_SD_SEDERAJAT(2),
  TAMAT_SD_SEDERAJAT(3),
  SLTP_SEDERAJAT(4),
  SLTA_SEDERAJAT(5),
  DIPLOMA_I_II(6),
  AKADEMI_DIPLOMA_III_S_MUDA(7),
  DIPLOMA_IV_STRATA_I(8),
  STRATA_II(9),
  STRATA_III(10);

  private final int siakCode;

  PendidikanDalamKk(int siakCode) {
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
