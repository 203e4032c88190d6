package id.dukcapilceria.kk.signature.pades.dss;

import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pdf.pdfbox.visible.PdfBoxSignatureDrawer;
import eu.europa.esig.dss.pdf.pdfbox.visible.PdfBoxSignatureDrawerFactory;
import eu.europa.esig.dss.pdf.pdfbox.visible.nativedrawer.NativePdfBoxVisibleSignatureDrawer;
import eu.europa.esig.dss.spi.signature.resources.DSSResourcesHandler;
import eu.europa.esig.dss.spi.signature.resources.DSSResourcesHandlerBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

/**
 * DSS's native drawer of the visible signature, drawing each appearance once. For every card DSS
 * drew the signer's box into a new one-page PDF, saved it and handed it to PDFBox, which parses it
 * and copies the field into the card (a sixth of a B-B signature in a JFR profile). That small PDF
 * depends only on the appearance (the signer's words and font) and on where it goes (the field and
 * the page's size, crop box and rotation), so it is kept under exactly those and handed to PDFBox
 * again; PDFBox still parses it for each card, since it copies the parsed objects into the card.
 *
 * <p>Only appearances made by {@link id.dukcapilceria.kk.signature.pades.KkPadesSigner} ({@link Keyed}) are kept; any other parameters
 * are drawn by DSS every time.
 */
public final class ReusedAppearanceDrawers implements PdfBoxSignatureDrawerFactory {

  /** Signers times page shapes: a handful; the bound only guards against misuse. */
  private static final int MOST_KEPT = 64;

  /** Image parameters that say which appearance they draw: equal keys draw equal boxes. */
  public static final class Keyed extends SignatureImageParameters {
    private static final long serialVersionUID = 1L;
    private final transient Object appearance;

    public Keyed(Object appearance) {
      this.appearance = appearance;
    }
  }

  private record Where(Object appearance, int page, List<Float> field, Object rotation,
      List<Float> mediaBox, List<Float> cropBox, int pageRotation) {}

  private final Map<Where, byte[]> drawn = new ConcurrentHashMap<>();

  @Override
  public PdfBoxSignatureDrawer getSignatureDrawer(SignatureImageParameters parameters) {
    return new Drawer();
  }

  private final class Drawer extends NativePdfBoxVisibleSignatureDrawer {
    private Where where;
    private byte[] written;

    Drawer() {
      super.setResourcesHandlerBuilder(Captured::new);
    }

    /** DSS gives the drawer its signing service's handler; the box is drawn in memory and kept. */
    @Override
    public void setResourcesHandlerBuilder(DSSResourcesHandlerBuilder ignored) {
      super.setResourcesHandlerBuilder(Captured::new);
    }

    /** Keeps what DSS's drawer writes, so that it can be handed out again. */
    private final class Captured implements DSSResourcesHandler {
      private final ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);

      @Override
      public OutputStream createOutputStream() {
        return out;
      }

      @Override
      public DSSDocument writeToDSSDocument() {
        written = out.toByteArray();
        return new InMemoryDocument(written);
      }

      @Override
      public void close() {
        // memory only
      }
    }

    @Override
    public void init(SignatureImageParameters parameters, PDDocument document, SignatureOptions options)
        throws IOException {
      super.init(parameters, document, options);
      if (parameters instanceof Keyed keyed) {
        SignatureFieldParameters field = parameters.getFieldParameters();
        PDPage page = document.getPage(field.getPage() - 1);
        where = new Where(keyed.appearance, field.getPage(),
            List.of(field.getOriginX(), field.getOriginY(), field.getWidth(), field.getHeight()),
            field.getRotation(), corners(page.getMediaBox()), corners(page.getCropBox()), page.getRotation());
      }
    }

    @Override
    public void draw() throws IOException {
      byte[] box = where == null ? null : drawn.get(where);
      if (box != null) {
        signatureOptions.setVisualSignature(new ByteArrayInputStream(box));
        return;
      }
      super.draw();
      if (where != null && written != null) {
        if (drawn.size() >= MOST_KEPT) {
          drawn.clear();
        }
        drawn.put(where, written);
      }
    }
  }

  private static List<Float> corners(PDRectangle box) {
    return List.of(box.getLowerLeftX(), box.getLowerLeftY(), box.getUpperRightX(), box.getUpperRightY());
  }
}
