package id.dukcapilceria.kk.signature.render;

import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import java.util.List;

/**
 * One column of the member table. The card's table is a list of these, so the columns of the full
 * model (agama, pendidikan, …, nama orang tua) can be added without touching the drawing code.
 *
 * @param header header text; may wrap onto two lines
 * @param number the column number printed under the header on the card, e.g. "(1)"; empty for "No"
 * @param width width in points
 * @param centred whether cell values are centred (numbers, codes) or left aligned (names)
 * @param value the cell text for a member; {@code row} is 1-based
 */
record MemberColumn(String header, String number, float width, boolean centred, CellValue value) {

  /** Gives the text of one cell. */
  @FunctionalInterface
  interface CellValue {
    String of(int row, AnggotaKeluarga member);
  }

  /**
   * The columns of the first cut of the model: No, (1)–(5) and (12). Widths add up to the
   * printable width of a landscape A4 page with 36 pt margins.
   */
  static List<MemberColumn> firstCut() {
    return List.of(
        new MemberColumn("No", "", 26, true, (row, m) -> Integer.toString(row)),
        new MemberColumn("Nama Lengkap", "(1)", 190, false, (row, m) -> m.namaLengkap()),
        new MemberColumn("NIK", "(2)", 110, true, (row, m) -> m.nik().value()),
        new MemberColumn("Jenis Kelamin", "(3)", 80, true, (row, m) -> m.jenisKelamin().label()),
        new MemberColumn("Tempat Lahir", "(4)", 124, false, (row, m) -> m.tempatLahir()),
        new MemberColumn(
            "Tanggal Lahir", "(5)", 80, true, (row, m) -> PdfDates.printed(m.tanggalLahir())),
        new MemberColumn(
            "Status Hubungan Dalam Keluarga",
            "(12)",
            160,
            true,
            (row, m) -> m.hubungan().label()));
  }
}
