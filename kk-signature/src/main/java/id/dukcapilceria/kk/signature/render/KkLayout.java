package id.dukcapilceria.kk.signature.render;

import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import java.util.ArrayList;
import java.util.List;

/**
 * Where every part of the two member tables goes: row heights grown to fit the wrapped cell texts,
 * and the rows split over pages. Page 1 holds the header fields and the footer with the signature
 * box, so only the rows that fit between them go there; the remaining rows continue on further
 * pages, each again with both tables' headers. Every page carries the same members in table 1 and
 * table 2, so a row number is never split from its second half.
 *
 * <p>All measures are points from the top-left corner of the page.
 */
final class KkLayout {

  static final float LEFT = 36f;
  static final float CELL_SIZE = 7f;
  static final float CELL_LINE = 8.3f;
  static final float CELL_PADDING_X = 3f;
  static final float CELL_PADDING_Y = 3f;
  static final float HEADER_SIZE = 7f;
  static final float HEADER_LINE = 8.4f;
  static final float HEADER_PADDING_Y = 3f;
  static final float GROUP_HEIGHT = 12f;
  static final float NUMBER_HEIGHT = 10f;
  static final float TABLE_GAP = 8f;

  /** Page 1: below the 4+4 header fields, above the footer. */
  static final float FIRST_PAGE_TOP = 152f;
  static final float FIRST_PAGE_BOTTOM = 404f;

  /** Continuation pages: below the title and number, above the closing lines. */
  static final float NEXT_PAGE_TOP = 90f;
  static final float NEXT_PAGE_BOTTOM = 536f;

  /** One cell of a member row; {@code lines} are the wrapped text. */
  record Cell(
      int row, MemberColumn column, float x, float top, float height, List<String> lines) {}

  /** One table on one page. */
  record Table(
      List<MemberColumn> columns,
      float top,
      float headerHeight,
      float rowsTop,
      float bottom,
      List<Float> rowTops,
      List<Cell> cells) {

    float width() {
      return (float) columns.stream().mapToDouble(MemberColumn::width).sum();
    }
  }

  /** The rows {@code firstRow}..{@code lastRow} (1-based, inclusive; none if lastRow < firstRow). */
  record Page(int number, int firstRow, int lastRow, List<Table> tables) {}

  private final PageWriter measure;
  private final List<List<MemberColumn>> tables =
      List.of(MemberColumn.table1(), MemberColumn.table2());

  KkLayout(PageWriter measure) {
    this.measure = measure;
  }

  /** The wrapped text of every cell (table, row, column) and the height of every row (table, row). */
  private record Measured(List<List<List<List<String>>>> lines, float[][] rowHeights) {}

  List<Page> pages(List<AnggotaKeluarga> members) {
    float[] headerHeights = new float[tables.size()];
    float fixed = TABLE_GAP * (tables.size() - 1);
    for (int t = 0; t < tables.size(); t++) {
      headerHeights[t] = headerHeight(tables.get(t));
      fixed += headerHeights[t] + NUMBER_HEIGHT;
    }
    Measured measured = measure(members);
    List<int[]> ranges = pageRanges(measured.rowHeights(), members.size(), fixed);
    List<Page> pages = new ArrayList<>();
    for (int p = 0; p < ranges.size(); p++) {
      pages.add(place(p + 1, ranges.get(p)[0], ranges.get(p)[1], headerHeights, measured));
    }
    return pages;
  }

  /** Every cell's text wrapped to its column, and each row as high as its tallest cell. */
  private Measured measure(List<AnggotaKeluarga> members) {
    int count = members.size();
    List<List<List<List<String>>>> lines = new ArrayList<>();
    float[][] rowHeights = new float[tables.size()][count];
    for (int t = 0; t < tables.size(); t++) {
      List<List<List<String>>> tableLines = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        List<List<String>> rowLines = new ArrayList<>();
        int most = 1;
        for (MemberColumn column : tables.get(t)) {
          List<String> cellLines =
              measure.wrap(column.text(i + 1, members.get(i)), column.width() - 2 * CELL_PADDING_X, CELL_SIZE);
          rowLines.add(cellLines);
          most = Math.max(most, cellLines.size());
        }
        tableLines.add(rowLines);
        rowHeights[t][i] = most * CELL_LINE + 2 * CELL_PADDING_Y;
      }
      lines.add(tableLines);
    }
    return new Measured(lines, rowHeights);
  }

  /**
   * The rows [from, to) of each page: as many as fit below the headers ({@code fixed} is their
   * height), page 1 between the header fields and the footer.
   */
  private List<int[]> pageRanges(float[][] rowHeights, int count, float fixed) {
    List<int[]> ranges = new ArrayList<>();
    int next = 0;
    do {
      boolean first = ranges.isEmpty();
      float available = (first ? FIRST_PAGE_BOTTOM - FIRST_PAGE_TOP : NEXT_PAGE_BOTTOM - NEXT_PAGE_TOP) - fixed;
      int end = next;
      while (end < count) {
        float row = 0;
        for (float[] table : rowHeights) {
          row += table[end];
        }
        if (row > available) {
          break;
        }
        available -= row;
        end++;
      }
      if (end == next && count > 0) {
        throw new IllegalArgumentException("Member " + (next + 1) + " does not fit on a page");
      }
      ranges.add(new int[] {next, end});
      next = end;
    } while (next < count);
    return ranges;
  }

  /** Page {@code number} with the rows [from, to) of both tables, one table under the other. */
  private Page place(int number, int from, int to, float[] headerHeights, Measured measured) {
    float top = number == 1 ? FIRST_PAGE_TOP : NEXT_PAGE_TOP;
    List<Table> placed = new ArrayList<>();
    for (int t = 0; t < tables.size(); t++) {
      List<MemberColumn> columns = tables.get(t);
      float rowsTop = top + headerHeights[t] + NUMBER_HEIGHT;
      List<Float> rowTops = new ArrayList<>();
      List<Cell> cells = new ArrayList<>();
      float y = rowsTop;
      for (int i = from; i < to; i++) {
        rowTops.add(y);
        float x = LEFT;
        float height = measured.rowHeights()[t][i];
        for (int c = 0; c < columns.size(); c++) {
          cells.add(new Cell(i + 1, columns.get(c), x, y, height, measured.lines().get(t).get(i).get(c)));
          x += columns.get(c).width();
        }
        y += height;
      }
      placed.add(new Table(columns, top, headerHeights[t], rowsTop, y, rowTops, cells));
      top = y + TABLE_GAP;
    }
    return new Page(number, from + 1, to, placed);
  }

  /** Lines of a column's header text. */
  List<String> headerLines(MemberColumn column) {
    return measure.wrap(column.header(), column.width() - 6, HEADER_SIZE);
  }

  private float headerHeight(List<MemberColumn> columns) {
    float height = 0;
    for (MemberColumn column : columns) {
      float text = headerLines(column).size() * HEADER_LINE + 2 * HEADER_PADDING_Y;
      height = Math.max(height, column.group() == null ? text : GROUP_HEIGHT + text);
    }
    return height;
  }
}
