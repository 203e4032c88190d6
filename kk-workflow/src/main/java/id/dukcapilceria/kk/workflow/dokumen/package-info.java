/** Documents produced by the workflow: the signed KK PDF and its verification token. */
package id.dukcapilceria.kk.workflow.dokumen;
