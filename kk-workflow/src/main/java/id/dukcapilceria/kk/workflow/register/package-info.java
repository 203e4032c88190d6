/**
 * The buku register of issued KKs and the gapless per-year counters behind its numbers.
 */
package id.dukcapilceria.kk.workflow.register;
