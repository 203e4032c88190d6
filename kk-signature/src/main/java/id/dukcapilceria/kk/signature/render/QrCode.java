package id.dukcapilceria.kk.signature.render;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * Draws a QR code as vector squares. Vector output stays sharp at any print resolution and is
 * byte-for-byte reproducible, unlike an embedded raster image.
 */
final class QrCode {

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
