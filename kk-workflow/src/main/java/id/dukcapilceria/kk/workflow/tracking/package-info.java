/**
 * What a citizen may see of their application without signing in: with the number and the kode
 * lacak of their tanda terima ({@link id.dukcapilceria.kk.workflow.permohonan.TrackingCode}), the
 * stage it has reached in plain terms ({@link id.dukcapilceria.kk.workflow.tracking.PublicStage})
 * and what to bring when it was returned, and nothing else of the family.
 */
package id.dukcapilceria.kk.workflow.tracking;
