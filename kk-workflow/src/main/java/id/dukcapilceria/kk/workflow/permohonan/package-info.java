/**
 * The application (permohonan) aggregate: {@link id.dukcapilceria.kk.workflow.permohonan.Permohonan}
 * is the root; its history ({@code StepRecord}) and buku permasalahan entries ({@code
 * BukuPermasalahanEntry}) live inside it. Transition rules (who, from where, with which guard) are all
 * here.
 */
package id.dukcapilceria.kk.workflow.permohonan;
