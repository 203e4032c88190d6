/** RFC 3161 time-stamps over bytes other than PDFs (the audit trail's seals). */
package id.dukcapilceria.kk.signature.timestamp;
