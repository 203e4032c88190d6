package id.dukcapilceria.kk.workflow.permohonan;

import java.time.Duration;

/**
 * The activities of SOP 46/SOP/Disdukcapil/X-2019 with their time standard (mutu baku). The SOP
 * numbers its last activity 7 (there is no 6); the numbers are kept as printed.
 */
public enum SopStep {
  INPUT_DATA(1, Role.OPERATOR_NAGARI, 5),
  VERIFIKASI(2, Role.OPERATOR_LAYANAN, 2),
  KONFIRMASI(3, Role.KASI_KABID, 1),
  SERTIFIKASI_ELEKTRONIK(4, Role.KADIS, 1),
  REGISTER_DAN_KIRIM(5, Role.OPERATOR_LAYANAN, 2),
  CETAK_SERAH_ARSIP(7, Role.OPERATOR_NAGARI, 2);

  private final int sopNumber;
  private final Role role;
  private final Duration standard;

  SopStep(int sopNumber, Role role, int standardMinutes) {
    this.sopNumber = sopNumber;
    this.role = role;
    this.standard = Duration.ofMinutes(standardMinutes);
  }

  public int sopNumber() {
    return sopNumber;
  }

  public Role role() {
    return role;
  }

  /** The SOP's mutu baku for this activity. */
  public Duration standard() {
    return standard;
  }
}
