package id.dukcapilceria.kk.portal.web.nagari;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReceiptTest {

  private static final Locale ID = Locale.forLanguageTag("id");
  private static final Receipt RECEIPT = new Receipt(
      "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Padang Pariaman", "PMH-2026-00042", "Perubahan data",
      "Lubuk Alung", "07-12-2026 10:15",
      List.of("Surat pernyataan perubahan elemen data (F-1.06)", "KK lama", "Bukti perubahan data"),
      "K7QM-3XHP", "https://kk.example.go.id/lacak.xhtml?nomor=PMH-2026-00042");

  @Test
  void theReceiptIsOneA5PageWithEverythingTheCitizenNeeds() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(RECEIPT.toPdf(ID))) {
      assertEquals(1, pdf.getNumberOfPages());
      assertEquals(PDRectangle.A5.getWidth(), pdf.getPage(0).getMediaBox().getWidth(), 0.1);
      String text = new PDFTextStripper().getText(pdf);
      for (String expected : List.of("TANDA TERIMA PERMOHONAN KK", "Kabupaten Padang Pariaman", "PMH-2026-00042",
          "Perubahan data", "Lubuk Alung", "07-12-2026 10:15", "KK lama", "Bukti perubahan data", "K7QM-3XHP",
          "lacak.xhtml?nomor=PMH-2026-00042")) {
        assertTrue(text.contains(expected), expected + " in:\n" + text);
      }
    }
  }

  @Test
  void aNameTheFontCannotDrawIsPrintedAnyway() throws IOException {
    Receipt odd = new Receipt("Dinas \u4E2D", "PMH-2026-00042", "Perubahan data", "Nagari \uD83D\uDE00 Baru", "-",
        List.of(), "K7QM-3XHP", "-");
    try (PDDocument pdf = Loader.loadPDF(odd.toPdf(ID))) {
      assertTrue(new PDFTextStripper().getText(pdf).contains("Nagari ? Baru"));
    }
  }
}
