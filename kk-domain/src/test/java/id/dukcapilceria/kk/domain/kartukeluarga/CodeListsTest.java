package id.dukcapilceria.kk.domain.kartukeluarga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The official code lists against docs/domain.md §2. */
class CodeListsTest {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  /** Every code list with its expected number of values. */
  static Stream<Arguments> lists() {
    return Stream.of(
        Arguments.of(Agama.class, 7),
        Arguments.of(JenisKelamin.class, 2),
        Arguments.of(PendidikanDalamKk.class, 10),
        Arguments.of(JenisPekerjaan.class, 89),
        Arguments.of(StatusPerkawinan.class, 6),
        Arguments.of(StatusHubunganDalamKeluarga.class, 11),
        Arguments.of(GolonganDarah.class, 13),
        Arguments.of(Kewarganegaraan.class, 2),
        Arguments.of(PenyandangCacat.class, 6),
        Arguments.of(StatusDasar.class, 6));
  }

  static Stream<Enum<?>> allConstants() {
    return lists().flatMap(a -> Arrays.stream(constants((Class<?>) a.get()[0])));
  }

  private static Enum<?>[] constants(Class<?> type) {
    return (Enum<?>[]) type.getEnumConstants();
  }

  private static SiakCode[] codes(Class<?> type) {
    return (SiakCode[]) type.getEnumConstants();
  }

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
            CodeListsTest.class.getResourceAsStream("/id/dukcapilceria/kk/domain/" + name);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }

  @ParameterizedTest(name = "{0} has {1} values")
  @MethodSource("lists")
  void hasTheNumberOfValuesOfDomainMd(Class<?> type, int count) {
    assertEquals(count, type.getEnumConstants().length);
    assertTrue(SiakCode.class.isAssignableFrom(type));
  }

  @ParameterizedTest(name = "{0} codes are unique and positive")
  @MethodSource("lists")
  void codesAreUniqueAndPositive(Class<?> type, int count) {
    Set<Integer> seen = new HashSet<>();
    for (SiakCode value : codes(type)) {
      assertTrue(value.siakCode() > 0, value + " code");
      assertTrue(seen.add(value.siakCode()), type.getSimpleName() + " repeats " + value.siakCode());
    }
    assertEquals(count, seen.size());
  }

  @ParameterizedTest(name = "{0} round-trips through fromSiakCode")
  @MethodSource("lists")
  @SuppressWarnings({"unchecked", "rawtypes"})
  void fromSiakCodeRoundTripsEveryCode(Class type, int count) {
    for (SiakCode value : codes(type)) {
      assertSame(value, SiakCode.fromSiakCode(type, value.siakCode()));
    }
    int max = Arrays.stream(codes(type)).mapToInt(SiakCode::siakCode).max().orElseThrow();
    for (int unknown : new int[] {0, -1, max + 1, 99}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> SiakCode.fromSiakCode(type, unknown));
      assertTrue(e.getMessage().contains(type.getSimpleName()), e.getMessage());
      assertTrue(e.getMessage().contains(String.valueOf(unknown)), e.getMessage());
    }
  }

  @Test
  void fromSiakCodeRefusesTheGapsAndTheLeftOutCodes() {
    assertThrows(IllegalArgumentException.class, () -> SiakCode.fromSiakCode(StatusDasar.class, 5));
    assertThrows(IllegalArgumentException.class, () -> SiakCode.fromSiakCode(StatusDasar.class, 7));
    assertThrows(IllegalArgumentException.class, () -> SiakCode.fromSiakCode(StatusDasar.class, 8));
    // OpenSID's DUA KEWARGANEGARAAN and TIDAK CACAT are deliberately not in the lists.
    assertThrows(
        IllegalArgumentException.class, () -> SiakCode.fromSiakCode(Kewarganegaraan.class, 3));
    assertThrows(
        IllegalArgumentException.class, () -> SiakCode.fromSiakCode(PenyandangCacat.class, 7));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SiakCode.fromSiakCode(Agama.class, 8));
    assertEquals("Unknown SIAK code 8 for code list Agama; known codes: 1, 2, 3, 4, 5, 6, 7", e.getMessage());
  }

  @ParameterizedTest(name = "{0} {1} = {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Agama | 1 | ISLAM",
        "Agama | 3 | KATHOLIK",
        "Agama | 5 | BUDHA",
        "Agama | 6 | KHONGHUCU",
        "Agama | 7 | KEPERCAYAAN TERHADAP TUHAN YME",
        "JenisKelamin | 1 | LAKI-LAKI",
        "JenisKelamin | 2 | PEREMPUAN",
        "PendidikanDalamKk | 1 | TIDAK / BELUM SEKOLAH",
        "PendidikanDalamKk | 2 | BELUM TAMAT SD/SEDERAJAT",
        "PendidikanDalamKk | 7 | AKADEMI/ DIPLOMA III/S. MUDA",
        "PendidikanDalamKk | 8 | DIPLOMA IV/ STRATA I",
        "PendidikanDalamKk | 9 | STRATA II",
        "PendidikanDalamKk | 10 | STRATA III",
        "JenisPekerjaan | 1 | BELUM/TIDAK BEKERJA",
        "JenisPekerjaan | 5 | PEGAWAI NEGERI SIPIL (PNS)",
        "JenisPekerjaan | 9 | PETANI/PEKEBUN",
        "JenisPekerjaan | 29 | TUKANG LAS/PANDAI BESI",
        "JenisPekerjaan | 30 | TUKANG JAHIT",
        "JenisPekerjaan | 31 | TUKANG GIGI",
        "JenisPekerjaan | 48 | ANGGOTA DPR-RI",
        "JenisPekerjaan | 60 | WALIKOTA",
        "JenisPekerjaan | 61 | WAKIL WALIKOTA",
        "JenisPekerjaan | 63 | ANGGOTA DPRD KABUPATEN/KOTA",
        "JenisPekerjaan | 84 | PEDAGANG",
        "JenisPekerjaan | 88 | WIRASWASTA",
        "JenisPekerjaan | 89 | LAINNYA",
        "StatusPerkawinan | 1 | BELUM KAWIN",
        "StatusPerkawinan | 2 | KAWIN TERCATAT",
        "StatusPerkawinan | 3 | KAWIN BELUM TERCATAT",
        "StatusPerkawinan | 5 | CERAI HIDUP BELUM TERCATAT",
        "StatusPerkawinan | 6 | CERAI MATI",
        "StatusHubunganDalamKeluarga | 1 | KEPALA KELUARGA",
        "StatusHubunganDalamKeluarga | 7 | ORANGTUA",
        "StatusHubunganDalamKeluarga | 9 | FAMILI LAIN",
        "StatusHubunganDalamKeluarga | 11 | LAINNYA",
        "GolonganDarah | 1 | A",
        "GolonganDarah | 4 | O",
        "GolonganDarah | 8 | B-",
        "GolonganDarah | 9 | AB+",
        "GolonganDarah | 13 | TIDAK TAHU",
        "Kewarganegaraan | 1 | WNI",
        "Kewarganegaraan | 2 | WNA",
        "PenyandangCacat | 1 | CACAT FISIK",
        "PenyandangCacat | 2 | CACAT NETRA/BUTA",
        "PenyandangCacat | 6 | CACAT LAINNYA",
        "StatusDasar | 1 | HIDUP",
        "StatusDasar | 4 | HILANG",
        "StatusDasar | 6 | PERGI",
        "StatusDasar | 9 | TIDAK VALID"
      })
  @SuppressWarnings({"unchecked", "rawtypes"})
  void spotCodesHaveTheLabelOfDomainMd(String list, int code, String label) throws Exception {
    Class type = Class.forName(getClass().getPackageName() + "." + list);
    SiakCode value = (SiakCode) SiakCode.fromSiakCode(type, code);
    assertEquals(label, value.label());
    assertEquals(label, value.label(INDONESIAN));
  }

  @Test
  void pekerjaanCodesAreExactlyOneToEightyNineInOrder() {
    assertEquals(
        IntStream.rangeClosed(1, 89).boxed().collect(Collectors.toList()),
        Arrays.stream(JenisPekerjaan.values()).map(JenisPekerjaan::siakCode).collect(Collectors.toList()));
    assertEquals(JenisPekerjaan.PETANI_PEKEBUN, SiakCode.fromSiakCode(JenisPekerjaan.class, 9));
    assertEquals(JenisPekerjaan.WIRASWASTA, SiakCode.fromSiakCode(JenisPekerjaan.class, 88));
  }

  @Test
  void statusDasarAndGolonganDarahUseTheirOwnCodes() {
    assertEquals(6, StatusDasar.PERGI.siakCode());
    assertEquals(9, StatusDasar.TIDAK_VALID.siakCode());
    assertEquals(13, GolonganDarah.TIDAK_TAHU.siakCode());
    assertEquals(2, Kewarganegaraan.WNA.siakCode());
  }

  @ParameterizedTest(name = "{0}: siak4 {1}, married {2}, ever married {3}, unrecorded {4}")
  @CsvSource({
    "BELUM_KAWIN, 1, false, false, false",
    "KAWIN_TERCATAT, 2, true, true, false",
    "KAWIN_BELUM_TERCATAT, 2, true, true, true",
    "CERAI_HIDUP_TERCATAT, 3, false, true, false",
    "CERAI_HIDUP_BELUM_TERCATAT, 3, false, true, true",
    "CERAI_MATI, 4, false, true, false"
  })
  void statusPerkawinanMapsToTheLegacyFourValueCode(
      StatusPerkawinan status, int siak4, boolean married, boolean everMarried, boolean unrecorded) {
    assertEquals(siak4, status.siak4Code());
    assertEquals(married, status.isMarried());
    assertEquals(everMarried, status.everMarried());
    assertEquals(unrecorded, status.isUnrecorded());
  }

  @Test
  void kawinBelumTercatatIsF101Code3AndLegacyCode2() {
    StatusPerkawinan status = SiakCode.fromSiakCode(StatusPerkawinan.class, 3);
    assertSame(StatusPerkawinan.KAWIN_BELUM_TERCATAT, status);
    assertEquals("KAWIN BELUM TERCATAT", status.label());
    assertEquals(2, status.siak4Code());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allConstants")
  void everyValueHasAnIndonesianAndAnEnglishLabel(Enum<?> constant) throws IOException {
    SiakCode value = (SiakCode) constant;
    String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    String indonesian = bundle("codes.properties").getProperty(key);
    String english = bundle("codes_en.properties").getProperty(key);

    assertNotNull(indonesian, key + " missing in codes.properties");
    assertNotNull(english, key + " missing in codes_en.properties");
    assertFalse(indonesian.isBlank(), key);
    assertFalse(english.isBlank(), key);
    assertEquals(indonesian, value.label());
    assertEquals(indonesian, value.label(INDONESIAN));
    assertEquals(english, value.label(Locale.ENGLISH));
    assertEquals(english, value.label(Locale.UK));
    assertFalse(value.label().equals(key), key);
    assertFalse(value.label(Locale.ENGLISH).equals(key), key);
    assertEquals(indonesian.toUpperCase(Locale.ROOT), indonesian, "printed labels are upper case");
    assertEquals(indonesian.strip(), indonesian, key);
  }

  @Test
  void bundlesHoldNoKeysWithoutAConstant() throws IOException {
    Set<String> keys =
        allConstants()
            .map(c -> c.getDeclaringClass().getSimpleName() + "." + c.name())
            .collect(Collectors.toSet());
    for (String file : List.of("codes.properties", "codes_en.properties")) {
      assertEquals(keys, bundle(file).stringPropertyNames(), file);
    }
  }

  @Test
  void indonesianDoesNotFallBackToTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      assertEquals("LAKI-LAKI", JenisKelamin.LAKI_LAKI.label());
      assertEquals("PETANI/PEKEBUN", JenisPekerjaan.PETANI_PEKEBUN.label(INDONESIAN));
      assertEquals("KAWIN TERCATAT", StatusPerkawinan.KAWIN_TERCATAT.label(Locale.FRENCH));
      assertEquals("FARMER/PLANTER", JenisPekerjaan.PETANI_PEKEBUN.label(Locale.ENGLISH));
      assertEquals("MARRIED (REGISTERED)", StatusPerkawinan.KAWIN_TERCATAT.label(Locale.ENGLISH));
      assertEquals(
          "MARRIED (NOT REGISTERED)", StatusPerkawinan.KAWIN_BELUM_TERCATAT.label(Locale.ENGLISH));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void existingLabelsOfJenisKelaminAndShdkAreKept() {
    assertEquals(
        List.of("LAKI-LAKI", "PEREMPUAN"),
        Arrays.stream(JenisKelamin.values()).map(JenisKelamin::label).collect(Collectors.toList()));
    assertEquals(
        List.of("MALE", "FEMALE"),
        Arrays.stream(JenisKelamin.values())
            .map(v -> v.label(Locale.ENGLISH))
            .collect(Collectors.toList()));
    assertEquals(
        List.of(
            "KEPALA KELUARGA", "SUAMI", "ISTRI", "ANAK", "MENANTU", "CUCU", "ORANGTUA", "MERTUA",
            "FAMILI LAIN", "PEMBANTU", "LAINNYA"),
        Arrays.stream(StatusHubunganDalamKeluarga.values())
            .map(StatusHubunganDalamKeluarga::label)
            .collect(Collectors.toList()));
    assertEquals(
        List.of(
            "HEAD OF FAMILY", "HUSBAND", "WIFE", "CHILD", "CHILD-IN-LAW", "GRANDCHILD", "PARENT",
            "PARENT-IN-LAW", "OTHER RELATIVE", "HOUSEHOLD HELP", "OTHER"),
        Arrays.stream(StatusHubunganDalamKeluarga.values())
            .map(v -> v.label(Locale.ENGLISH))
            .collect(Collectors.toList()));
    assertEquals(1, JenisKelamin.LAKI_LAKI.siakCode());
    assertEquals(11, StatusHubunganDalamKeluarga.LAINNYA.siakCode());
  }
}
