package id.dukcapilceria.kk.signature.verify.dss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDocumentReader;
import eu.europa.esig.dss.pdf.visible.ImageUtils;
import id.dukcapilceria.kk.signature.render.KkPdfRenderer;
import id.dukcapilceria.kk.signature.testdata.KkTestData;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

/** The visual part of the modification checks: same verdicts as DSS's own comparison. */
class ConcurrentPageComparisonTest {

  @Test
  void samePixelsAgreesWithDssOnEqualAndOnePixelApartImages() {
    BufferedImage a = page(BufferedImage.TYPE_INT_RGB);
    BufferedImage b = page(BufferedImage.TYPE_INT_RGB);
    assertTrue(ConcurrentPageComparison.samePixels(a, b));
    assertTrue(ImageUtils.imagesEqual(a, b));

    b.setRGB(400, 300, 0xFEFFFF); // one channel of one pixel, off by one
    assertFalse(ConcurrentPageComparison.samePixels(a, b));
    assertFalse(ImageUtils.imagesEqual(a, b));
    b.setRGB(400, 300, a.getRGB(400, 300));
    a.setRGB(841, 594, 0x000001); // the very last pixel
    assertFalse(ConcurrentPageComparison.samePixels(a, b));
  }

  @Test
  void onlyColoursCountNotTransparencyAsInDss() {
    BufferedImage a = page(BufferedImage.TYPE_INT_ARGB);
    BufferedImage b = page(BufferedImage.TYPE_INT_ARGB);
    b.setRGB(10, 10, (a.getRGB(10, 10) & 0x00FFFFFF) | 0x10000000);
    assertEquals(ImageUtils.imagesEqual(a, b), ConcurrentPageComparison.samePixels(a, b));
    assertTrue(ConcurrentPageComparison.samePixels(a, b));
  }

  @Test
  void otherImageTypesAndSizesAreHandled() {
    BufferedImage gray = new BufferedImage(842, 595, BufferedImage.TYPE_BYTE_GRAY);
    BufferedImage grayToo = new BufferedImage(842, 595, BufferedImage.TYPE_BYTE_GRAY);
    assertTrue(ConcurrentPageComparison.samePixels(gray, grayToo), "falls back to DSS");
    assertFalse(ConcurrentPageComparison.samePixels(page(BufferedImage.TYPE_INT_RGB),
        new BufferedImage(595, 842, BufferedImage.TYPE_INT_RGB)));
  }

  @Test
  void aDrawingAddedOnThePageIsAVisualDifferenceAndTheSameFileIsNone() throws Exception {
    byte[] original = new KkPdfRenderer().render(KkTestData.document(true));
    byte[] drawnOver;
    try (PDDocument document = Loader.loadPDF(original);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      try (PDPageContentStream content = new PDPageContentStream(
          document, document.getPage(0), PDPageContentStream.AppendMode.APPEND, true)) {
        content.setNonStrokingColor(Color.RED);
        content.addRect(100, 100, 40, 10);
        content.fill();
      }
      document.save(out);
      drawnOver = out.toByteArray();
    }
    ConcurrentPageComparison comparison = new ConcurrentPageComparison();
    try (PdfBoxDocumentReader signed = reader(original); PdfBoxDocumentReader same = reader(original)) {
      assertEquals(List.of(), comparison.getVisualDifferences(signed, same));
    }
    try (PdfBoxDocumentReader signed = reader(original); PdfBoxDocumentReader changed = reader(drawnOver)) {
      assertEquals(1, comparison.getVisualDifferences(signed, changed).size());
      assertEquals(1, comparison.getVisualDifferences(signed, changed).get(0).getPage());
    }
  }

  /**
   * The pages are rendered sharp, without anti-aliasing, at twice DSS's resolution: a mark of
   * little more than half a point, placed across pixel boundaries, is still a difference, as it
   * is (as a shade) in DSS's smoothed rendering.
   */
  @Test
  void aMarkOfHalfAPointIsFoundAsDssWouldFindIt() throws Exception {
    byte[] original = new KkPdfRenderer().render(KkTestData.document(true));
    byte[] marked = drawnOn(original, 431.6f, 207.8f, 0.55f, 0.55f);
    ConcurrentPageComparison comparison = new ConcurrentPageComparison();
    try (PdfBoxDocumentReader signed = reader(original); PdfBoxDocumentReader changed = reader(marked)) {
      assertEquals(1, comparison.getVisualDifferences(signed, changed).size(), "the sharp rendering");
      assertFalse(ImageUtils.imagesEqual(signed.generateImageScreenshot(1), changed.generateImageScreenshot(1)),
          "DSS's own rendering sees it too");
    }
  }

  private static byte[] drawnOn(byte[] pdf, float x, float y, float width, float height) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      try (PDPageContentStream content = new PDPageContentStream(
          document, document.getPage(0), PDPageContentStream.AppendMode.APPEND, true)) {
        content.setNonStrokingColor(Color.DARK_GRAY);
        content.addRect(x, y, width, height);
        content.fill();
      }
      document.save(out);
      return out.toByteArray();
    }
  }

  private static PdfBoxDocumentReader reader(byte[] pdf) throws Exception {
    return new PdfBoxDocumentReader(new InMemoryDocument(pdf));
  }

  private static BufferedImage page(int type) {
    BufferedImage image = new BufferedImage(842, 595, type);
    java.awt.Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 842, 595);
    g.setColor(Color.DARK_GRAY);
    g.drawString("KARTU KELUARGA", 300, 40);
    g.dispose();
    return image;
  }
}
