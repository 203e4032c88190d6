package id.dukcapilceria.kk.signature.render;

import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import java.time.LocalDate;
import id.dukcapilceria.kk.domain.pejabat.SigningOfficial;
import java.util.Objects;

/**
 * Everything printed on one KK page: the card itself plus the region names and the signing
 * official, which the domain model does not hold (it only knows region codes).
 *
 * @param official who signs and in which capacity (the head of office, or Plh./Plt.)
 * @param verificationUrl the address encoded in the QR code (the public verification page)
 * @param specimen true for demo/training output: the page then carries a large "SPESIMEN" mark
 */
public record KkDocument(
    KartuKeluarga kartuKeluarga,
    String namaDesa,
    String namaKecamatan,
    String namaKabupaten,
    String namaProvinsi,
    LocalDate dikeluarkanTanggal,
    SigningOfficial official,
    String verificationUrl,
    boolean specimen) {

  public KkDocument {
    Objects.requireNonNull(kartuKeluarga, "kartuKeluarga");
    Objects.requireNonNull(dikeluarkanTanggal, "dikeluarkanTanggal");
    namaDesa = nullToEmpty(namaDesa);
    namaKecamatan = nullToEmpty(namaKecamatan);
    namaKabupaten = nullToEmpty(namaKabupaten);
    namaProvinsi = nullToEmpty(namaProvinsi);
    Objects.requireNonNull(official, "official");
    if (verificationUrl == null || verificationUrl.isBlank()) {
      throw new IllegalArgumentException("verificationUrl is required: the QR code encodes it");
    }
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value.trim();
  }
}
