package id.dukcapilceria.kk.portal.dokumen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** Scans as citizens bring them, and files made to break the check: each decoded, each refused for its reason. */
class UploadCheckTest {

  @Test
  void genuineScansAreAcceptedAsWhatTheyAre() throws IOException {
    assertEquals("application/pdf", UploadCheck.check(pdf()).mediaType());
    assertEquals("image/jpeg", UploadCheck.check(HostileFiles.picture("jpg")).mediaType());
    assertEquals("image/png", UploadCheck.check(HostileFiles.picture("png")).mediaType());
  }

  @Test
  void aTruncatedFileIsRefused() throws IOException {
    byte[] pdf = pdf();
    assertEquals("upload.pdfBroken", UploadCheck.check(Arrays.copyOf(pdf, pdf.length * 2 / 3)).refusal());
    byte[] jpeg = HostileFiles.picture("jpg");
    assertEquals("upload.trailingData", UploadCheck.check(Arrays.copyOf(jpeg, jpeg.length - 200)).refusal(),
        "a JPEG cut before its end marker");
    byte[] png = HostileFiles.picture("png");
    assertEquals("upload.trailingData", UploadCheck.check(Arrays.copyOf(png, png.length - 40)).refusal());
  }

  @Test
  void aJpegThatIsAlsoAPdfIsRefused() throws IOException {
    byte[] jpeg = HostileFiles.picture("jpg");
    byte[] pdf = pdf();
    byte[] appended = HostileFiles.concat(jpeg, pdf);
    assertEquals("upload.trailingData", UploadCheck.check(appended).refusal(), "a PDF after the picture");
    // the PDF hidden in a comment segment, so that the file still ends as a JPEG
    byte[] comment = HostileFiles.concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, pdf);
    int length = comment.length - 2;
    byte[] inside = HostileFiles.concat(HostileFiles.concat(Arrays.copyOf(jpeg, 2), comment), Arrays.copyOfRange(jpeg, 2, jpeg.length));
    inside[4] = (byte) (length >> 8);
    inside[5] = (byte) length;
    assertTrue(length < 65536, "one segment holds it");
    assertEquals("upload.polyglot", UploadCheck.check(inside).refusal(), "a PDF inside the picture");
  }

  @Test
  void aDecompressionBombIsRefusedWithoutInflatingIt() throws IOException {
    byte[] bomb = HostileFiles.decompressionBomb();
    assertTrue(bomb.length < UploadCheck.MAX_BYTES, bomb.length + " bytes");
    long started = System.nanoTime();
    assertEquals("upload.pdfTooMuchContent", UploadCheck.check(bomb).refusal());
    assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 5);
  }

  @Test
  void anImageThatDeclaresAHugeSizeIsRefusedBeforeDecoding() throws IOException {
    long heapBefore = usedHeap();
    assertEquals("upload.imageTooLarge", UploadCheck.check(HostileFiles.pngDeclaring(100_000, 100_000)).refusal());
    assertTrue(usedHeap() - heapBefore < 200L * 1024 * 1024, "nothing of the declared size was allocated");
    assertEquals("upload.imageBroken", UploadCheck.check(HostileFiles.pngDeclaring(2_000, 2_000)).refusal(),
        "a plausible size whose pixels are missing does not decode");
  }

  @Test
  void aPdfPageOfAbsurdSizeIsRefused() throws IOException {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.addPage(new PDPage(new PDRectangle(1.0e9f, 1.0e9f)));
      document.save(out);
      assertEquals("upload.pdfPageSize", UploadCheck.check(out.toByteArray()).refusal());
    }
  }

  private static long usedHeap() {
    return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
  }

  private static byte[] pdf() throws IOException {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.addRect(50, 50, 200, 100);
        content.fill();
      }
      document.save(out);
      return out.toByteArray();
    }
  }
}
