/**
 * The Kartu Keluarga aggregate. {@link id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga} is
 * the aggregate root; {@link id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga} lives only
 * inside it. Value objects ({@code Nik}, {@code NomorKk}, {@code KodeWilayah}, {@code RtRw}) refuse
 * invalid input in their factories.
 */
package id.dukcapilceria.kk.domain.kartukeluarga;
