/** The boundary to Kemendagri's SIAK, which alone assigns NIKs and KK numbers. */
package id.dukcapilceria.kk.workflow.siak;
