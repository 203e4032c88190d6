package id.dukcapilceria.kk.portal.demo;

import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.layanan.Persyaratan;
import id.dukcapilceria.kk.workflow.dokumen.DocumentStore;
import id.dukcapilceria.kk.workflow.dokumen.RequirementDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Stand-ins for scanned requirement documents in demo data and tests: one-page PDFs that say what
 * they stand for and that they are synthetic.
 */
public final class DemoDocuments {

  private DemoDocuments() {}

  /** A scan for every document the service requires for this card, stored in {@code store}. */
  public static List<RequirementDocument> forSubmission(
      JenisLayanan layanan, KartuKeluarga kk, String uploadedBy, DocumentStore store, Instant at) {
    return layanan.persyaratan().stream()
        .filter(p -> p.perluUntuk(kk) == Persyaratan.Perlu.YA)
        .map(p -> {
          byte[] pdf = pdf("CONTOH DOKUMEN SINTETIS: " + p.dokumen().label());
          return new RequirementDocument(p.dokumen(), p.dokumen().name().toLowerCase() + ".pdf",
              "application/pdf", pdf.length, store.put(pdf), at, uploadedBy);
        })
        .toList();
  }

  /** A one-page PDF with a line of text. */
  public static byte[] pdf(String text) {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(50, 700);
        content.showText(text.replaceAll("[^\\x20-\\x7E]", "-"));
        content.endText();
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
