package id.dukcapilceria.kk.portal.web.nagari;

import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.portal.web.PdfTable;
import id.dukcapilceria.kk.portal.web.Texts;
import id.dukcapilceria.kk.workflow.dokumen.RequirementDocument;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import id.dukcapilceria.kk.workflow.sop.PermohonanSteps;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The tanda terima the nagari operator hands the citizen at SOP step 1, on screen and as a
 * printable PDF (A5): the application number, the service, the nagari, when it was received, the
 * documents received, and the kode lacak with the address of the public status page. The kode
 * lacak is known only here, for as long as the operator's page is open: the application keeps its
 * hash. The texts are in the operator's language (Indonesian by default).
 *
 * @param statusPage the public status page's address, with the number: what the citizen types or opens
 */
public record Receipt(
    String office, String nomor, String service, String nagari, String receivedAt, List<String> documents,
    String trackingCode, String statusPage) implements Serializable {

  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

  /** The flash entry a new tanda terima for an earlier application comes to the intake page in. */
  static final String FLASH = "kk.receipt";

  public Receipt {
    documents = List.copyOf(documents);
  }

  /** The receipt of what {@code receive} answered. */
  static Receipt of(PermohonanSteps.Receipt given, String office, WilayahDirectory wilayah, ZoneId zone,
      String baseUrl, Locale locale) {
    Permohonan permohonan = given.permohonan();
    return new Receipt(
        office,
        permohonan.nomor(),
        permohonan.jenisLayanan().label(locale),
        wilayah.nameOf(permohonan.kodeNagari()),
        WHEN.format(permohonan.history().get(0).at().atZone(zone)),
        permohonan.documents().stream().map(RequirementDocument::jenis).map(j -> j.label(locale)).toList(),
        given.trackingCode().toString(),
        baseUrl + "/lacak.xhtml?nomor=" + permohonan.nomor());
  }

  /**
   * The receipt as a one-page PDF to print, its headings in {@code locale}. Unsigned: it is a
   * receipt, not a document of record.
   */
  public byte[] toPdf(Locale locale) {
    PDRectangle a5 = PDRectangle.A5;
    float margin = 40;
    try (PDDocument document = new PDDocument(); InputStream font = Receipt.class.getResourceAsStream(FONT)) {
      PDFont regular = PDType0Font.load(document, font);
      PDPage page = new PDPage(a5);
      document.addPage(page);
      document.getDocumentInformation().setTitle(Texts.in(locale, "receipt.title") + " " + nomor);
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        Writer writer = new Writer(text, regular, margin, a5.getHeight() - margin, a5.getWidth() - 2 * margin);
        writer.line(Texts.in(locale, "receipt.title").toUpperCase(Locale.ROOT), 14);
        writer.line(office, 9);
        writer.gap(10);
        writer.pair(Texts.in(locale, "tracking.nomor"), nomor);
        writer.pair(Texts.in(locale, "tracking.service"), service);
        writer.pair(Texts.in(locale, "tracking.nagari"), nagari);
        writer.pair(Texts.in(locale, "tracking.receivedAt"), receivedAt);
        writer.gap(6);
        writer.line(Texts.in(locale, "receipt.documents"), 10);
        for (String received : documents) {
          writer.line("• " + received, 9);
        }
        writer.gap(10);
        writer.line(Texts.in(locale, "tracking.kode"), 10);
        writer.line(trackingCode, 22);
        writer.gap(6);
        writer.line(Texts.in(locale, "receipt.howToTrack"), 9);
        writer.line(statusPage, 9);
        writer.gap(6);
        writer.line(Texts.in(locale, "receipt.keep"), 8);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The receipt could not be written as PDF", e);
    }
  }

  /** Lines from the top of the page down, each wrapped to the page's width. */
  private static final class Writer {
    private final PDPageContentStream text;
    private final PDFont font;
    private final float left;
    private final float width;
    private float y;

    Writer(PDPageContentStream text, PDFont font, float left, float top, float width) {
      this.text = text;
      this.font = font;
      this.left = left;
      this.y = top;
      this.width = width;
    }

    void gap(float points) {
      y -= points;
    }

    void pair(String label, String value) throws IOException {
      line(label + ": " + value, 10);
    }

    void line(String content, float size) throws IOException {
      StringBuilder current = new StringBuilder();
      for (String word : PdfTable.printable(content, font).split(" ")) {
        String tried = current.isEmpty() ? word : current + " " + word;
        if (!current.isEmpty() && font.getStringWidth(tried) / 1000 * size > width) {
          show(current.toString(), size);
          current = new StringBuilder(word);
        } else {
          current = new StringBuilder(tried);
        }
      }
      show(current.toString(), size);
    }

    private void show(String content, float size) throws IOException {
      y -= size * 1.35f;
      text.beginText();
      text.setFont(font, size);
      text.newLineAtOffset(left, y);
      text.showText(content);
      text.endText();
    }
  }
}
