package id.dukcapilceria.kk.signature.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Thin drawing layer over a PDFBox content stream that measures from the top-left corner, like a
 * layout on paper (PDF itself measures from the bottom-left). Texts that do not fit their box are
 * scaled down instead of overflowing into the neighbouring cell.
 */
final class PageWriter {

  /** Smallest font size a long name may be shrunk to; below this it would be unreadable. */
  static final float MIN_FONT_SIZE = 5f;

  private final PDPageContentStream stream;
  private final PDFont font;
  private final float pageHeight;

  PageWriter(PDPageContentStream stream, PDFont font, float pageHeight) {
    this.stream = stream;
    this.font = font;
    this.pageHeight = pageHeight;
  }

  PDFont font() {
    return font;
  }

  /** Width of a text in points. */
  float width(String text, float size) {
    try {
      return font.getStringWidth(text) / 1000f * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a text whose baseline is {@code baseline} points below the top of the page. */
  void text(String text, float x, float baseline, float size) {
    try {
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(x, pageHeight - baseline);
      stream.showText(text);
      stream.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a text that looks bold. Only the regular Liberation Sans is bundled with PDFBox, so the
   * glyphs are filled and stroked with a thin outline.
   */
  void boldText(String text, float x, float baseline, float size) {
    try {
      stream.setRenderingMode(RenderingMode.FILL_STROKE);
      stream.setLineWidth(size / 30f);
      text(text, x, baseline, size);
      stream.setRenderingMode(RenderingMode.FILL);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Splits a text into lines no wider than {@code maxWidth}: greedy word wrap at spaces, and a word
   * that is wider than a whole line on its own (a long document number, say) is broken between
   * characters. Never returns an empty list.
   */
  List<String> wrap(String text, float maxWidth, float size) {
    List<String> lines = new ArrayList<>();
    String line = "";
    for (String word : text.trim().split("\\s+")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (width(candidate, size) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line);
      }
      line = word;
      while (line.length() > 1 && width(line, size) > maxWidth) {
        int cut = line.length() - 1;
        while (cut > 1 && width(line.substring(0, cut), size) > maxWidth) {
          cut--;
        }
        // prefer to break after a separator, e.g. "2C11JE7788-AA/" + "KITAP"
        int separator = Math.max(line.lastIndexOf('/', cut - 1), line.lastIndexOf('-', cut - 1));
        if (separator > 0) {
          cut = separator + 1;
        }
        lines.add(line.substring(0, cut));
        line = line.substring(cut);
      }
    }
    lines.add(line);
    return lines;
  }

  void rightAligned(String text, float rightX, float baseline, float size) {
    text(text, rightX - width(text, size), baseline, size);
  }

  void centred(String text, float centreX, float baseline, float size) {
    text(text, centreX - width(text, size) / 2, baseline, size);
  }

  void boldCentred(String text, float centreX, float baseline, float size) {
    boldText(text, centreX - width(text, size) / 2, baseline, size);
  }

  /** Font size at which {@code text} fits in {@code maxWidth}, at most {@code size}. */
  float fittingSize(String text, float maxWidth, float size) {
    float natural = width(text, size);
    if (natural <= maxWidth) {
      return size;
    }
    return Math.max(MIN_FONT_SIZE, size * maxWidth / natural);
  }

  void line(float x1, float y1, float x2, float y2) {
    try {
      stream.moveTo(x1, pageHeight - y1);
      stream.lineTo(x2, pageHeight - y2);
      stream.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Outline of a rectangle whose top-left corner is (x, top). */
  void rectangle(float x, float top, float width, float height) {
    try {
      stream.addRect(x, pageHeight - top - height, width, height);
      stream.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Filled rectangle whose top-left corner is (x, top). */
  void fill(float x, float top, float width, float height) {
    try {
      stream.addRect(x, pageHeight - top - height, width, height);
      stream.fill();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Filled rectangle in {@code colour}; what is drawn afterwards is black again. */
  void fill(float x, float top, float width, float height, java.awt.Color colour) {
    try {
      stream.setNonStrokingColor(colour);
      fill(x, top, width, height);
      stream.setNonStrokingColor(java.awt.Color.BLACK);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void lineWidth(float width) {
    try {
      stream.setLineWidth(width);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
