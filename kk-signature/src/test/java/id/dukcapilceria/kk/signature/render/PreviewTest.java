package id.dukcapilceria.kk.signature.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.kartukeluarga.Alamat;
import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.CardChanges;
import id.dukcapilceria.kk.domain.kartukeluarga.JenisPekerjaan;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.NamaLengkap;
import id.dukcapilceria.kk.domain.kartukeluarga.Nik;
import id.dukcapilceria.kk.signature.testdata.KkTestData;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * A data change with two changed fields (the wife's occupation, the kode pos), a baby added and
   * a son who left: the preview marks exactly those cells and that header value, fills the baby's
   * row, and names the son above the title.
   */
  @Test
  void aPreviewOfAChangeMarksTheChangedCellsTheNewRowAndWhoLeft() throws IOException {
    KartuKeluarga active = KkTestData.kartuKeluarga();
    List<AnggotaKeluarga> members = new ArrayList<>(active.anggota());
    AnggotaKeluarga son = members.remove(2);
    members.set(1, members.get(1).toBuilder().pekerjaan(JenisPekerjaan.GURU).build());
    AnggotaKeluarga baby = members.get(2).toBuilder().nik(Nik.of("1305014411250009"))
        .nama(NamaLengkap.of("PUTRI KECIL")).tanggalLahir(LocalDate.of(2025, 11, 4)).build();
    members.add(baby);
    Alamat address = active.alamat();
    KartuKeluarga submitted = new KartuKeluarga(
        new Alamat(address.jalan(), address.rtRw(), address.kodeDesa(), "25582"), members);
    submitted.assignNomorKk(active.nomorKk().orElseThrow());
    KkDocument document = KkTestData.document(submitted, false);
    CardChanges changes = CardChanges.between(active, submitted);

    byte[] pdf = renderer.renderPreview(document, changes);
    try (PDDocument loaded = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(loaded);
      assertTrue(text.contains("Kuning: berubah"), "the legend: " + text);
      assertTrue(text.contains("Keluar dari KK: " + son.namaLengkap() + " (" + son.nik().value() + ")"), text);
    }
    BufferedImage picture = ImageIO.read(new ByteArrayInputStream(PagePictures.png(pdf, 72)));
    Files.write(Path.of("target", "preview-changes.png"), PagePictures.png(pdf, 110));
    // at 72 dpi one pixel is one point: look just inside each cell's top-left corner, where no
    // text is drawn
    for (KkLayout.Table table : KkPdfRenderer.layout(document).get(0).tables()) {
      for (KkLayout.Cell cell : table.cells()) {
        AnggotaKeluarga member = submitted.anggota().get(cell.row() - 1);
        Color expected = member.equals(baby) ? ChangeMarks.ADDED
            : member.equals(members.get(1)) && "pekerjaan".equals(cell.column().field()) ? ChangeMarks.CHANGED
            : Color.WHITE;
        Color actual = new Color(picture.getRGB(Math.round(cell.x() + 2), Math.round(cell.top() + 2)));
        assertEquals(expected, background(actual), "row " + cell.row() + " " + cell.column().header() + ": " + actual);
      }
    }
    // the kode pos (third on the right of the header, baseline 128) is marked, the address (second
    // on the left, baseline 114) is not; just left of and above where their values are written
    assertEquals(ChangeMarks.CHANGED, background(new Color(picture.getRGB(470 + 90 + 6, 119))), "kode pos marked");
    assertEquals(Color.WHITE, background(new Color(picture.getRGB(36 + 124 + 6, 105))), "alamat not marked");

    // the same card without an active one to compare with marks nothing
    BufferedImage plain = ImageIO.read(new ByteArrayInputStream(
        PagePictures.png(renderer.renderPreview(document), 72)));
    assertEquals(0, count(plain, ChangeMarks.CHANGED) + count(plain, ChangeMarks.ADDED));
    try (PDDocument loaded = Loader.loadPDF(renderer.renderPreview(document))) {
      assertFalse(new PDFTextStripper().getText(loaded).contains("Kuning"));
    }
  }

  @Test
  void anUnreasonableResolutionIsRefused() {
    byte[] pdf = renderer.render(KkTestData.document(false));
    assertThrows(IllegalArgumentException.class, () -> PagePictures.png(pdf, 1200));
    assertThrows(IllegalArgumentException.class, () -> PagePictures.png(pdf, 10));
  }

  /**
   * Which background a pixel shows: white, or a mark's colour, either as drawn or under the
   * translucent blue preview mark that crosses the page (whichever of those is nearest).
   */
  private static Color background(Color actual) {
    Color preview = new Color(0x00, 0x3F, 0xA0);
    Color best = null;
    double nearest = Double.MAX_VALUE;
    for (Color base : List.of(Color.WHITE, ChangeMarks.CHANGED, ChangeMarks.ADDED)) {
      for (double alpha : new double[] {0, 0.25}) {
        double distance = Math.pow(actual.getRed() - mix(base.getRed(), preview.getRed(), alpha), 2)
            + Math.pow(actual.getGreen() - mix(base.getGreen(), preview.getGreen(), alpha), 2)
            + Math.pow(actual.getBlue() - mix(base.getBlue(), preview.getBlue(), alpha), 2);
        if (distance < nearest) {
          nearest = distance;
          best = base;
        }
      }
    }
    return best;
  }

  private static double mix(int under, int over, double alpha) {
    return under * (1 - alpha) + over * alpha;
  }

  private static int count(BufferedImage image, Color colour) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (image.getRGB(x, y) == colour.getRGB()) {
          count++;
        }
      }
    }
    return count;
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
