package id.dukcapilceria.kk.portal.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A register as a printable PDF (A4 landscape): a title, the column headings repeated on every
 * page, rows whose long cells wrap within their column, and page numbers. For the buku register
 * and buku permasalahan that the Dinas files on paper. Unsigned: it is a report, not a document
 * of record.
 */
public final class PdfTable {

  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
  private static final float MARGIN = 28;
  private static final float SIZE = 7.5f;
  private static final float LINE = 9.5f;
  private static final float PADDING = 2.5f;

  private final String title;
  private final String subtitle;
  private final List<String> header;
  private final float[] widths;
  private final List<List<String>> rows = new ArrayList<>();

  /**
   * @param weights the relative width of each column (the table fills the page's width)
   */
  public PdfTable(String title, String subtitle, List<String> header, float... weights) {
    if (weights.length != header.size()) {
      throw new IllegalArgumentException("One weight per column");
    }
    this.title = title;
    this.subtitle = subtitle;
    this.header = List.copyOf(header);
    float total = 0;
    for (float w : weights) {
      total += w;
    }
    widths = new float[weights.length];
    for (int i = 0; i < weights.length; i++) {
      widths[i] = (PAGE.getWidth() - 2 * MARGIN) * weights[i] / total;
    }
  }

  public PdfTable row(List<String> cells) {
    if (cells.size() != header.size()) {
      throw new IllegalArgumentException("One cell per column");
    }
    rows.add(cells.stream().map(cell -> cell == null ? "" : cell).toList());
    return this;
  }

  public byte[] toBytes() {
    try (PDDocument pdf = new PDDocument(); InputStream fontFile = PDDocument.class.getResourceAsStream(FONT)) {
      PDFont font = PDType0Font.load(pdf, fontFile, true);
      List<List<List<String>>> wrapped = new ArrayList<>();
      for (List<String> row : rows) {
        wrapped.add(wrap(row, font));
      }
      List<List<String>> heading = wrap(header, font);
      int pageNumber = 0;
      int next = 0;
      do {
        PDPage page = new PDPage(PAGE);
        pdf.addPage(page);
        pageNumber++;
        try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
          float y = PAGE.getHeight() - MARGIN;
          text(out, font, 12, MARGIN, y, title);
          text(out, font, SIZE, MARGIN, y - 14, subtitle);
          text(out, font, SIZE, PAGE.getWidth() - MARGIN - 60, y, "Halaman " + pageNumber);
          y -= 26;
          y = drawRow(out, font, heading, y, true);
          while (next < wrapped.size() && y - height(wrapped.get(next)) > MARGIN) {
            y = drawRow(out, font, wrapped.get(next++), y, false);
          }
          if (wrapped.isEmpty()) {
            text(out, font, SIZE, MARGIN + PADDING, y - LINE, "(kosong)");
          }
        }
      } while (next < wrapped.size());
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      pdf.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the PDF table", e);
    }
  }

  private static float height(List<List<String>> row) {
    return row.stream().mapToInt(List::size).max().orElse(1) * LINE + 2 * PADDING;
  }

  private float drawRow(PDPageContentStream out, PDFont font, List<List<String>> row, float top, boolean heading)
      throws IOException {
    float height = height(row);
    float x = MARGIN;
    if (heading) {
      out.setNonStrokingColor(0.88f, 0.91f, 0.94f);
      out.addRect(MARGIN, top - height, PAGE.getWidth() - 2 * MARGIN, height);
      out.fill();
      out.setNonStrokingColor(0f, 0f, 0f);
    }
    for (int column = 0; column < row.size(); column++) {
      float y = top - PADDING - SIZE;
      for (String line : row.get(column)) {
        text(out, font, SIZE, x + PADDING, y, line);
        y -= LINE;
      }
      out.setLineWidth(0.3f);
      out.addRect(x, top - height, widths[column], height);
      out.stroke();
      x += widths[column];
    }
    return top - height;
  }

  /** Each cell as the lines that fit its column, breaking at spaces (or inside a long word). */
  private List<List<String>> wrap(List<String> cells, PDFont font) throws IOException {
    List<List<String>> lines = new ArrayList<>();
    for (int column = 0; column < cells.size(); column++) {
      float room = widths[column] - 2 * PADDING;
      List<String> cellLines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : printable(cells.get(column), font).split(" ")) {
        String candidate = line.length() == 0 ? word : line + " " + word;
        if (width(font, candidate) <= room) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (line.length() > 0) {
          cellLines.add(line.toString());
          line.setLength(0);
        }
        while (width(font, word) > room && word.length() > 1) {
          int cut = word.length() - 1;
          while (cut > 1 && width(font, word.substring(0, cut)) > room) {
            cut--;
          }
          cellLines.add(word.substring(0, cut));
          word = word.substring(cut);
        }
        line.append(word);
      }
      cellLines.add(line.toString());
      lines.add(cellLines);
    }
    return lines;
  }

  /**
   * Characters the font cannot draw (and line breaks) become spaces or '?', never an error: for
   * every PDF the portal writes from stored text.
   */
  public static String printable(String text, PDFont font) throws IOException {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      String character = new String(Character.toChars(codePoint));
      if (Character.isWhitespace(codePoint)) {
        out.append(' ');
      } else {
        out.append(drawable(font, character) ? character : "?");
      }
      i += Character.charCount(codePoint);
    }
    return out.toString().strip();
  }

  private static boolean drawable(PDFont font, String character) {
    try {
      font.encode(character);
      return true;
    } catch (IllegalArgumentException | IOException noGlyph) {
      return false;
    }
  }

  private static float width(PDFont font, String text) throws IOException {
    return font.getStringWidth(text) / 1000 * SIZE;
  }

  private static void text(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
      throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(x, y);
    out.showText(text);
    out.endText();
  }
}
