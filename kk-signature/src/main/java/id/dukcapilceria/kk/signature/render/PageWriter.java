package id.dukcapilceria.kk.signature.render;

import java.io.IOException;
import java.io.UncheckedIOException;
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

  /** Writes a text inside a cell, shrinking it when it is too wide. */
  void cell(String text, float x, float baseline, float cellWidth, float size, boolean centred) {
    float padding = 3f;
    float fitted = fittingSize(text, cellWidth - 2 * padding, size);
    if (centred) {
      centred(text, x + cellWidth / 2, baseline, fitted);
    } else {
      text(text, x + padding, baseline, fitted);
    }
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

  void lineWidth(float width) {
    try {
      stream.setLineWidth(width);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
