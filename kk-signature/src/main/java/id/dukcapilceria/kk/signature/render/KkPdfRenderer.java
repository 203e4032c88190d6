package id.dukcapilceria.kk.signature.render;

import id.dukcapilceria.kk.domain.kartukeluarga.CardChanges;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.util.Matrix;

/**
 * Renders a KK as a landscape A4 PDF laid out after the national digital KK (docs/domain.md §1): title
 * and number, the 4+4 header fields, the two member tables with columns (1)–(17) and the footer
 * with the Kadis block. Long values wrap inside their cells and rows grow to fit. Page 1 always
 * holds the header fields, the footer and the signature box; the rows that do not fit above the
 * footer continue on further pages, each with the title, the number and both table headers again,
 * and every page says "Halaman n dari m" (see {@link KkLayout}).
 *
 * <p>The output is the <em>final</em> document that is then signed once; nothing may change it
 * afterwards. It is reproducible: the same {@link KkDocument} always gives the same bytes, because
 * the document dates and the file identifier are derived from the content and the issue date.
 * Fonts are the Liberation Sans bundled with PDFBox, embedded as a subset (no standard-14 fonts,
 * so the page looks the same in every viewer and can become PDF/A later).
 */
public final class KkPdfRenderer {

  /** The statement that closes a card signed with a BSrE certificate (docs/domain.md §1.4). */
  public static final String BSRE_STATEMENT =
      "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang"
          + " diterbitkan oleh Balai Sertifikasi Elektronik (BSrE), BSSN.";

  /**
   * The statement that closes a card signed with any other certificate (the demo PKI's, another
   * CA's): it names no certification authority the signature does not come from.
   */
  public static final String SIGNED_STATEMENT =
      "Dokumen ini telah ditandatangani secara elektronik. Keasliannya dapat diperiksa melalui kode QR.";

  public static final String SPECIMEN_WATERMARK = "SPESIMEN \u2014 TIDAK BERLAKU";

  /**
   * Across every page of a preview: the card as it will be signed, shown to the officers before
   * the Kadis signs, must not pass for a card (it is not signed, and its QR code leads nowhere).
   */
  public static final String PREVIEW_WATERMARK = "PRATINJAU \u2014 BELUM DITANDATANGANI";

  public static final String SPECIMEN_NOTICE =
      "SPESIMEN: ditandatangani dengan PKI DEMO, bukan sertifikat BSrE."
          + " Dokumen ini BUKAN Kartu Keluarga yang sah.";

  private static final String FONT_RESOURCE =
      "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private static final PDRectangle PAGE_SIZE =
      new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
  private static final float MARGIN = 36f;


  // the Kadis block on the right of the footer
  private static final float KADIS_CENTRE_X = 682f;
  private static final float QR_X = 558f;
  private static final float QR_TOP = 440f;
  private static final float QR_SIZE = 62f;

  private static final float TAG_SIZE = 4f;

  private static final SignatureBox SIGNATURE_BOX =
      new SignatureBox(1, 628f, QR_TOP, 176f, QR_SIZE);

  /**
   * The empty rectangle left for the visible signature, in points from the top-left corner of page
   * 1 (the convention of DSS {@code SignatureFieldParameters}).
   */
  public static SignatureBox signatureBox() {
    return SIGNATURE_BOX;
  }

  private final String signatureTag;

  /** A renderer of cards whose signature box is left empty for the signer to draw into. */
  public KkPdfRenderer() {
    this(null);
  }

  /**
   * A renderer that also writes {@code signatureTag}, in white, at the top-left corner of the
   * signature box: a remote signing authority that places its stamp at a text tag (BSrE's
   * {@code tag_koordinat}) finds the place there.
   *
   * @param signatureTag printable ASCII, or null for none
   */
  public KkPdfRenderer(String signatureTag) {
    if (signatureTag != null && !signatureTag.matches("[!-~]{1,40}")) {
      throw new IllegalArgumentException("A signature tag is 1 to 40 printable ASCII characters without spaces");
    }
    this.signatureTag = signatureTag;
  }

  /** Renders the card. */
  public byte[] render(KkDocument document) {
    return render(document, false, ChangeMarks.NONE);
  }

  /**
   * The same card marked across every page as an unsigned preview ({@link #PREVIEW_WATERMARK}),
   * crossing the specimen mark if there is one: for looking at, never for signing.
   */
  public byte[] renderPreview(KkDocument document) {
    return render(document, true, ChangeMarks.NONE);
  }

