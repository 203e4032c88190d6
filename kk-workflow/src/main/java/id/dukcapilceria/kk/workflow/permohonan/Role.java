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
  /** Manages users; takes no step in the SOP. */
  ADMIN
}
