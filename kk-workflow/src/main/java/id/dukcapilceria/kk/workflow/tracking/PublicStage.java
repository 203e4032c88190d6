package id.dukcapilceria.kk.workflow.tracking;

import id.dukcapilceria.kk.workflow.permohonan.Status;

/**
 * Where an application stands, as the citizen needs to know it: the SOP's statuses folded into the
 * stages a citizen can act on. Which officer holds it inside the Disdukcapil is not theirs to
 * follow, so the three statuses of checking and confirming are one stage.
 */
public enum PublicStage {
  /** Received at the nagari office and sent to the Disdukcapil. */
  DITERIMA,
  /** Being checked and confirmed at the Disdukcapil. */
  DIPROSES,
  /** Returned to the nagari: the citizen brings what is asked for ({@link PublicStatus#returnReason}). */
  PERLU_DILENGKAPI,
  /** Signed electronically by the head of office; being registered and sent to the nagari. */
  DITANDATANGANI,
  /** At the nagari office, ready to be collected. */
  SIAP_DIAMBIL,
  /** Collected. */
  SELESAI,
  /** Refused, with the reason. */
  DITOLAK;

  /** The stage of an application in {@code status}. */
  public static PublicStage of(Status status) {
    return switch (status) {
      case DIAJUKAN -> DITERIMA;
      case DIKEMBALIKAN_KE_OPERATOR, DIVERIFIKASI, DIKONFIRMASI -> DIPROSES;
      case PERLU_DILENGKAPI -> PERLU_DILENGKAPI;
      case DITANDATANGANI -> DITANDATANGANI;
      case TERKIRIM -> SIAP_DIAMBIL;
      case SELESAI -> SELESAI;
      case DITOLAK -> DITOLAK;
    };
  }
}
