package id.dukcapilceria.kk.signature.render;

import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.NamaLengkap;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One column of a member table. The card prints two tables with the same row numbering (docs/domain.md
 * §1.3): {@link #table1()} with columns (1)–(9) and {@link #table2()} with (10)–(17).
 *
 * @param group grouped header printed above this and the neighbouring columns of the same group
 *     ("DOKUMEN IMIGRASI", "NAMA ORANG TUA"); {@code null} when the column has its own header only
 * @param header header text; wraps onto several lines when needed
 * @param number the column number printed under the header on the card, e.g. "(1)"; empty for "No"
 * @param width width in points
 * @param centred whether cell values are centred (numbers, codes) or left aligned (names)
 * @param value the cell text for a member; {@code row} is 1-based
 * @param field the member field the column prints, as {@link
 *     id.dukcapilceria.kk.domain.kartukeluarga.CardChanges} names it; {@code null} for the row
 *     number and the NIK, which identifies the member rather than describing them
 */
record MemberColumn(
    String group, String header, String number, float width, boolean centred, CellValue value, String field) {

  /** Printed for an empty optional value (docs/domain.md §1.3, column (11)). */
  static final String EMPTY = "-";

  /** Gives the text of one cell. */
  @FunctionalInterface
  interface CellValue {
    String of(int row, AnggotaKeluarga member);
  }

  /** The printed (upper case) text of a member's cell. */
  String text(int row, AnggotaKeluarga member) {
    String text = value.of(row, member);
    if (text == null || text.isBlank()) {
      return EMPTY;
    }
    return text.trim().toUpperCase(Locale.ROOT);
  }

  private static MemberColumn of(
      String header, String number, float width, boolean centred, String field, CellValue value) {
    return new MemberColumn(null, header, number, width, centred, value, field);
  }

  private static MemberColumn no() {
    return of("No", "", 20, true, null, (row, m) -> Integer.toString(row));
  }

  /** Table 1: No, (1) to (9). Widths add up to 770 pt, the printable width of landscape A4. */
  static List<MemberColumn> table1() {
    return List.of(
        no(),
        of("Nama Lengkap", "(1)", 176, false, "namaLengkap", (row, m) -> m.namaLengkap()),
        of("NIK", "(2)", 74, true, null, (row, m) -> m.nik().value()),
        of("Jenis Kelamin", "(3)", 54, true, "jenisKelamin", (row, m) -> m.jenisKelamin().label()),
        of("Tempat Lahir", "(4)", 80, false, "tempatLahir", (row, m) -> m.tempatLahir()),
        of("Tanggal Lahir", "(5)", 52, true, "tanggalLahir", (row, m) -> PdfDates.printed(m.tanggalLahir())),
        of("Agama", "(6)", 66, true, "agama", (row, m) -> m.agama().label()),
        of("Pendidikan", "(7)", 96, true, "pendidikan", (row, m) -> m.pendidikan().label()),
        of("Jenis Pekerjaan", "(8)", 98, true, "pekerjaan", (row, m) -> m.pekerjaan().label()),
        of("Golongan Darah", "(9)", 54, true, "golonganDarah", (row, m) -> m.golonganDarah().label()));
  }

  /**
   * Table 2: No, (10) to (17), with the grouped headers over (14)–(15) and (16)–(17). Widths add
   * up to 770 pt.
   */
  static List<MemberColumn> table2() {
    String dokumen = "DOKUMEN IMIGRASI";
    String orangTua = "NAMA ORANG TUA";
    return List.of(
        no(),
        of("Status Perkawinan", "(10)", 100, true, "statusPerkawinan", (row, m) -> m.perkawinan().status().label()),
        of(
            "Tanggal Perkawinan",
            "(11)",
            54,
            true,
            "perkawinan.tanggalPerkawinan",
            (row, m) -> date(m.perkawinan().tanggalPerkawinan())),
        of("Status Hubungan Dalam Keluarga", "(12)", 78, true, "hubungan", (row, m) -> m.hubungan().label()),
        of("Kewarganegaraan", "(13)", 72, true, "kewarganegaraan", (row, m) -> m.kewarganegaraan().label()),
        new MemberColumn(
            dokumen,
            "No. Paspor",
            "(14)",
            66,
            true,
            (row, m) -> m.dokumenImigrasi().noPaspor().orElse(EMPTY),
            "dokumenImigrasi.noPaspor"),
        new MemberColumn(
            dokumen,
            "No. KITAP",
            "(15)",
            86,
            true,
            (row, m) -> m.dokumenImigrasi().noKitasKitap().orElse(EMPTY),
            "dokumenImigrasi.noKitasKitap"),
        new MemberColumn(
            orangTua, "Ayah", "(16)", 147, false, (row, m) -> name(m.orangTua().namaAyah()), "orangTua.namaAyah"),
        new MemberColumn(
            orangTua, "Ibu", "(17)", 147, false, (row, m) -> name(m.orangTua().namaIbu()), "orangTua.namaIbu"));
  }

  private static String date(Optional<LocalDate> date) {
    return date.map(PdfDates::printed).orElse(EMPTY);
  }

  private static String name(Optional<NamaLengkap> name) {
    return name.map(NamaLengkap::value).orElse(EMPTY);
  }
}
