package id.dukcapilceria.kk.signature.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A PDF's pages as one PNG picture, one page under the other: what a phone shows inline, where a
 * PDF in a frame is often not shown at all (mobile browsers download it instead).
 */
public final class PagePictures {

  /** Enough to read a NIK on a phone when zoomed in, small enough to send over a mobile line. */
  public static final float DEFAULT_DPI = 110;

  /** A KK of the largest families runs to a few pages; a picture longer than this is cut. */
  static final int MOST_PAGES = 8;

  private static final int GAP = 12;

  private PagePictures() {}

  /** The pages of {@code pdf} at {@code dpi}, stacked, as PNG bytes. */
  public static byte[] png(byte[] pdf, float dpi) {
    if (dpi < 36 || dpi > 300) {
      throw new IllegalArgumentException("dpi must be between 36 and 300: " + dpi);
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(document);
      List<BufferedImage> pages = new ArrayList<>();
      for (int page = 0; page < Math.min(document.getNumberOfPages(), MOST_PAGES); page++) {
        pages.add(renderer.renderImageWithDPI(page, dpi, ImageType.RGB));
      }
      return encode(stack(pages));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot draw the PDF's pages", e);
    }
  }

  private static BufferedImage stack(List<BufferedImage> pages) {
    int width = pages.stream().mapToInt(BufferedImage::getWidth).max().orElse(1);
    int height = pages.stream().mapToInt(BufferedImage::getHeight).sum() + GAP * Math.max(0, pages.size() - 1);
    BufferedImage picture = new BufferedImage(width, Math.max(height, 1), BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = picture.createGraphics();
    try {
      graphics.setColor(new Color(0xD0, 0xD7, 0xDE));
      graphics.fillRect(0, 0, picture.getWidth(), picture.getHeight());
      int top = 0;
      for (BufferedImage page : pages) {
        graphics.drawImage(page, 0, top, null);
        top += page.getHeight() + GAP;
      }
    } finally {
      graphics.dispose();
    }
    return picture;
  }

  private static byte[] encode(BufferedImage picture) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(picture, "png", out)) {
      throw new IOException("No PNG writer in this JVM");
    }
    return out.toByteArray();
  }
}