  /**
   * The preview of a card that replaces the family's active one, marking on the card what {@code
   * changes} lists: changed cells and header values, the rows of members who join, and the names
   * of those who leave, with a legend above the title.
   *
   * @param changes from the family's active card to this one; {@code null} marks nothing
   */
  public byte[] renderPreview(KkDocument document, CardChanges changes) {
    return render(document, true, ChangeMarks.of(changes));
  }

  private byte[] render(KkDocument document, boolean preview, ChangeMarks marks) {
    try (PDDocument pdf = new PDDocument()) {
      PDFont font = loadFont(pdf);
      List<KkLayout.Page> pages = layout(document, font);
      for (KkLayout.Page layout : pages) {
        PDPage page = new PDPage(PAGE_SIZE);
        pdf.addPage(page);
        try (PDPageContentStream stream = new PDPageContentStream(pdf, page)) {
          PageWriter writer = new PageWriter(stream, font, PAGE_SIZE.getHeight());
          drawTitle(writer, document.kartuKeluarga());
          writer.rightAligned(
              "Halaman " + layout.number() + " dari " + pages.size(),
              PAGE_SIZE.getWidth() - MARGIN,
              40,
              8);
          if (layout.number() == 1) {
            drawHeader(writer, document, marks);
          }
          if (marks.compared()) {
            drawLegend(writer, stream, marks);
          }
          for (KkLayout.Table table : layout.tables()) {
            drawTable(writer, table, document.kartuKeluarga(), marks);
          }
          if (layout.number() == 1) {
            drawFooter(writer, document);
            linkQrCode(page, document);
            if (signatureTag != null) {
              stream.setNonStrokingColor(Color.WHITE);
              writer.text(signatureTag, SIGNATURE_BOX.x(), SIGNATURE_BOX.y() + TAG_SIZE, TAG_SIZE);
              stream.setNonStrokingColor(Color.BLACK);
            }
          } else {
            drawContinuationNote(writer, document.kartuKeluarga());
          }
          if (document.specimen()) {
            drawSpecimenNotice(writer, stream);
            drawWatermark(writer, stream, SPECIMEN_WATERMARK, new Color(0xC0, 0x00, 0x00), 1);
          }
          if (preview) {
            drawWatermark(writer, stream, PREVIEW_WATERMARK, new Color(0x00, 0x3F, 0xA0), -1);
          }
        }
      }
      setMetadata(pdf, document);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render the KK", e);
    }
  }

  /**
   * The pages and the position of every table cell, exactly as {@link #render} draws them (for
   * tests that look for each value in its own cell).
   */
  static List<KkLayout.Page> layout(KkDocument document) {
    try (PDDocument pdf = new PDDocument()) {
      return layout(document, loadFont(pdf));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot load the font", e);
    }
  }

  private static List<KkLayout.Page> layout(KkDocument document, PDFont font) {
    PageWriter measure = new PageWriter(null, font, PAGE_SIZE.getHeight());
    return new KkLayout(measure).pages(document.kartuKeluarga().anggota());
  }

  private static PDFont loadFont(PDDocument pdf) throws IOException {
    try (InputStream in = PDDocument.class.getResourceAsStream(FONT_RESOURCE)) {
      if (in == null) {
        throw new IOException("PDFBox no longer bundles " + FONT_RESOURCE);
      }
      return PDType0Font.load(pdf, in, true);
    }
  }

  private static String nomor(KartuKeluarga kk) {
    return kk.nomorKk().map(NomorKk::value).orElse("(KONSEP, BELUM BERNOMOR)");
  }

  private void drawTitle(PageWriter page, KartuKeluarga kk) {
    float centre = PAGE_SIZE.getWidth() / 2;
    page.boldCentred("KARTU KELUARGA", centre, 54, 18);
    page.boldCentred("No. " + nomor(kk), centre, 74, 12);
  }

  /** One of the 4+4 header fields; {@code marked} in a preview when it differs from the active card. */
  private record HeaderField(String label, String value, boolean marked) {}

