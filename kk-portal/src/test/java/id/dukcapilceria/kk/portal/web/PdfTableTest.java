package id.dukcapilceria.kk.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfTableTest {

  @Test
  void everyCellIsPrintedAndLongListsContinueWithTheHeadingRepeated() throws IOException {
    PdfTable table = new PdfTable("BUKU REGISTER 2026", "Disdukcapil Kabupaten Padang Pariaman",
        List.of("Nomor", "Kepala keluarga", "Uraian"), 1, 2, 4);
    for (int i = 1; i <= 120; i++) {
      table.row(List.of(String.format("%04d/2026", i), "RUSDI CHANIAGO " + i,
          "Uraian yang panjang sekali sehingga harus dipecah menjadi beberapa baris di dalam kolomnya sendiri " + i));
    }
    table.row(List.of("0121/2026", "NAMA\tDENGAN\nBARIS", "emoji \uD83D\uDE00 dan aksara \u4E2D"));
    try (PDDocument pdf = Loader.loadPDF(table.toBytes())) {
      assertTrue(pdf.getNumberOfPages() > 1, "120 wrapped rows need more than one page");
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.contains("0001/2026") && text.contains("0120/2026") && text.contains("0121/2026"));
      assertEquals(pdf.getNumberOfPages(), text.split("Kepala keluarga", -1).length - 1, "the heading on every page");
      assertTrue(text.contains("NAMA DENGAN BARIS"), "control characters become spaces");
      assertTrue(text.contains("emoji ? dan aksara ?"), "what the font cannot draw becomes ?, not an error");
    }
  }

  @Test
  void anEmptyRegisterStillGivesAPage() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(new PdfTable("BUKU PERMASALAHAN", "-", List.of("A", "B"), 1, 1).toBytes())) {
      assertEquals(1, pdf.getNumberOfPages());
      assertTrue(new PDFTextStripper().getText(pdf).contains("(kosong)"));
    }
  }
}
