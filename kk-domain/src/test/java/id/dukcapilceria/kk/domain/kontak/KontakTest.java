package id.dukcapilceria.kk.domain.kontak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KontakTest {

  @ParameterizedTest
  @CsvSource({
      "0812-3456-7890, +6281234567890",
      "+62 812 3456 7890, +6281234567890",
      "6281234567890, +6281234567890",
      "(0812) 345.678, +62812345678",
      "  0857123456789 , +62857123456789"})
  void mobileNumbersAreKeptInInternationalForm(String typed, String kept) {
    assertEquals(kept, NomorPonsel.of(typed).value());
  }

  @ParameterizedTest
  @CsvSource({
      "'', value.required",
      "0751-123456, ponsel.mobile",
      "+65 8123 4567, ponsel.country",
      "0812 345 67, ponsel.length",
      "0812345678901234, ponsel.length",
      "0812/3456/7890, ponsel.form",
      "8123456789, ponsel.form",
      "0812+3456789, ponsel.form",
      "081234567890123456789012345678901, value.tooLong"})
  void whatCannotBeAMobileNumberIsRefusedWithItsReason(String typed, String code) {
    InvalidValueException refused = assertThrows(InvalidValueException.class, () -> NomorPonsel.of(typed));
    assertEquals(code, refused.code());
    assertEquals("ponsel", refused.field());
  }

  @ParameterizedTest
  @CsvSource({
      "Siti.Aminah@Contoh.ID, Siti.Aminah@contoh.id",
      " warga+kk@mail.padangpariamankab.go.id , warga+kk@mail.padangpariamankab.go.id"})
  void addressesKeepTheirLocalPartAndLowerTheirDomain(String typed, String kept) {
    assertEquals(kept, AlamatSurel.of(typed).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"siti", "@contoh.id", "siti@", "siti@contoh", "si ti@contoh.id", "siti..a@contoh.id",
      "siti@contoh..id", "siti@-contoh.id", "siti@[10.0.0.1]", "siti@10.0.0.1", "\"siti\"@contoh.id",
      "siti@contoh.id\r\nBcc: x@y.id"})
  void whatCannotBeAnAddressIsRefused(String typed) {
    InvalidValueException refused = assertThrows(InvalidValueException.class, () -> AlamatSurel.of(typed));
    assertEquals("surel", refused.field());
  }

  @org.junit.jupiter.api.Test
  void refusalsNameTheFieldInBothLanguagesAndMaskingHidesTheAddress() {
    InvalidValueException refused = assertThrows(InvalidValueException.class, () -> NomorPonsel.of("0751-123456"));
    assertEquals("Nomor ponsel harus nomor seluler (diawali 08 atau +628), bukan telepon rumah.", refused.getMessage());
    assertEquals("Mobile number must be a mobile number (starting 08 or +628), not a fixed line.",
        refused.message(Locale.ENGLISH));
    assertEquals("+62812*****890", NomorPonsel.of("081234567890").masked());
    assertEquals("s***@contoh.id", AlamatSurel.of("siti@contoh.id").toString());
    assertThrows(InvalidValueException.class, () -> AlamatSurel.of("a".repeat(65) + "@contoh.id"));
    assertThrows(InvalidValueException.class, () -> AlamatSurel.of("a@" + "b".repeat(300) + ".id"));
  }

  @org.junit.jupiter.api.Test
  void anAddressWithoutConsentIsRefusedAndBlankFieldsAreNone() {
    InvalidValueException refused = assertThrows(InvalidValueException.class,
        () -> CitizenContact.typed("siti@contoh.id", "", MessageLanguage.INDONESIAN, false));
    assertEquals("persetujuanKontak", refused.field());
    assertEquals(CitizenContact.NONE, CitizenContact.typed(" ", null, null, false));
    CitizenContact both = CitizenContact.typed("siti@contoh.id", "0812 3456 7890", MessageLanguage.ofTag("en-GB"), true);
    assertEquals("+6281234567890", both.ponsel().orElseThrow().value());
    assertEquals(MessageLanguage.ENGLISH, both.language());
    assertEquals(MessageLanguage.INDONESIAN, MessageLanguage.ofTag("fr"));
    assertEquals(MessageLanguage.ENGLISH, MessageLanguage.chosen("en"));
    assertEquals(MessageLanguage.INDONESIAN, MessageLanguage.chosen(""));
    InvalidValueException french = assertThrows(InvalidValueException.class, () -> MessageLanguage.chosen("fr"));
    assertEquals("bahasa", french.field());
    assertEquals("Bahasa pemberitahuan \u201cfr\u201d tidak dikenal; pilih id (Bahasa Indonesia) atau en (English).",
        french.getMessage());
    assertThrows(InvalidValueException.class, () -> CitizenContact.typed("", "0751 123456", null, true));
  }
}