  private void drawHeader(PageWriter page, KkDocument document, ChangeMarks marks) {
    KartuKeluarga kk = document.kartuKeluarga();
    boolean region = marks.address("kodeDesa");
    List<HeaderField> left = List.of(
        new HeaderField("Nama Kepala Keluarga", kk.namaKepalaKeluarga(), false),
        new HeaderField("Alamat", kk.alamat().jalan(), marks.address("alamat")),
        new HeaderField("RT/RW", kk.alamat().rtRw().toString(), marks.address("rt", "rw")),
        new HeaderField("Desa/Kelurahan", document.namaDesa(), region));
    List<HeaderField> right = List.of(
        new HeaderField("Kecamatan", document.namaKecamatan(), region),
        new HeaderField("Kabupaten/Kota", document.namaKabupaten(), region),
        new HeaderField("Kode Pos", kk.alamat().kodePos(), marks.address("kodePos")),
        new HeaderField("Provinsi", document.namaProvinsi(), region));
    drawFieldColumn(page, left, MARGIN, 124, 280);
    drawFieldColumn(page, right, 470, 90, 240);
  }

  private void drawFieldColumn(
      PageWriter page, List<HeaderField> fields, float x, float labelWidth, float valueWidth) {
    float size = 9;
    float baseline = 100;
    for (HeaderField field : fields) {
      // every value on the card is printed in upper case (docs/domain.md §1.2)
      String value = field.value() == null ? "" : field.value().toUpperCase(java.util.Locale.ROOT);
      float fitting = page.fittingSize(value, valueWidth, size);
      if (field.marked()) {
        float marked = Math.max(24, Math.min(valueWidth, page.width(value, fitting))) + 6;
        page.fill(x + labelWidth + 5, baseline - size - 1, marked, size + 4, ChangeMarks.CHANGED);
      }
      page.text(field.label(), x, baseline, size);
      page.text(":", x + labelWidth, baseline, size);
      page.text(value, x + labelWidth + 8, baseline, fitting);
      baseline += 14;
    }
  }

  /**
   * Above the title of a preview that replaces an active card: what the colours mean, and who
   * leaves the family (they are on no row of the new card).
   */
  private void drawLegend(PageWriter page, PDPageContentStream stream, ChangeMarks marks) throws IOException {
    float width = PAGE_SIZE.getWidth() - 2 * MARGIN;
    page.text(ChangeMarks.LEGEND, MARGIN, 20, page.fittingSize(ChangeMarks.LEGEND, width, 7));
    List<String> removed = marks.removed();
    if (!removed.isEmpty()) {
      // as many names as fit on the line; the detail beside the picture lists them all
      String line = ChangeMarks.REMOVED_LABEL + String.join("; ", removed);
      for (int shown = removed.size() - 1; shown > 0 && page.width(line, 7) > width; shown--) {
        line = ChangeMarks.REMOVED_LABEL + String.join("; ", removed.subList(0, shown))
            + "; dan " + (removed.size() - shown) + " anggota lain (lihat rincian)";
      }
      stream.setNonStrokingColor(ChangeMarks.REMOVED);
      page.text(line, MARGIN, 31, page.fittingSize(line, width, 7));
      stream.setNonStrokingColor(Color.BLACK);
    }
  }

  private void drawTable(PageWriter page, KkLayout.Table table, KartuKeluarga kk, ChangeMarks marks) {
    float left = MARGIN;
    page.lineWidth(0.6f);
    page.rectangle(left, table.top(), table.width(), table.bottom() - table.top());
    page.line(left, table.top() + table.headerHeight(), left + table.width(), table.top() + table.headerHeight());
    page.line(left, table.rowsTop(), left + table.width(), table.rowsTop());
    drawHeaders(page, table);
    for (KkLayout.Cell cell : table.cells()) {
      drawCell(page, cell, marks.cell(kk.anggota().get(cell.row() - 1), cell.column()));
    }
    page.lineWidth(0.3f);
    for (int i = 1; i < table.rowTops().size(); i++) {
      float y = table.rowTops().get(i);
      page.line(left, y, left + table.width(), y);
    }
  }

