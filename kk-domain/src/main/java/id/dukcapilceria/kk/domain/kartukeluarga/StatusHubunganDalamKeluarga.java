package id.dukcapilceria.kk.domain.kartukeluarga;

import id.dukcapilceria.kk.domain.shared.Messages;
import java.util.Locale;

/** Status hubungan dalam keluarga (SHDK) with its SIAK code (domain.md §2.6). */
public enum StatusHubunganDalamKeluarga {
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

  public int siakCode() {
    return siakCode;
  }

  public String label() {
    return Messages.text("StatusHubunganDalamKeluarga." + name());
  }

  public String label(Locale locale) {
    return Messages.text("StatusHubunganDalamKeluarga." + name(), locale);
  }
}
