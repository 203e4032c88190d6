/** KK service types (jenis layanan) and the requirement documents each needs. */
package id.dukcapilceria.kk.domain.layanan;