  /**
   * The column separators and headers: each column's wrapped title and its number "(n)", with a
   * grouped title ("DOKUMEN IMIGRASI") over the columns of a group.
   */
  private void drawHeaders(PageWriter page, KkLayout.Table table) {
    float top = table.top();
    float headerBottom = top + table.headerHeight();
    List<MemberColumn> columns = table.columns();
    float x = MARGIN;
    for (int c = 0; c < columns.size(); c++) {
      MemberColumn column = columns.get(c);
      String group = column.group();
      boolean sameGroupAsPrevious = c > 0 && group != null && group.equals(columns.get(c - 1).group());
      float headerTop = group == null ? top : top + KkLayout.GROUP_HEIGHT;
      if (c > 0) {
        // inside a group the separator starts below the grouped header
        page.line(x, sameGroupAsPrevious ? headerTop : top, x, table.bottom());
      }
      if (group != null && !sameGroupAsPrevious) {
        float groupWidth = 0;
        for (int g = c; g < columns.size() && group.equals(columns.get(g).group()); g++) {
          groupWidth += columns.get(g).width();
        }
        page.line(x, headerTop, x + groupWidth, headerTop);
        page.boldCentred(group.toUpperCase(Locale.ROOT), x + groupWidth / 2,
            centredBaseline(top, headerTop, 1, KkLayout.HEADER_LINE, KkLayout.HEADER_SIZE), KkLayout.HEADER_SIZE);
      }
      List<String> lines = wrap(page, column.header(), column.width() - 6, KkLayout.HEADER_SIZE);
      float baseline =
          centredBaseline(headerTop, headerBottom, lines.size(), KkLayout.HEADER_LINE, KkLayout.HEADER_SIZE);
      for (String line : lines) {
        page.boldCentred(line, x + column.width() / 2, baseline, KkLayout.HEADER_SIZE);
        baseline += KkLayout.HEADER_LINE;
      }
      page.centred(column.number(), x + column.width() / 2,
          centredBaseline(headerBottom, table.rowsTop(), 1, KkLayout.NUMBER_HEIGHT, 7), 7);
      x += column.width();
    }
  }

  /** One cell's lines, over the mark's colour if the preview marks it (inside the cell's lines). */
  private static void drawCell(PageWriter page, KkLayout.Cell cell, java.util.Optional<Color> mark) {
    mark.ifPresent(colour ->
        page.fill(cell.x() + 0.4f, cell.top() + 0.4f, cell.column().width() - 0.8f, cell.height() - 0.8f, colour));
    float baseline = centredBaseline(cell.top(), cell.top() + cell.height(), cell.lines().size(), KkLayout.CELL_LINE,
        KkLayout.CELL_SIZE);
    for (String line : cell.lines()) {
      if (cell.column().centred()) {
        page.centred(line, cell.x() + cell.column().width() / 2, baseline, KkLayout.CELL_SIZE);
      } else {
        page.text(line, cell.x() + KkLayout.CELL_PADDING_X, baseline, KkLayout.CELL_SIZE);
      }
      baseline += KkLayout.CELL_LINE;
    }
  }

  /**
   * Baseline of the first of {@code count} lines centred vertically between {@code top} and {@code
   * bottom}: the middle of the capitals sits about 0.36 of the font size above the baseline.
   */
  private static float centredBaseline(
      float top, float bottom, int count, float lineHeight, float size) {
    float firstLineMiddle = (top + bottom) / 2 - (count - 1) * lineHeight / 2;
    return firstLineMiddle + 0.36f * size;
  }

  /** Greedy word wrap for the table headers. */
  private static List<String> wrap(PageWriter page, String text, float width, float size) {
    return page.wrap(text, width, size);
  }

  /** The closing lines of a continuation page: which card it belongs to and where it is signed. */
  private void drawContinuationNote(PageWriter page, KartuKeluarga kk) {
    page.centred(
        "Lanjutan Kartu Keluarga No. "
            + nomor(kk)
            + ". Tanda tangan elektronik Kepala Dinas terdapat pada halaman 1.",
        PAGE_SIZE.getWidth() / 2,
        564,
        7.5f);
  }

  private void drawFooter(PageWriter page, KkDocument document) {
    page.text(
        "Dikeluarkan Tanggal : " + PdfDates.printed(document.dikeluarkanTanggal()), MARGIN, 428, 9);

    float headCentre = 360;
    page.boldCentred("KEPALA KELUARGA", headCentre, 428, 9);
    page.centred(document.kartuKeluarga().namaKepalaKeluarga(), headCentre, 514, 9);

    // an acting official's capacity stands before the title of the position: "Plh. KEPALA DINAS …"
    List<String> title = document.office().headTitle();
    page.boldCentred(document.official().capacity().before(title.get(0)), KADIS_CENTRE_X, 420, 8);
    page.boldCentred(title.get(1), KADIS_CENTRE_X, 431, 8);
    QrCode.of(document.verificationUrl()).draw(page, QR_X, QR_TOP, QR_SIZE);
    // the signature box (SIGNATURE_BOX) stays empty: the PAdES signer draws into it
    page.boldCentred(document.official().name(), KADIS_CENTRE_X, 514, 9);
    page.centred("NIP. " + document.official().nip(), KADIS_CENTRE_X, 525, 8);

    page.centred(document.certificate() == KkDocument.Certificate.BSRE ? BSRE_STATEMENT : SIGNED_STATEMENT,
        PAGE_SIZE.getWidth() / 2, 564, 7.5f);
  }

