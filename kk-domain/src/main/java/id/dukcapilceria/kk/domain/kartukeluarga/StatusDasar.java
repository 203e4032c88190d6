package id.dukcapilceria.kk.domain.kartukeluarga;

import java.util.Locale;

/**
 * Status dasar of a resident (alive, dead, moved away ...), with its code (docs/domain.md §2.10, OpenSID
 * {@code tweb_status_dasar}). Codes 5, 7 and 8 are not used. Not printed on the card.
 */
public enum StatusDasar implements SiakCode {
  HIDUP(1),
  MATI(2),
  PINDAH(3),
  HILANG(4),
  PERGI(6),
  TIDAK_VALID(9);

  private final int siakCode;

  StatusDasar(int siakCode) {
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
