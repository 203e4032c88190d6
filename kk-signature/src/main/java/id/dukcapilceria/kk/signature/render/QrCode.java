package id.dukcapilceria.kk.signature.render;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws a QR code as vector squares. Vector output stays sharp at any print resolution and is
 * byte-for-byte reproducible, unlike an embedded raster image. A picture of it ({@link #png}) is
 * for what can only place pictures (BSrE's visible signature).
 */
public final class QrCode {

  private final BitMatrix modules;

  private QrCode(BitMatrix modules) {
    this.modules = modules;
  }

  static QrCode of(String content) {
    try {
      BitMatrix matrix =
          new QRCodeWriter()
              .encode(
                  content,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN, 0,
                      EncodeHintType.CHARACTER_SET, "UTF-8"));
      return new QrCode(matrix);
    } catch (WriterException e) {
      throw new IllegalArgumentException("Cannot encode the verification URL as a QR code", e);
    }
  }

  /**
   * A PNG picture of the QR code of {@code content}: black modules of {@code pixelsPerModule}
   * pixels on white, with the four-module quiet zone a reader needs around it.
   */
  public static byte[] png(String content, int pixelsPerModule) {
    BitMatrix modules = of(content).modules;
    int quiet = 4;
    int side = (modules.getWidth() + 2 * quiet) * pixelsPerModule;
    BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        int col = x / pixelsPerModule - quiet;
        int row = y / pixelsPerModule - quiet;
        boolean dark = col >= 0 && row >= 0 && col < modules.getWidth() && row < modules.getHeight()
            && modules.get(col, row);
        image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Draws the code in a square of {@code size} points whose top-left corner is (x, top). */
  void draw(PageWriter page, float x, float top, float size) {
    int count = modules.getWidth();
    float module = size / count;
    for (int row = 0; row < count; row++) {
      int col = 0;
      while (col < count) {
        if (!modules.get(col, row)) {
          col++;
          continue;
        }
        int start = col;
        while (col < count && modules.get(col, row)) {
          col++;
        }
        // one rectangle per horizontal run of dark modules keeps the content stream small
        page.fill(x + start * module, top + row * module, (col - start) * module, module);
      }
    }
  }
}
