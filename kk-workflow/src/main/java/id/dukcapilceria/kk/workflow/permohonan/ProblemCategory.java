package id.dukcapilceria.kk.workflow.permohonan;

/**
 * Categories of the buku permasalahan. The Dinas's own categories are not known yet (docs/domain.md §8
 * point 4, VERIFY); these follow the examples in docs/domain.md §6.
 */
public enum ProblemCategory {
  BERKAS_TIDAK_LENGKAP,
  DATA_TIDAK_SESUAI,
  NIK_GANDA,
  STATUS_KAWIN_TANPA_BUKTI,
  LAINNYA
}
