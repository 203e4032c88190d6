package id.dukcapilceria.kk.signature.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.pejabat.Capacity;
import id.dukcapilceria.kk.domain.pejabat.SigningOfficial;
import id.dukcapilceria.kk.signature.testdata.KkTestData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class KkPdfRendererTest {

  private final KkPdfRenderer renderer = new KkPdfRenderer();

  @Test
  void sameInputGivesIdenticalBytes() {
    byte[] first = renderer.render(KkTestData.document(true));
    byte[] second = renderer.render(KkTestData.document(true));
    assertArrayEquals(first, second);
  }

  @Test
  void printsTheCardContents() throws IOException {
    String text = text(renderer.render(KkTestData.document(false)));
    assertTrue(text.contains("KARTU KELUARGA"), text);
    assertTrue(text.contains("No. " + KkTestData.NOMOR_KK), text);
    assertTrue(text.contains(KkTestData.NAMA_KEPALA), text);
    assertTrue(text.contains("1305014502850002"), text);
    assertTrue(text.contains("05-02-1985"), text);
    assertTrue(text.contains("Dikeluarkan Tanggal : 12-03-2026"), text);
    assertTrue(text.contains("KABUPATEN PADANG PARIAMAN"), text);
    assertTrue(text.contains("NIP. 198001012005011001"), text);
    assertTrue(text.contains("Balai Sertifikasi Elektronik (BSrE), BSSN."), text);
    assertFalse(text.contains("SPESIMEN"), text);
  }

  /** Another Disdukcapil's card: its own regency under its head's title, nothing of the demo's. */
  @Test
  void theHeadOfOfficesTitleIsTheConfiguredOffices() throws IOException {
    KkDocument demo = KkTestData.document(false);
    assertTrue(text(renderer.render(demo)).contains("KABUPATEN PADANG PARIAMAN"));
    var kotaPadang = new id.dukcapilceria.kk.domain.pejabat.IssuingOffice(
        id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah.of("13.71"), "Kota Padang", java.time.ZoneId.of("Asia/Jakarta"));
    KkDocument other = new KkDocument(demo.kartuKeluarga(), "BELAKANG PONDOK", "PADANG SELATAN", "KOTA PADANG",
        demo.namaProvinsi(), demo.dikeluarkanTanggal(), demo.official(), kotaPadang, demo.verificationUrl(),
        demo.certificate());
    String text = text(renderer.render(other));
    assertTrue(text.contains("KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"), text);
    assertTrue(text.contains("KOTA PADANG"), text);
    assertFalse(text.contains("PADANG PARIAMAN"), text);
  }

  /** The footer names BSrE only on a card signed with a BSrE certificate; column (15) as the blank. */
  @Test
  void theFooterClaimsBsreOnlyForABsreCertificateAndColumnFifteenIsTheKitap() throws IOException {
    KkDocument bsre = KkTestData.document(false);
    String specimen = text(renderer.render(KkTestData.document(true)));
    assertFalse(specimen.contains(KkPdfRenderer.BSRE_STATEMENT), "a demo card claims no BSrE certificate: " + specimen);
    assertTrue(specimen.contains(KkPdfRenderer.SIGNED_STATEMENT), specimen);
    KkDocument other = new KkDocument(bsre.kartuKeluarga(), bsre.namaDesa(), bsre.namaKecamatan(), bsre.namaKabupaten(),
        bsre.namaProvinsi(), bsre.dikeluarkanTanggal(), bsre.official(), bsre.office(), bsre.verificationUrl(),
        KkDocument.Certificate.OTHER);
    String otherText = text(renderer.render(other));
    assertFalse(otherText.contains("BSrE"), otherText);
    assertFalse(otherText.contains("SPESIMEN"), otherText);
    assertTrue(otherText.contains("No. KITAP") && !otherText.contains("KITAS"), otherText);
  }

  @Test
  void theQrCodeIsALinkToTheVerificationPageAndNothingElseIs() throws IOException {
    KkDocument document = KkTestData.document(true);
    try (PDDocument pdf = Loader.loadPDF(renderer.render(document))) {
      var annotations = pdf.getPage(0).getAnnotations();
      assertEquals(1, annotations.size());
      var link = (org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink) annotations.get(0);
      assertEquals(document.verificationUrl(),
          ((org.apache.pdfbox.pdmodel.interactive.action.PDActionURI) link.getAction()).getURI());
      var area = link.getRectangle();
      assertTrue(area.getLowerLeftX() > 500 && area.getWidth() == area.getHeight(), "over the QR code at the Kadis block");
    }
  }

  @Test
  void anActingOfficialSignsUnderTheTitleWithTheirCapacityBeforeIt() throws IOException {
    KkDocument head = KkTestData.document(false);
    String headText = text(renderer.render(head));
    assertTrue(headText.contains("KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"), headText);
    assertFalse(headText.contains("Plh.") || headText.contains("Plt."), headText);
    for (Capacity capacity : List.of(Capacity.PLH, Capacity.PLT)) {
      KkDocument acting = new KkDocument(head.kartuKeluarga(), head.namaDesa(), head.namaKecamatan(),
          head.namaKabupaten(), head.namaProvinsi(), head.dikeluarkanTanggal(),
          new SigningOfficial(capacity, "RAHMAT HIDAYAT, S.SOS", "197505052000031002"), head.office(),
          head.verificationUrl(),
          KkDocument.Certificate.BSRE);
      String text = text(renderer.render(acting));
      assertTrue(text.contains(capacity.abbreviation() + " KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"), text);
      assertTrue(text.contains("RAHMAT HIDAYAT, S.SOS") && text.contains("NIP. 197505052000031002"), text);
    }
  }

  @Test
  void specimenIsMarked() throws IOException {
    String text = text(renderer.render(KkTestData.document(true)));
    // the rotated watermark is extracted in pieces
    assertTrue(text.contains("SPESIMEN \u2014"), text);
    assertTrue(text.contains("TIDAK BERLAKU"), text);
    assertTrue(text.contains("PKI DEMO"), text);
    assertTrue(text.contains(KkTestData.NOMOR_KK), text);
    assertTrue(text.contains(KkTestData.NAMA_KEPALA), text);
  }

  @Test
  void embedsOnlySubsetsOfLiberationSans() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(renderer.render(KkTestData.document(true)))) {
      PDPage page = pdf.getPage(0);
      List<String> fonts = new ArrayList<>();
      for (COSName name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        fonts.add(font.getName());
        assertTrue(font.isEmbedded(), font.getName());
      }
      assertEquals(1, fonts.size(), fonts.toString());
      assertTrue(fonts.get(0).matches("[A-Z]{6}\\+LiberationSans"), fonts.toString());
      assertEquals(842f, page.getMediaBox().getWidth(), 1f);
    }
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
