package id.dukcapilceria.kk.portal.dokumen;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Decides what an uploaded scan is from its content, never from its name, by decoding all of it:
 * a JPEG or PNG must decode completely, a PDF must open with every page drawn. Nothing in the file
 * decides how much is allocated: the declared size of an image or a page, the number of pages and
 * the bytes its streams inflate to are held to the budgets below before anything is decoded at
 * that size. The whole file must be of the one type it starts as (no second format after or inside
 * it), and PDFs must not be encrypted nor carry JavaScript, launch actions or embedded files.
 * Anything else is refused with the reason (a message key).
 */
public final class UploadCheck {

  public static final long MAX_BYTES = 5L * 1024 * 1024;
  /** A page of A4 scanned at 600 dpi is 35 million pixels; a phone's photo 12 to 50. */
  static final long MAX_IMAGE_PIXELS = 50_000_000L;
  /** The most pixels an image is decoded into here: larger ones are read with every n-th pixel. */
  private static final long DECODED_PIXELS = 2_000_000L;
  /** A requirement document has a few pages (a family's birth certificates, a court ruling). */
  static final int MAX_PDF_PAGES = 100;
  /** What all content streams of a PDF may inflate to; a scan's are a few kilobytes a page. */
  static final long MAX_PDF_CONTENT_BYTES = 32L * 1024 * 1024;
  /** The largest page PDF allows (ISO 32000-1, Annex C: 14,400 units, 200 inches). */
  private static final float MAX_PAGE_UNITS = 14_400f;
  /** Each page is drawn small: enough to run every operator and decode every image it shows. */
  private static final float RENDER_SCALE = 0.25f;
  private static final String[] ACTIVE_PDF_CONTENT = {"/JavaScript", "/JS", "/Launch", "/EmbeddedFile", "/XFA"};
  private static final byte[] PDF_MARKER = "%PDF".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

  private UploadCheck() {}

