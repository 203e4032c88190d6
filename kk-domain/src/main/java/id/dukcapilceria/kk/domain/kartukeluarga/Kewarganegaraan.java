package id.dukcapilceria.kk.domain.kartukeluarga;

import java.util.Locale;

/**
 * Kewarganegaraan, column (13) of the card, with its SIAK code (docs/domain.md §2.8). Only the two
 * values printed on the card: OpenSID's code 3 {@code DUA KEWARGANEGARAAN} (an OpenSID addition for
 * children of mixed marriages) is not printed on the KK and is left out.
 */
public enum Kewarganegaraan implements SiakCode {
  WNI(1),
  WNA(2);

  private final int siakCode;

  Kewarganegaraan(int siakCode) {
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
