/**
 * The hash-chained, append-only audit trail: who did what, in which role, to which application,
 * and when. Every entry carries the SHA-256 of its content chained to the previous entry's hash,
 * so a change made directly in the database shows up when the chain is verified. See {@link
 * id.dukcapilceria.kk.workflow.audit.AuditTrail} for what the chain does and does not protect
 * against.
 */
package id.dukcapilceria.kk.workflow.audit;
