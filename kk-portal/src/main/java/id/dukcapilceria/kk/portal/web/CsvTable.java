package id.dukcapilceria.kk.portal.web;

import java.util.List;

/**
 * A register written as CSV (RFC 4180) for spreadsheets: UTF-8 with a byte-order mark so that
 * Excel reads Indonesian names right, every field quoted when needed, and a field that a
 * spreadsheet would run as a formula (starting with =, +, -, @) prefixed with an apostrophe,
 * because register fields hold text typed by citizens and officers (CSV injection).
 */
public final class CsvTable {

  private final StringBuilder text = new StringBuilder("\uFEFF");

  public CsvTable(List<String> header) {
    row(header);
  }

  public CsvTable row(List<?> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(field(fields.get(i)));
    }
    text.append("\r\n");
    return this;
  }

  static String field(Object value) {
    String plain = value == null ? "" : value.toString();
    if (!plain.isEmpty() && "=+-@\t\r".indexOf(plain.charAt(0)) >= 0) {
      plain = "'" + plain;
    }
    boolean quote = plain.indexOf(',') >= 0 || plain.indexOf('"') >= 0
        || plain.indexOf('\n') >= 0 || plain.indexOf('\r') >= 0 || plain.indexOf(';') >= 0;
    return quote ? '"' + plain.replace("\"", "\"\"") + '"' : plain;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
