package id.dukcapilceria.kk.signature.pades.dss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.PAdESUtils;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SignaturePlaceholderTest {

  private static final byte[] CMS = {0x30, (byte) 0x82, 0x01, (byte) 0xAB, 0x7F, 0x00, (byte) 0xFF};

  /** A file shaped as DSS prepares one: the signature dictionary with its byte range and reserved space. */
  private static byte[] prepared(int reservedBytes) {
    String head = "%PDF-1.7\n1 0 obj\n<< /Type /Sig /Filter /Adobe.PPKLite /ByteRange [0 AAAAAAAA BBBBBBBB CCCCCCCC] /Contents ";
    String zeros = "0".repeat(2 * reservedBytes);
    String tail = " /M (D:20261124)>>\nendobj\ntrailer\n<< /Root 2 0 R >>\n%%EOF\n";
    int open = head.length();
    int afterClose = open + zeros.length() + 2;
    int length = afterClose + tail.length();
    String range = head
        .replace("AAAAAAAA", pad(open))
        .replace("BBBBBBBB", pad(afterClose))
        .replace("CCCCCCCC", pad(length - afterClose));
    return (range + "<" + zeros + ">" + tail).getBytes(StandardCharsets.US_ASCII);
  }

  private static String pad(int number) {
    return String.format("%-8d", number);
  }

  @Test
  void writesTheSignatureWhereTheByteRangeLeftSpaceAndChangesNothingElse() throws IOException {
    byte[] pdf = prepared(64);

    byte[] signed = SignaturePlaceholder.fill(pdf, CMS).orElseThrow();

    String text = new String(signed, StandardCharsets.US_ASCII);
    assertTrue(text.contains("/Contents <308201ab7f00ff" + "0".repeat(128 - 14) + ">"), text);
    assertTrue(text.length() == pdf.length);
    // the same bytes as DSS's own replacement gives
    try (InputStream dss = PAdESUtils.replaceSignature(new InMemoryDocument(pdf), CMS, null).openStream()) {
      assertArrayEquals(dss.readAllBytes(), signed);
    }
  }

  @Test
  void leavesTheWorkToDssWhenTheSpaceIsNotAsExpected() {
    assertTrue(SignaturePlaceholder.fill(prepared(3), CMS).isEmpty(), "a signature larger than the reserved space");
    assertTrue(SignaturePlaceholder.fill("%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), CMS).isEmpty(),
        "no byte range at all");

    byte[] alreadySigned = SignaturePlaceholder.fill(prepared(64), CMS).orElseThrow();
    assertTrue(SignaturePlaceholder.fill(alreadySigned, CMS).isEmpty(), "the space is no longer empty");

    byte[] extended = Arrays.copyOf(prepared(64), prepared(64).length + 10);
    assertTrue(SignaturePlaceholder.fill(extended, CMS).isEmpty(), "the byte range does not end the file");

    byte[] shifted = prepared(64);
    String text = new String(shifted, StandardCharsets.US_ASCII).replace("/Contents <", "/Contents (");
    assertTrue(SignaturePlaceholder.fill(text.getBytes(StandardCharsets.US_ASCII), CMS).isEmpty(),
        "the gap is not a hexadecimal string");
  }
}
