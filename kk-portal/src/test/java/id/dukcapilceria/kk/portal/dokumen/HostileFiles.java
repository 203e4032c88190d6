package id.dukcapilceria.kk.portal.dokumen;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/** Files made to break an upload check, built by the tests themselves. */
public final class HostileFiles {

  private HostileFiles() {}

  /** A one-page PDF whose content stream inflates to 200 MB of spaces (a few hundred kilobytes on disk). */
  public static byte[] decompressionBomb() throws IOException {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      COSStream stream = document.getDocument().createCOSStream();
      try (OutputStream raw = stream.createRawOutputStream();
          DeflaterOutputStream deflated = new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_COMPRESSION))) {
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        for (int i = 0; i < 200; i++) {
          deflated.write(spaces);
        }
      }
      stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
      page.setContents(new PDStream(stream));
      document.save(out);
      return out.toByteArray();
    }
  }

  /** A PNG whose header declares the size, with one tiny compressed row: its pixels are not there. */
  public static byte[] pngDeclaring(int width, int height) throws IOException {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
        .put((byte) 0).put((byte) 0).put((byte) 0).array());
    ByteArrayOutputStream idat = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflated = new DeflaterOutputStream(idat)) {
      deflated.write(new byte[64]);
    }
    chunk(png, "IDAT", idat.toByteArray());
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  /** A small scanned-looking picture in {@code format} ("jpg" or "png"). */
  public static byte[] picture(String format) throws IOException {
    BufferedImage picture = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = picture.createGraphics();
    graphics.setColor(Color.WHITE);
    graphics.fillRect(0, 0, 600, 400);
    graphics.setColor(Color.BLUE);
    graphics.drawString("AKTA KELAHIRAN", 40, 60);
    for (int i = 0; i < 400; i += 7) {
      graphics.drawLine(0, i, 600, 400 - i);
    }
    graphics.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(picture, format, out);
    return out.toByteArray();
  }

  public static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
    png.write(ByteBuffer.allocate(4).putInt(data.length).array());
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    png.write(typeBytes);
    png.write(data);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    png.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
