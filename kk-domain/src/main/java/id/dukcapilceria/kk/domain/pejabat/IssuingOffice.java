package id.dukcapilceria.kk.domain.pejabat;

import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The Disdukcapil that issues and signs the cards: a regency's or a city's office (Perpres
 * 96/2018: the KK is issued by the Disdukcapil of the regency or city where the family lives;
 * docs/domain.md §1.4). The one place the libraries learn which office they work for: the title
 * of its head under the signature, the location of the signature, the time zone of its dates.
 * Another Disdukcapil configures its own and changes nothing in the code.
 *
 * @param regency the regency's or city's code ({@code 13.05})
 * @param regencyName its name as Kemendagri lists it ("Kabupaten Padang Pariaman", "Kota Padang")
 * @param zone the office's time zone (WIB, WITA or WIT), for the dates on the card and the signature
 */
public record IssuingOffice(KodeWilayah regency, String regencyName, ZoneId zone) {

  /** The first line of the head of office's title on every card (docs/domain.md §1.4). */
  public static final String HEAD_OF_OFFICE = "KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL";

  public IssuingOffice {
    Objects.requireNonNull(regency, "regency");
    Objects.requireNonNull(zone, "zone");
    if (!regency.isRegency()) {
      throw new IllegalArgumentException("An issuing office is a regency's or a city's: " + regency);
    }
    if (regencyName == null || regencyName.isBlank()) {
      throw new IllegalArgumentException("The regency's name is required");
    }
    regencyName = regencyName.strip();
  }

  /** The office of {@code regency}, named as the region directory names it. */
  public static IssuingOffice of(KodeWilayah regency, WilayahDirectory wilayah, ZoneId zone) {
    String name = wilayah.find(regency)
        .orElseThrow(() -> new IllegalArgumentException("No regency or city has the code " + regency))
        .nama();
    return new IssuingOffice(regency, name, zone);
  }

  /** The head of office's title as the card prints it under the signature, line by line. */
  public List<String> headTitle() {
    return List.of(HEAD_OF_OFFICE, regencyName.toUpperCase(Locale.ROOT));
  }

  /** Where a card is signed, as its signature names it ("Kabupaten Padang Pariaman"). */
  public String location() {
    return regencyName;
  }
}
