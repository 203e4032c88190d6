package id.dukcapilceria.kk.domain.kartukeluarga;

import java.util.Locale;

/**
 * Penyandang cacat (disability), with its SIAK code (docs/domain.md §2.9). Not printed on the card but
 * asked on form F-1.01 and kept in the data. Only codes 1 to 6 are disabilities: OpenSID's code 7
 * {@code TIDAK CACAT} is not one, so "no disability" is represented by the absence of a value (an
 * empty {@code Optional} / {@code null}), not by a constant.
 */
public enum PenyandangCacat implements SiakCode {
  CACAT_FISIK(1),
  CACAT_NETRA_BUTA(2),
  CACAT_RUNGU_WICARA(3),
  CACAT_MENTAL_JIWA(4),
  CACAT_FISIK_DAN_MENTAL(5),
  CACAT_LAINNYA(6);

  private final int siakCode;

  PenyandangCacat(int siakCode) {
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
