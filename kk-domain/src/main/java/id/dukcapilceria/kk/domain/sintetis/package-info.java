/** Plainly synthetic, reproducible families for demos, tests and load measurements. */
package id.dukcapilceria.kk.domain.sintetis;
