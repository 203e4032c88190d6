package id.dukcapilceria.kk.signature.verify.dss;

import eu.europa.esig.dss.pdf.AnnotationBox;
import eu.europa.esig.dss.pdf.PdfAnnotation;
import eu.europa.esig.dss.pdf.PdfDocumentReader;
import eu.europa.esig.dss.pdf.modifications.CommonPdfModification;
import eu.europa.esig.dss.pdf.modifications.DefaultPdfDifferencesFinder;
import eu.europa.esig.dss.pdf.modifications.PdfDifferencesFinder;
import eu.europa.esig.dss.pdf.modifications.PdfModification;
import eu.europa.esig.dss.pdf.visible.ImageUtils;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDocumentReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import java.awt.image.BufferedImage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * DSS's check for visual changes after signing, with the two renderings of each page made at the
 * same time: the page as it was signed on another core, while this thread renders the page of the
 * final document without the annotations added after signing. Each page is then compared pixel by
 * pixel with DSS's criterion ({@link #samePixels}), as DSS's default finder does one rendering
 * after the other. Rendering is most of a verification's time, and the two revisions are
 * independent documents. A page that both revisions draw from equal objects is not rendered at
 * all ({@link #drawnAlike}). The other checks (annotation overlaps, added or removed pages) are
 * DSS's own.
 *
 * <p>Tried and dropped: rendering the final document already while DSS parses the revisions made
 * a verification slower (31 against 24 ms median), the two cores being busy already.
 */
public final class ConcurrentPageComparison implements PdfDifferencesFinder {

  /** Longer documents are not compared visually, as in DSS; a KK has one or two pages. */
  static final int MAXIMUM_PAGES = 10;

  /** Pages without anti-aliasing are rendered at twice DSS's 72 dpi; see {@link #sharpRendering}. */
  static final float SHARP_SCALE = 2f;

  /**
   * The most pixels one page may be rendered with: an A2 sheet at 144 dpi (a KK is A4, about 2
   * million). The page size is written in the document by whoever made it; a page box of a few
   * kilometres in a later revision would otherwise make the comparison allocate a raster of
   * gigabytes. A page over this is not rendered and counts as changed after signing: what cannot
   * be compared cannot be vouched for.
   */
  static final double MAXIMUM_PAGE_PIXELS = 8_000_000;

  private final DefaultPdfDifferencesFinder dss = new DefaultPdfDifferencesFinder();

  @Override
  public List<PdfModification> getAnnotationOverlaps(PdfDocumentReader reader) {
    return dss.getAnnotationOverlaps(reader);
  }

  @Override
  public boolean isAnnotationBoxOverlapping(AnnotationBox box, List<PdfAnnotation> annotations) {
    return dss.isAnnotationBoxOverlapping(box, annotations);
  }

  @Override
  public List<PdfModification> getPagesDifferences(PdfDocumentReader signed, PdfDocumentReader last) {
    return dss.getPagesDifferences(signed, last);
  }

  @Override
  public List<PdfModification> getVisualDifferences(PdfDocumentReader signed, PdfDocumentReader last) {
    if (last.getNumberOfPages() > MAXIMUM_PAGES) {
      return List.of();
    }
    int pages = Math.min(signed.getNumberOfPages(), last.getNumberOfPages());
    List<List<PdfAnnotation>> added = new ArrayList<>();
    try {
      // annotations first, on this thread: afterwards each reader is used by one thread only
      for (int page = 1; page <= pages; page++) {
        List<PdfAnnotation> annotations = new ArrayList<>(last.getPdfAnnotations(page));
        annotations.removeAll(signed.getPdfAnnotations(page));
        added.add(annotations);
      }
    } catch (IOException e) {
      return List.of(); // as DSS: unreadable annotations are not a visual change
    }
    return sideBySide(signed, last, pages, added);
  }

  private List<PdfModification> sideBySide(
      PdfDocumentReader signed, PdfDocumentReader last, int pages, List<List<PdfAnnotation>> added) {
    boolean[] sharp = new boolean[pages];
    boolean[] drawnAlike = new boolean[pages];
    boolean anyToRender = false;
    List<PdfModification> tooLarge = new ArrayList<>();
    for (int page = 1; page <= pages; page++) {
      sharp[page - 1] = added.get(page - 1).isEmpty()
          && signed instanceof PdfBoxDocumentReader && last instanceof PdfBoxDocumentReader;
      drawnAlike[page - 1] = sharp[page - 1] && drawnAlike(signed, last, page);
      if (!drawnAlike[page - 1] && !(withinBudget(signed, page) && withinBudget(last, page))) {
        tooLarge.add(new CommonPdfModification(page));
      }
      anyToRender |= !drawnAlike[page - 1];
    }
    if (!tooLarge.isEmpty()) {
      return tooLarge;
    }
    if (!anyToRender) {
      return List.of();
    }
    CompletableFuture<List<BufferedImage>> signedPages =
        CompletableFuture.supplyAsync(() -> renderAll(signed, pages, sharp, drawnAlike));
    try {
      List<BufferedImage> lastPages = new ArrayList<>();
      for (int page = 1; page <= pages; page++) {
        if (drawnAlike[page - 1]) {
          lastPages.add(null);
          continue;
        }
        lastPages.add(sharp[page - 1]
            ? sharpRendering(last, page)
            : last.generateImageScreenshotWithoutAnnotations(page, added.get(page - 1)));
      }
      List<BufferedImage> before = signedPages.join();
      List<PdfModification> differences = differences(before, lastPages, pages);
      giveBack(before, lastPages, sharp);
      return differences;
    } catch (IOException | CompletionException e) {
      // as DSS does: a page that cannot be rendered is not reported as a visual change; the
      // object-level modification checks still see what was changed
      signedPages.handle((images, failure) -> images).join(); // DSS closes the reader next
      return List.of();
    }
  }

  /**
   * A page drawn from the same objects in both revisions ({@link SamePageDrawing}) would render
   * to the same pixels, so it is not rendered: in a B-B, B-T or B-LT card as issued (one revision,
   * or only validation data added after signing) no page is. B-LTA adds a time-stamp's widget to
   * the first page, an annotation added after signing, so that page is still rendered as DSS does.
   * A page that cannot be read this way is rendered.
   */
  private static boolean drawnAlike(PdfDocumentReader signed, PdfDocumentReader last, int page) {
    try {
      return SamePageDrawing.of(((PdfBoxDocumentReader) signed).getPDDocument(),
          ((PdfBoxDocumentReader) last).getPDDocument(), page - 1);
    } catch (IOException | RuntimeException unreadable) {
      return false;
    }
  }

  /**
   * Whether the page's boxes, at the sharp rendering's scale, stay within {@link
   * #MAXIMUM_PAGE_PIXELS}. Both the crop box (what is rendered here) and the media box (what DSS
   * renders) are asked; an unreadable page is outside the budget.
   */
  static boolean withinBudget(PdfDocumentReader reader, int page) {
    if (!(reader instanceof PdfBoxDocumentReader pdfBox)) {
      return false;
    }
    try {
      PDPage pdfPage = pdfBox.getPDDocument().getPage(page - 1);
      return pixels(pdfPage.getCropBox()) <= MAXIMUM_PAGE_PIXELS && pixels(pdfPage.getMediaBox()) <= MAXIMUM_PAGE_PIXELS;
    } catch (RuntimeException unreadable) {
      return false;
    }
  }

  private static double pixels(PDRectangle box) {
    double width = Math.abs((double) box.getWidth()) * SHARP_SCALE;
    double height = Math.abs((double) box.getHeight()) * SHARP_SCALE;
    double pixels = width * height;
    return Double.isFinite(pixels) ? pixels : Double.POSITIVE_INFINITY;
  }

  /** Only the sharp renderings are ours to reuse; DSS's are left to the garbage collector. */
  private static void giveBack(List<BufferedImage> before, List<BufferedImage> after, boolean[] sharp) {
    List<BufferedImage> ours = new ArrayList<>();
    for (int page = 0; page < sharp.length; page++) {
      if (sharp[page]) {
        ours.add(before.get(page));
        ours.add(after.get(page));
      }
    }
    SPARE_PAGES.giveBack(ours);
  }

  private static List<PdfModification> differences(
      List<BufferedImage> before, List<BufferedImage> after, int pages) {
    List<PdfModification> differences = new ArrayList<>();
    for (int page = 1; page <= pages; page++) {
      if (before.get(page - 1) == null) {
        continue; // drawn from the same objects
      }
      if (!samePixels(before.get(page - 1), after.get(page - 1))) {
        differences.add(new CommonPdfModification(page));
      }
    }
    return differences;
  }

  /**
   * DSS's criterion: the same size and, in every pixel, the same red, green and blue. DSS reads
   * the images pixel by pixel through their colour model, which took a third of a verification;
   * page renderings are plain 32-bit RGB rasters, compared here as arrays. Other image types go
   * to DSS's own comparison.
   */
  static boolean samePixels(BufferedImage a, BufferedImage b) {
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      return false;
    }
    if (!isPlainRgb(a) || !isPlainRgb(b)) {
      return ImageUtils.imagesEqual(a, b);
    }
    int[] left = ((DataBufferInt) a.getRaster().getDataBuffer()).getData();
    int[] right = ((DataBufferInt) b.getRaster().getDataBuffer()).getData();
    int from = Arrays.mismatch(left, right);
    while (from >= 0) {
      if (((left[from] ^ right[from]) & 0x00FF_FFFF) != 0) {
        return false; // a colour differs, not only the unused or alpha byte
      }
      int next = Arrays.mismatch(left, from + 1, left.length, right, from + 1, right.length);
      from = next < 0 ? -1 : from + 1 + next;
    }
    return true;
  }

  /**
   * The page at {@link #SHARP_SCALE} times DSS's resolution, without anti-aliasing. DSS renders at
   * 72 dpi with anti-aliasing, and smoothing the edges of every glyph was about half of a
   * verification in a JFR profile. Without it a page renders in less than half the time even at
   * twice the resolution (144 dpi, four times the pixels); at that resolution a mark down to
   * about half a point is a whole pixel that differs, where DSS's rendering shows it as a shade.
   * Used only when no annotation was added after signing on that page (a KK, as issued, has
   * none): hiding added annotations is DSS's own code, so such a page is compared as DSS renders it.
   */
  private static BufferedImage sharpRendering(PdfDocumentReader reader, int page) throws IOException {
    PDDocument document = ((PdfBoxDocumentReader) reader).getPDDocument();
    PDPage pdfPage = document.getPage(page - 1);
    PDRectangle crop = pdfPage.getCropBox();
    int width = (int) Math.max(1, Math.floor(crop.getWidth() * SHARP_SCALE));
    int height = (int) Math.max(1, Math.floor(crop.getHeight() * SHARP_SCALE));
    if (pdfPage.getRotation() % 180 != 0) {
      int turned = width;
      width = height;
      height = turned;
    }
    BufferedImage image = SPARE_PAGES.take(width, height);
    PDFRenderer renderer = new PDFRenderer(document);
    RenderingHints hints = new RenderingHints(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
    hints.put(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
    hints.put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_SPEED);
    hints.put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    renderer.setRenderingHints(hints);
    Graphics2D graphics = image.createGraphics();
    try {
      graphics.setBackground(Color.WHITE);
      graphics.clearRect(0, 0, width, height);
      renderer.renderPageToGraphics(page - 1, graphics, SHARP_SCALE, SHARP_SCALE);
    } finally {
      graphics.dispose();
    }
    return image;
  }

  /**
   * Page images kept for the next verification. A page at 144 dpi is an 8 MB array; allocating
   * two per verification made the garbage collector start a marking cycle every few
   * verifications (arrays that large bypass the young generation), with pauses that stop both
   * cores. A few are kept, enough for two verifications at once.
   */
  private static final class SparePages {
    private static final int KEPT = 4;
    private final ConcurrentLinkedQueue<BufferedImage> spare = new ConcurrentLinkedQueue<>();

    BufferedImage take(int width, int height) {
      for (BufferedImage image; (image = spare.poll()) != null; ) {
        if (image.getWidth() == width && image.getHeight() == height) {
          return image;
        }
      }
      return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    void giveBack(List<BufferedImage> images) {
      for (BufferedImage image : images) {
        if (image != null && image.getType() == BufferedImage.TYPE_INT_RGB && spare.size() < KEPT) {
          spare.offer(image);
        }
      }
    }
  }

  private static final SparePages SPARE_PAGES = new SparePages();

  private static boolean isPlainRgb(BufferedImage image) {
    int type = image.getType();
    return (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB)
        && image.getRaster().getDataBuffer() instanceof DataBufferInt buffer
        && buffer.getNumBanks() == 1
        && image.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel model
        && model.getScanlineStride() == image.getWidth()
        && image.getRaster().getSampleModelTranslateX() == 0
        && image.getRaster().getSampleModelTranslateY() == 0
        && buffer.getData().length == image.getWidth() * image.getHeight();
  }

  private static List<BufferedImage> renderAll(
      PdfDocumentReader reader, int pages, boolean[] sharp, boolean[] drawnAlike) {
    List<BufferedImage> images = new ArrayList<>(pages);
    try {
      for (int page = 1; page <= pages; page++) {
        if (drawnAlike[page - 1]) {
          images.add(null);
        } else {
          images.add(sharp[page - 1] ? sharpRendering(reader, page) : reader.generateImageScreenshot(page));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return images;
  }
}
