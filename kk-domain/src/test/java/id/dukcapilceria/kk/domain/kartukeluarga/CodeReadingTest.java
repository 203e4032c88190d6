package id.dukcapilceria.kk.domain.kartukeluarga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.kartukeluarga.CodeReading.CodeSystem;
import id.dukcapilceria.kk.domain.kartukeluarga.CodeReading.Facts;
import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Another system's numbers are read as SIAK's, the printed form's only when named: never a
 * different value than the sender meant (docs/domain.md §2).
 */
class CodeReadingTest {

  private static final Facts WITH_CERTIFICATES = new Facts(true, true);

  @Test
  void siaksFourMarriageNumbersAreReadAsSiaksNeverAsTheFormsSix() {
    assertEquals(StatusPerkawinan.BELUM_KAWIN, siak(StatusPerkawinan.class, 1, Facts.NONE));
    assertEquals(StatusPerkawinan.CERAI_MATI, siak(StatusPerkawinan.class, 4, Facts.NONE),
        "OpenSID's 4 is CERAI MATI, not the form's CERAI HIDUP TERCATAT");
    assertEquals(StatusPerkawinan.KAWIN_TERCATAT, siak(StatusPerkawinan.class, 2, WITH_CERTIFICATES));
    assertEquals(StatusPerkawinan.CERAI_HIDUP_TERCATAT, siak(StatusPerkawinan.class, 3, WITH_CERTIFICATES),
        "OpenSID's 3 is CERAI HIDUP, not the form's KAWIN BELUM TERCATAT");
    for (int form = 1; form <= 6; form++) {
      assertEquals(form, CodeReading.byNumber(StatusPerkawinan.class, CodeSystem.F_1_01, form, Facts.NONE,
          "statusPerkawinan").orElseThrow().siakCode(), "F-1.01 " + form + " named as such");
    }
  }

  @Test
  void kawinOrCeraiHidupWithoutItsCertificateIsRefusedSayingWhatToSend() {
    InvalidValueException married = assertThrows(InvalidValueException.class,
        () -> siak(StatusPerkawinan.class, 2, new Facts(false, true)));
    assertEquals("code.marriedUnclear", married.code());
    assertTrue(married.getMessage().contains("KAWIN_BELUM_TERCATAT"), married.getMessage());
    assertTrue(married.message(Locale.ENGLISH).startsWith("Marital status:"), married.message(Locale.ENGLISH));
    InvalidValueException divorced = assertThrows(InvalidValueException.class,
        () -> siak(StatusPerkawinan.class, 3, new Facts(true, false)));
    assertEquals("code.divorcedUnclear", divorced.code());
    assertTrue(divorced.getMessage().contains("CERAI_HIDUP_TERCATAT"), divorced.getMessage());
    for (int unknown : new int[] {0, 5, 6, -1}) {
      InvalidValueException refused = assertThrows(InvalidValueException.class,
          () -> siak(StatusPerkawinan.class, unknown, WITH_CERTIFICATES));
      assertEquals("code.unknownNumber", refused.code());
      assertTrue(refused.getMessage().contains("4 CERAI MATI"), refused.getMessage());
    }
  }

  @Test
  void opensidsAdditionsGetTheProjectsMeaningOrAClearRefusal() {
    assertEquals(Optional.empty(), CodeReading.byNumber(PenyandangCacat.class, CodeSystem.SIAK, 7, Facts.NONE,
        "penyandangCacat"), "TIDAK CACAT is no disability");
    assertEquals(Optional.empty(), CodeReading.byName(PenyandangCacat.class, "tidak cacat", Facts.NONE,
        "penyandangCacat"));
    InvalidValueException dual = assertThrows(InvalidValueException.class,
        () -> siak(Kewarganegaraan.class, 3, Facts.NONE));
    assertEquals("code.dualCitizenship", dual.code());
    assertTrue(dual.getMessage().contains("WNI atau WNA"), dual.getMessage());
    assertThrows(InvalidValueException.class,
        () -> CodeReading.byName(Kewarganegaraan.class, "DUA KEWARGANEGARAAN", Facts.NONE, "kewarganegaraan"));
  }

  @Test
  void namesAndPrintedLabelsAreReadAndSiaksOldLabelsAsItsNumbers() {
    assertEquals(Optional.of(StatusPerkawinan.KAWIN_BELUM_TERCATAT),
        CodeReading.byName(StatusPerkawinan.class, "kawin_belum_tercatat", Facts.NONE, "statusPerkawinan"));
    assertEquals(Optional.of(StatusPerkawinan.CERAI_HIDUP_BELUM_TERCATAT),
        CodeReading.byName(StatusPerkawinan.class, " Cerai  Hidup Belum Tercatat ", Facts.NONE, "statusPerkawinan"));
    assertEquals(Optional.of(GolonganDarah.TIDAK_TAHU),
        CodeReading.byName(GolonganDarah.class, "TIDAK TAHU", Facts.NONE, "golonganDarah"));
    assertEquals("code.marriedUnclear", assertThrows(InvalidValueException.class,
        () -> CodeReading.byName(StatusPerkawinan.class, "KAWIN", Facts.NONE, "statusPerkawinan")).code());
    assertEquals(Optional.of(StatusPerkawinan.KAWIN_TERCATAT),
        CodeReading.byName(StatusPerkawinan.class, "KAWIN", WITH_CERTIFICATES, "statusPerkawinan"));
    InvalidValueException unknown = assertThrows(InvalidValueException.class,
        () -> CodeReading.byName(Agama.class, "ATEIS", Facts.NONE, "agama"));
    assertEquals("code.unknownName", unknown.code());
    assertTrue(unknown.getMessage().startsWith("Agama: \"ATEIS\""), unknown.getMessage());
  }

  static Stream<Arguments> everyOtherList() {
    return Stream.of(Agama.class, JenisKelamin.class, PendidikanDalamKk.class, JenisPekerjaan.class,
        GolonganDarah.class, StatusHubunganDalamKeluarga.class, Kewarganegaraan.class, PenyandangCacat.class)
        .map(Arguments::of);
  }

  /** Every other list: a SIAK number is its value, in either system; a number not in it is refused. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("everyOtherList")
  @SuppressWarnings({"unchecked", "rawtypes"})
  void everyNumberOfEveryOtherListIsItsSiakValueAndNothingElse(Class list) {
    for (Object constant : list.getEnumConstants()) {
      SiakCode value = (SiakCode) constant;
      for (CodeSystem system : List.of(CodeSystem.SIAK, CodeSystem.F_1_01)) {
        assertEquals(Optional.of(value), CodeReading.byNumber(list, system, value.siakCode(), Facts.NONE, "x"));
      }
    }
    for (int unknown : new int[] {0, -3, 99}) {
      assertThrows(InvalidValueException.class, () -> CodeReading.byNumber(list, CodeSystem.SIAK, unknown,
          Facts.NONE, "x"));
    }
  }

  @Test
  void systemsAreNamedAsWritten() {
    assertEquals(Optional.of(CodeSystem.F_1_01), CodeSystem.named(" f-1.01 "));
    assertEquals(Optional.of(CodeSystem.SIAK), CodeSystem.named("siak"));
    assertEquals(Optional.empty(), CodeSystem.named("OpenSID"));
  }

  private static <E extends Enum<E> & SiakCode> E siak(Class<E> list, int number, Facts facts) {
    return CodeReading.byNumber(list, CodeSystem.SIAK, number, facts, "statusPerkawinan").orElseThrow();
  }
}
