/** Kemendagri region codes and names (kode wilayah), shipped as ODbL data with attribution. */
package id.dukcapilceria.kk.domain.wilayah;
