/** Rules across the fields and members of a card, with their severities and messages. */
package id.dukcapilceria.kk.domain.validasi;
