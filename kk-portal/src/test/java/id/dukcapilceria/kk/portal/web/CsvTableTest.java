package id.dukcapilceria.kk.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

  @Test
  void quotesWhatNeedsItAndDisarmsFormulas() {
    String csv = new CsvTable(List.of("No. KK", "Kepala keluarga", "Uraian"))
        .row(List.of("1305012411260001", "SITI \"UPIK\" RAHMAH", "baris satu\nbaris dua"))
        .row(List.of("=HYPERLINK(\"http://x\")", "@SUM(A1)", "-1, lalu +2"))
        .toString();

    assertEquals("\uFEFFNo. KK,Kepala keluarga,Uraian\r\n"
        + "1305012411260001,\"SITI \"\"UPIK\"\" RAHMAH\",\"baris satu\nbaris dua\"\r\n"
        + "\"'=HYPERLINK(\"\"http://x\"\")\",'@SUM(A1),\"'-1, lalu +2\"\r\n", csv);
  }

  @Test
  void anEmptyFieldStaysEmpty() {
    assertEquals("", CsvTable.field(null));
    assertEquals("", CsvTable.field(""));
  }
}
