package id.dukcapilceria.kk.signature.verify.dss;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.signature.pki.KadisCredentials;
import id.dukcapilceria.kk.signature.render.KkPdfRenderer;
import id.dukcapilceria.kk.signature.testdata.KkTestData;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page is only left unrendered when both revisions draw it from equal objects: every kind of
 * change, visible or not, sends it to the renderer.
 */
class SamePageDrawingTest {

  private static byte[] card;

  @BeforeAll
  static void render() {
    card = new KkPdfRenderer().render(KkTestData.document(true));
  }

  @Test
  void theSameCardParsedTwiceIsDrawnAlike() throws Exception {
    assertTrue(alike(card, card));
    assertTrue(alike(card, changed(document -> { })),
        "saved again without a change: the control for the tests below, which change one thing");
  }

  @Test
  void aMarkOnThePageIsNotDrawnAlike() throws Exception {
    assertFalse(alike(card, changed(document -> {
      try (PDPageContentStream content = new PDPageContentStream(
          document, document.getPage(0), PDPageContentStream.AppendMode.APPEND, true)) {
        content.setNonStrokingColor(Color.WHITE);
        content.addRect(60, 300, 200, 30);
        content.fill();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    })));
  }

  @Test
  void aChangedResourceOrBoxOrLayerIsNotDrawnAlike() throws Exception {
    assertFalse(alike(card, changed(document -> document.getPage(0).getResources()
        .add(new PDExtendedGraphicsState()))), "an extra graphics state, even unused");
    assertFalse(alike(card, changed(document -> document.getPage(0)
        .setCropBox(new PDRectangle(0, 0, 400, 300)))), "a smaller visible area");
    assertFalse(alike(card, changed(document -> document.getDocumentCatalog().getCOSObject()
        .setItem(COSName.OCPROPERTIES, new COSDictionary()))), "optional content appears");
  }

  @Test
  void aChangedByteInsideAFontIsNotDrawnAlike() throws Exception {
    byte[] other = changed(document -> {
      try {
        var resources = document.getPage(0).getResources();
        COSName name = resources.getFontNames().iterator().next();
        var font = resources.getFont(name).getFontDescriptor().getFontFile2();
        byte[] bytes;
        try (var in = font.createInputStream()) {
          bytes = in.readAllBytes();
        }
        bytes[bytes.length / 2] ^= 0x01;
        try (var out = font.getCOSObject().createOutputStream()) {
          out.write(bytes);
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertFalse(alike(card, other));
  }

  /** What the saving is for: B-LT adds validation data after signing and leaves the page alone. */
  @Test
  void aLongTermCardsSignedRevisionAndFinalFileAreDrawnAlike(@TempDir Path pkiDir) throws Exception {
    DemoPki pki = DemoPki.createOrOpen(pkiDir);
    byte[] signed;
    try (KadisCredentials credentials = pki.openKadisKey(DemoPki.DEMO_PASSPHRASE.toCharArray())) {
      signed = pki.padesSigner().sign(card, credentials, SignatureLevel.PAdES_BASELINE_LT);
    }
    byte[] signedRevision;
    try (PDDocument document = Loader.loadPDF(signed)) {
      int[] range = document.getLastSignatureDictionary().getByteRange();
      signedRevision = Arrays.copyOf(signed, range[2] + range[3]);
    }
    assertTrue(signedRevision.length < signed.length, "LT appends a revision");
    assertTrue(alike(signedRevision, signed));
  }

  private static boolean alike(byte[] before, byte[] after) throws Exception {
    try (PDDocument a = Loader.loadPDF(before); PDDocument b = Loader.loadPDF(after)) {
      return SamePageDrawing.of(a, b, 0);
    }
  }

  private static byte[] changed(Consumer<PDDocument> change) throws Exception {
    try (PDDocument document = Loader.loadPDF(card); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      change.accept(document);
      document.save(out);
      return out.toByteArray();
    }
  }
}
