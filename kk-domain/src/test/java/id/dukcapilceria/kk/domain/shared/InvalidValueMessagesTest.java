package id.dukcapilceria.kk.domain.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every code a value object can refuse with has its message in Indonesian and English. */
class InvalidValueMessagesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "value.required, nik", "value.digitsOnly, nik", "value.tooLong, alamat", "nik.length, nik",
    "nik.day, nik", "nik.month, nik", "nik.serial, nik", "nomorKk.length, nomorKk", "nomorKk.zero, nomorKk",
    "kodeWilayah.form, kodeWilayah", "kodeWilayah.notVillage, kodeDesa", "kodePos.form, kodePos",
    "rtRw.length, rt", "kk.noMembers, anggota", "nama.tooLong, namaLengkap", "nama.digits, namaLengkap",
    "nama.character, namaLengkap", "dokumen.characters, noAktaLahir"
  })
  void hasBothMessages(String code, String field) {
    InvalidValueException e = new InvalidValueException(code, field, 1, 2);
    String indonesian = e.getMessage();
    String english = e.message(Locale.ENGLISH);
    assertFalse(indonesian.startsWith(code), indonesian);
    assertFalse(english.startsWith(code), english);
    assertNotEquals(indonesian, english);
  }
}
