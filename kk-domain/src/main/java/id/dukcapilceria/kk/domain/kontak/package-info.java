/**
 * How a citizen may be reached about an application, if they choose to be: an e-mail address and
 * a mobile number (docs/domain.md §6.2). Both are optional and given only with consent; the values
 * refuse anything that cannot be an address to deliver to.
 */
package id.dukcapilceria.kk.domain.kontak;
