package id.dukcapilceria.kk.signature.pades.dss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import id.dukcapilceria.kk.signature.pades.KkPadesSigner;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.signature.pki.KadisCredentials;
import id.dukcapilceria.kk.signature.render.KkPdfRenderer;
import id.dukcapilceria.kk.signature.testdata.KkTestData;
import id.dukcapilceria.kk.signature.verify.Indication;
import id.dukcapilceria.kk.signature.verify.KkSignatureVerifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A visible signature box handed out again is the box DSS draws: same place, same drawing, same
 * embedded font as from a signer that draws it for the first time; and a page of another size
 * gets its own box.
 */
class ReusedAppearanceDrawersTest {

  @TempDir static Path dir;
  private static DemoPki pki;
  private static KadisCredentials key;
  private static byte[] card;

  @BeforeAll
  static void setUp() {
    pki = DemoPki.createOrOpen(dir);
    key = pki.openKadisKey(DemoPki.DEMO_PASSPHRASE.toCharArray());
    card = new KkPdfRenderer().render(KkTestData.document(true));
  }

  @AfterAll
  static void tearDown() {
    key.close();
  }

  /** What a viewer draws for the signature: the widget's place, its drawing and its font. */
  private record Box(List<Float> rectangle, byte[] drawing, byte[] font) {}

  private static Box boxOf(byte[] signed) throws IOException {
    try (PDDocument document = Loader.loadPDF(signed)) {
      PDSignatureField field = document.getSignatureFields().get(0);
      PDAnnotationWidget widget = field.getWidgets().get(0);
      PDRectangle place = widget.getRectangle();
      PDAppearanceStream appearance = widget.getAppearance().getNormalAppearance().getAppearanceStream();
      byte[] drawing;
      try (InputStream in = appearance.getContentStream().createInputStream()) {
        drawing = in.readAllBytes();
      }
      PDResources resources = appearance.getResources();
      COSName fontName = resources.getFontNames().iterator().next();
      PDType0Font font = (PDType0Font) resources.getFont(fontName);
      byte[] fontFile;
      try (InputStream in = font.getDescendantFont().getFontDescriptor().getFontFile2().createInputStream()) {
        fontFile = in.readAllBytes();
      }
      return new Box(List.of(place.getLowerLeftX(), place.getLowerLeftY(), place.getUpperRightX(),
          place.getUpperRightY()), drawing, fontFile);
    }
  }

  private static void assertSameBox(Box expected, Box actual) {
    assertEquals(expected.rectangle(), actual.rectangle());
    assertArrayEquals(expected.drawing(), actual.drawing());
    assertArrayEquals(expected.font(), actual.font());
  }

  /** A one-page PDF with a larger page than the card's A4, so the box sits elsewhere from the top. */
  private static byte[] largerPage() throws IOException {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.addPage(new PDPage(new PDRectangle(1000, 760)));
      document.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void aBoxHandedOutAgainIsTheBoxDssDraws() throws IOException {
    KkPadesSigner signer = pki.padesSigner();
    byte[] first = signer.sign(card, key, SignatureLevel.PAdES_BASELINE_B);
    byte[] again = signer.sign(card, key, SignatureLevel.PAdES_BASELINE_B);
    byte[] drawnByAnother = pki.padesSigner().sign(card, key, SignatureLevel.PAdES_BASELINE_B);

    assertSameBox(boxOf(first), boxOf(again));
    assertSameBox(boxOf(drawnByAnother), boxOf(again));
    assertEquals(Indication.TOTAL_PASSED,
        new KkSignatureVerifier(List.of(pki.rootCertificate()), pki.ocspSource()).verify(again).indication());
  }

  @Test
  void aPageOfAnotherSizeGetsItsOwnBox() throws IOException {
    byte[] larger = largerPage();
    KkPadesSigner signer = pki.padesSigner();
    byte[] onTheCard = signer.sign(card, key, SignatureLevel.PAdES_BASELINE_B);
    byte[] onTheLargerPage = signer.sign(larger, key, SignatureLevel.PAdES_BASELINE_B);
    byte[] drawnFirstOnTheLargerPage = pki.padesSigner().sign(larger, key, SignatureLevel.PAdES_BASELINE_B);

    assertNotEquals(boxOf(onTheCard).rectangle(), boxOf(onTheLargerPage).rectangle());
    assertSameBox(boxOf(drawnFirstOnTheLargerPage), boxOf(onTheLargerPage));
  }
}