  /** The media type of an acceptable scan, or a refusal. */
  public static Result check(byte[] content) {
    if (content.length == 0) {
      return Result.refused("upload.empty");
    }
    if (content.length > MAX_BYTES) {
      return Result.refused("upload.tooLarge");
    }
    if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
      return checkImage(content, "image/jpeg", endsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD9}));
    }
    if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return checkImage(content, "image/png", endsWith(content, PNG_END));
    }
    if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
      return checkPdf(content);
    }
    return Result.refused("upload.type");
  }

  /**
   * An image that ends where its format ends (a JPEG with its end marker, a PNG with its IEND
   * chunk: nothing appended), holds no PDF (a PDF reader would open such a "picture" as a
   * document), declares at most {@link #MAX_IMAGE_PIXELS} and decodes to the end without a warning.
   */
  private static Result checkImage(byte[] content, String mediaType, boolean endsAsItsFormat) {
    if (!endsAsItsFormat) {
      return Result.refused("upload.trailingData");
    }
    if (indexOf(content, PDF_MARKER) >= 0) {
      return Result.refused("upload.polyglot");
    }
    try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
      Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(mediaType);
      if (!readers.hasNext()) {
        return Result.refused("upload.imageBroken");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(input, true, true);
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        if (pixels <= 0 || pixels > MAX_IMAGE_PIXELS) {
          return Result.refused("upload.imageTooLarge");
        }
        AtomicBoolean warned = new AtomicBoolean();
        reader.addIIOReadWarningListener(new IIOReadWarningListener() {
          @Override
          public void warningOccurred(ImageReader source, String warning) {
            warned.set(true); // e.g. "Premature end of JPEG file": a truncated scan
          }
        });
        ImageReadParam every = reader.getDefaultReadParam();
        int step = (int) Math.ceil(Math.sqrt((double) pixels / DECODED_PIXELS));
        if (step > 1) {
          every.setSourceSubsampling(step, step, 0, 0);
        }
        BufferedImage decoded = reader.read(0, every);
        if (decoded == null || warned.get()) {
          return Result.refused("upload.imageBroken");
        }
        return Result.accepted(mediaType);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException broken) {
      return Result.refused("upload.imageBroken");
    }
  }

  private static Result checkPdf(byte[] content) {
    // a quick look at the raw bytes catches active content in uncompressed objects
    String raw = new String(content, StandardCharsets.ISO_8859_1);
    for (String marker : ACTIVE_PDF_CONTENT) {
      if (raw.contains(marker)) {
        return Result.refused("upload.pdfActive");
      }
    }
    // a complete file ends with its last end-of-file marker; PDFBox would quietly mend a cut one
    int end = raw.lastIndexOf("%%EOF");
    if (end < 0) {
      return Result.refused("upload.pdfBroken");
    }
    if (!raw.substring(end + 5).isBlank()) {
      return Result.refused("upload.trailingData");
    }
    try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(content))) {
      if (pdf.isEncrypted()) {
        return Result.refused("upload.pdfEncrypted");
      }
      PDDocumentNameDictionary names = pdf.getDocumentCatalog().getNames();
      boolean active = names != null && (names.getJavaScript() != null || names.getEmbeddedFiles() != null);
      if (active || pdf.getDocumentCatalog().getOpenAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript) {
        return Result.refused("upload.pdfActive");
      }
      return pagesWithinBudget(pdf);
    } catch (IOException | RuntimeException broken) {
      return Result.refused("upload.pdfBroken");
    }
  }

  /**
   * Every page: a size PDF allows, its content and form streams inflated within {@link
   * #MAX_PDF_CONTENT_BYTES} for the whole document, every image within {@link #MAX_IMAGE_PIXELS},
   * then drawn small, which runs every operator and decodes every image (subsampled).
   */
  private static Result pagesWithinBudget(PDDocument pdf) throws IOException {
    int pages = pdf.getNumberOfPages();
    if (pages == 0) {
      return Result.refused("upload.pdfBroken");
    }
    if (pages > MAX_PDF_PAGES) {
      return Result.refused("upload.pdfTooManyPages");
    }
    long[] inflated = {0};
    for (PDPage page : pdf.getPages()) {
      PDRectangle box = page.getMediaBox();
      if (!(box.getWidth() > 0 && box.getHeight() > 0 && box.getWidth() <= MAX_PAGE_UNITS && box.getHeight() <= MAX_PAGE_UNITS)) {
        return Result.refused("upload.pdfPageSize");
      }
      if (!contentWithinBudget(page, inflated)) {
        return Result.refused("upload.pdfTooMuchContent");
      }
      String refusal = xObjectsWithinBudget(page.getResources(), inflated, 0);
      if (refusal != null) {
        return Result.refused(refusal);
      }
    }
    PDFRenderer renderer = new PDFRenderer(pdf);
    renderer.setSubsamplingAllowed(true);
    for (int page = 0; page < pages; page++) {
      renderer.renderImage(page, RENDER_SCALE);
    }
    return Result.accepted("application/pdf");
  }

  private static boolean contentWithinBudget(PDPage page, long[] inflated) throws IOException {
    Iterator<PDStream> streams = page.getContentStreams();
    while (streams.hasNext()) {
      if (!inflate(streams.next().createInputStream(), inflated)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The XObjects a page draws: forms carry content streams of their own (counted into the same
   * budget, nested a few levels at most), images must declare at most {@link #MAX_IMAGE_PIXELS}.
   * The refusal's key, or null.
   */
  private static String xObjectsWithinBudget(PDResources resources, long[] inflated, int depth) throws IOException {
    if (resources == null) {
      return null;
    }
    if (depth > 8) {
      return "upload.pdfTooMuchContent";
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDImageXObject image && (image.getWidth() <= 0 || image.getHeight() <= 0
          || (long) image.getWidth() * image.getHeight() > MAX_IMAGE_PIXELS)) {
        return "upload.imageTooLarge";
      }
      if (object instanceof PDFormXObject form) {
        if (!inflate(form.getContentStream().createInputStream(), inflated)) {
          return "upload.pdfTooMuchContent";
        }
        String nested = xObjectsWithinBudget(form.getResources(), inflated, depth + 1);
        if (nested != null) {
          return nested;
        }
      }
    }
    return null;
  }

  /** Reads a stream to its end, counting what it inflates to; false as soon as the budget is spent. */
  private static boolean inflate(InputStream stream, long[] inflated) throws IOException {
    try (InputStream in = stream) {
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        inflated[0] += n;
        if (inflated[0] > MAX_PDF_CONTENT_BYTES) {
          return false;
        }
      }
      return true;
    }
  }

  private static boolean startsWith(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether the content ends with {@code suffix}, after any zero bytes some scanners pad with. */
  private static boolean endsWith(byte[] content, byte[] suffix) {
    int end = content.length;
    while (end > 0 && content[end - 1] == 0) {
      end--;
    }
    if (end < suffix.length) {
      return false;
    }
    for (int i = 0; i < suffix.length; i++) {
      if (content[end - suffix.length + i] != suffix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] content, byte[] wanted) {
    outer:
    for (int i = 0; i + wanted.length <= content.length; i++) {
      for (int j = 0; j < wanted.length; j++) {
        if (content[i + j] != wanted[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Accepted with a media type, or refused with a message key. */
  public record Result(String mediaType, String refusal) {
    static Result accepted(String mediaType) {
      return new Result(mediaType, null);
    }

    static Result refused(String key) {
      return new Result(null, key);
    }

    public boolean isAccepted() {
      return refusal == null;
    }
  }
}
