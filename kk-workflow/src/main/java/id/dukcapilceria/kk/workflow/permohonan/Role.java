package id.dukcapilceria.kk.workflow.permohonan;

/** The roles of SOP 46/2019, plus the administrator who manages users. */
public enum Role {
  /** Pemohon: the nagari operator who takes in the citizen's files (SOP steps 1 and 7). */
  OPERATOR_NAGARI,
  /** Operator penerima layanan digital at the Dinas (SOP steps 2 and 5). */
  OPERATOR_LAYANAN,
  /** Kepala seksi / kepala bidang who confirms the data (SOP step 3). */
  KASI_KABID,
  /** Kepala Dinas who signs electronically (SOP step 4). */
  KADIS,
  /** Manages users, settings and the audit trail; takes no step in the SOP. */
  ADMIN;

  /**
   * Whether the role reads families' data (applications, cards, scans): the four SOP roles. The
   * administrator manages accounts and settings and needs none of it (least privilege, UU 27/2022
   * on personal data protection: processing limited to its purpose).
   */
  public boolean readsFamilyData() {
    return this != ADMIN;
  }

  /**
   * Whether the role is one of the Dinas officers (SOP steps 2 to 5): they keep and read the buku
   * register and the buku permasalahan, answer for the SOP's time standards, see every nagari's
   * applications and the card before it is signed. Nagari operators and the administrator are not.
   */
  public boolean isDinas() {
    return this == OPERATOR_LAYANAN || this == KASI_KABID || this == KADIS;
  }
}
