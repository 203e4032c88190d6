package id.dukcapilceria.kk.signature.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.signature.testdata.KkTestData;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The card shown to the officers before it is signed: marked on every page, and drawn as a picture. */
class PreviewTest {

  private final KkPdfRenderer renderer = new KkPdfRenderer();

  @Test
  void everyPageOfAPreviewSaysItIsNotSignedAndTheCardDoesNot() throws IOException {
    byte[] preview = renderer.renderPreview(KkTestData.document(KkTestData.fifteenMembers(), false));
    try (PDDocument pdf = Loader.loadPDF(preview)) {
      assertEquals(3, pdf.getNumberOfPages());
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= 3; page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = stripper.getText(pdf);
        // the rotated mark is extracted in pieces
        assertTrue(text.contains("PRATINJAU") && text.contains("BELUM DITANDATANGANI"), "page " + page + ": " + text);
        assertFalse(text.contains("SPESIMEN"), "no specimen mark on a card that is not a specimen");
      }
    }
    String card = new PDFTextStripper().getText(Loader.loadPDF(renderer.render(KkTestData.document(false))));
    assertFalse(card.contains("PRATINJAU"), card);
  }

  @Test
  void aSpecimenPreviewCarriesBothMarks() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(renderer.renderPreview(KkTestData.document(true)))) {
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.contains("SPESIMEN") && text.contains("PRATINJAU"), text);
    }
  }

  @Test
  void thePicturesPagesAreStackedAtTheAskedResolution() throws IOException {
    byte[] one = PagePictures.png(renderer.renderPreview(KkTestData.document(false)), 72);
    BufferedImage onePage = ImageIO.read(new ByteArrayInputStream(one));
    // landscape A4 at 72 dpi: one pixel per point
    assertEquals(842, onePage.getWidth(), 1);
    assertEquals(595, onePage.getHeight(), 1);

    byte[] three = PagePictures.png(renderer.renderPreview(KkTestData.document(KkTestData.fifteenMembers(), false)), 72);
    BufferedImage threePages = ImageIO.read(new ByteArrayInputStream(three));
    assertEquals(onePage.getWidth(), threePages.getWidth());
    assertTrue(threePages.getHeight() > 3 * 595 && threePages.getHeight() < 3 * 595 + 60, "three pages one under the other");
    Files.write(Path.of("target", "preview-15-members.png"), three);
  }

  @Test
  void thePictureShowsTheMarkInItsColour() throws IOException {
    BufferedImage preview = ImageIO.read(new ByteArrayInputStream(
        PagePictures.png(renderer.renderPreview(KkTestData.document(false)), 72)));
    BufferedImage card = ImageIO.read(new ByteArrayInputStream(
        PagePictures.png(renderer.render(KkTestData.document(false)), 72)));
    assertTrue(bluish(preview) > 2_000, "the blue preview mark is drawn: " + bluish(preview) + " pixels");
    assertEquals(0, bluish(card), "the card itself has no blue");
  }

  @Test
  void anUnreasonableResolutionIsRefused() {
    byte[] pdf = renderer.render(KkTestData.document(false));
    assertThrows(IllegalArgumentException.class, () -> PagePictures.png(pdf, 1200));
    assertThrows(IllegalArgumentException.class, () -> PagePictures.png(pdf, 10));
  }

  /** Pixels clearly more blue than red: the preview mark's colour, nowhere on the card. */
  private static int bluish(BufferedImage image) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int red = (rgb >> 16) & 0xFF;
        int blue = rgb & 0xFF;
        if (blue - red > 25) {
          count++;
        }
      }
    }
    return count;
  }
}
