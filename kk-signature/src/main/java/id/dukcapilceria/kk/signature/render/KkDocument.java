package id.dukcapilceria.kk.signature.render;

import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.pejabat.IssuingOffice;
import id.dukcapilceria.kk.domain.pejabat.SigningOfficial;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything printed on one KK page: the card itself plus the region names and the signing
 * official, which the domain model does not hold (it only knows region codes).
 *
 * @param official who signs and in which capacity (the head of office, or Plh./Plt.)
 * @param office the Disdukcapil that issues the card: its head's title, its time zone
 * @param verificationUrl the address encoded in the QR code (the public verification page)
 * @param certificate whose certificate signs it: the demo PKI's (the page then carries a large
 *     "SPESIMEN" mark), BSrE's (the footer says so), or another certification authority's
 */
public record KkDocument(
    KartuKeluarga kartuKeluarga,
    String namaDesa,
    String namaKecamatan,
    String namaKabupaten,
    String namaProvinsi,
    LocalDate dikeluarkanTanggal,
    SigningOfficial official,
    IssuingOffice office,
    String verificationUrl,
    Certificate certificate) {

  /** Whose certificate the card is signed with: it decides the marks and the footer's statement. */
  public enum Certificate {
    /** The demo PKI's key, which is public: every page says SPESIMEN. */
    DEMO,
    /** An official's certificate issued by BSrE (BSSN), as the real card states in its footer. */
    BSRE,
    /** A certificate of another certification authority (a token under another CA). */
    OTHER
  }

  public KkDocument {
    Objects.requireNonNull(kartuKeluarga, "kartuKeluarga");
    Objects.requireNonNull(dikeluarkanTanggal, "dikeluarkanTanggal");
    namaDesa = nullToEmpty(namaDesa);
    namaKecamatan = nullToEmpty(namaKecamatan);
    namaKabupaten = nullToEmpty(namaKabupaten);
    namaProvinsi = nullToEmpty(namaProvinsi);
    Objects.requireNonNull(official, "official");
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(certificate, "certificate");
    if (verificationUrl == null || verificationUrl.isBlank()) {
      throw new IllegalArgumentException("verificationUrl is required: the QR code encodes it");
    }
  }

  /** Demo or training output, marked SPESIMEN on every page. */
  public boolean specimen() {
    return certificate == Certificate.DEMO;
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value.trim();
  }
}
