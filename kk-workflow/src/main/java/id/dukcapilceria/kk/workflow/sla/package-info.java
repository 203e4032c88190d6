/** The SOP's time standards (mutu baku) measured against each application's history. */
package id.dukcapilceria.kk.workflow.sla;