  /**
   * The QR code is also a link, so that a recipient reading the PDF on screen opens the
   * verification page with a click instead of a second device.
   */
  private static void linkQrCode(PDPage page, KkDocument document) throws IOException {
    PDActionURI open = new PDActionURI();
    open.setURI(document.verificationUrl());
    PDAnnotationLink link = new PDAnnotationLink();
    link.setRectangle(new PDRectangle(QR_X, PAGE_SIZE.getHeight() - QR_TOP - QR_SIZE, QR_SIZE, QR_SIZE));
    link.setAction(open);
    link.setBorderStyle(noBorder());
    link.setPrinted(true);
    page.getAnnotations().add(link);
  }

  private static PDBorderStyleDictionary noBorder() {
    PDBorderStyleDictionary border = new PDBorderStyleDictionary();
    border.setWidth(0);
    return border;
  }

  private void drawSpecimenNotice(PageWriter page, PDPageContentStream stream) throws IOException {
    stream.setNonStrokingColor(new Color(0xB0, 0x00, 0x00));
    stream.setStrokingColor(new Color(0xB0, 0x00, 0x00));
    page.boldCentred(SPECIMEN_NOTICE, PAGE_SIZE.getWidth() / 2, 548, 8.5f);
    stream.setNonStrokingColor(Color.BLACK);
    stream.setStrokingColor(Color.BLACK);
  }

  /**
   * A large, semi-transparent diagonal mark that cannot be mistaken for a real card: along the
   * rising diagonal ({@code direction} 1) or the falling one (-1), so that two marks cross.
   */
  private void drawWatermark(PageWriter page, PDPageContentStream stream, String text, Color color, int direction)
      throws IOException {
    float width = PAGE_SIZE.getWidth();
    float height = PAGE_SIZE.getHeight();
    double angle = direction * Math.atan2(height, width);
    float diagonal = (float) Math.hypot(width, height);
    float size = 72;
    float textWidth = page.width(text, size);
    size = size * (diagonal * 0.75f) / textWidth;
    textWidth = page.width(text, size);

    PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
    translucent.setNonStrokingAlphaConstant(0.25f);
    translucent.setStrokingAlphaConstant(0.25f);
    stream.saveGraphicsState();
    stream.setGraphicsStateParameters(translucent);
    stream.setNonStrokingColor(color);
    Matrix matrix = Matrix.getRotateInstance(angle, width / 2, height / 2);
    matrix.translate(-textWidth / 2, -size * 0.35f);
    stream.beginText();
    stream.setFont(page.font(), size);
    stream.setTextMatrix(matrix);
    stream.showText(text);
    stream.endText();
    stream.restoreGraphicsState();
  }

  private void setMetadata(PDDocument pdf, KkDocument document) {
    KartuKeluarga kk = document.kartuKeluarga();
    PDDocumentInformation info = pdf.getDocumentInformation();
    info.setTitle("Kartu Keluarga No. " + nomor(kk));
    info.setSubject(document.specimen() ? "SPESIMEN - TIDAK BERLAKU" : "Kartu Keluarga");
    info.setCreator("Dukcapil Ceria kk-signature");
    info.setProducer("Apache PDFBox");
    info.setCreationDate(PdfDates.documentDate(document.dikeluarkanTanggal(), document.office().zone()));
    info.setModificationDate(PdfDates.documentDate(document.dikeluarkanTanggal(), document.office().zone()));

    // a fixed file identifier instead of PDFBox's time-based one keeps the output reproducible
    byte[] id =
        fileId(
            String.join(
                "|",
                kk.fingerprint(),
                document.namaDesa(),
                document.namaKecamatan(),
                document.namaKabupaten(),
                document.namaProvinsi(),
                document.dikeluarkanTanggal().toString(),
                document.office().regency().value(),
                document.office().regencyName(),
                document.official().capacity().name(),
                document.official().name(),
                document.official().nip(),
                document.verificationUrl(),
                Boolean.toString(document.specimen())));
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  private static byte[] fileId(String content) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(digest, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
