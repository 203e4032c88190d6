package id.dukcapilceria.kk.signature.pades.dss;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Puts a finished CMS signature into the space a PDF reserved for it: the hexadecimal string
 * {@code <000…0>} that the last {@code /ByteRange [0 a b c]} of the file leaves out of the signed
 * bytes (from offset {@code a} to {@code b}). Nothing else of the file changes, so the digest DSS
 * signed stays the digest of the result.
 *
 * <p>DSS does the same in {@code PAdESUtils.replaceSignature} by copying the whole file one byte
 * at a time and looking for a run of zeros; this goes straight to the place the byte range names.
 * Anything unexpected (no byte range, a gap that is not an empty hex string, a signature that
 * does not fit) answers empty, and the caller lets DSS do it its own way.
 */
final class SignaturePlaceholder {

  private static final byte[] BYTE_RANGE = "/ByteRange".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private SignaturePlaceholder() {}

  /** The file with the signature in its reserved space, or empty when that space is not found. */
  static Optional<byte[]> fill(byte[] pdf, byte[] cms) {
    int at = lastIndexOf(pdf, BYTE_RANGE);
    if (at < 0) {
      return Optional.empty();
    }
    long[] range = new long[4];
    int position = at + BYTE_RANGE.length;
    position = skipSpaces(pdf, position);
    if (position >= pdf.length || pdf[position] != '[') {
      return Optional.empty();
    }
    position++;
    for (int i = 0; i < 4; i++) {
      position = skipSpaces(pdf, position);
      int start = position;
      long value = 0;
      while (position < pdf.length && pdf[position] >= '0' && pdf[position] <= '9' && position - start < 12) {
        value = value * 10 + (pdf[position] - '0');
        position++;
      }
      if (position == start) {
        return Optional.empty();
      }
      range[i] = value;
    }
    // [0 a b c]: the signed parts are [0, a) and [b, b + c), which must end the file
    if (range[0] != 0 || range[1] <= 0 || range[2] <= range[1] + 1 || range[2] + range[3] != pdf.length) {
      return Optional.empty();
    }
    int open = (int) range[1];
    int close = (int) range[2] - 1;
    if (pdf[open] != '<' || pdf[close] != '>' || 2L * cms.length > close - open - 1) {
      return Optional.empty();
    }
    for (int i = open + 1; i < close; i++) {
      if (pdf[i] != '0') {
        return Optional.empty();
      }
    }
    byte[] signed = pdf.clone();
    int out = open + 1;
    for (byte b : cms) {
      signed[out++] = HEX[(b >> 4) & 0x0F];
      signed[out++] = HEX[b & 0x0F];
    }
    return Optional.of(signed);
  }

  private static int skipSpaces(byte[] pdf, int position) {
    while (position < pdf.length && (pdf[position] == ' ' || pdf[position] == '\n' || pdf[position] == '\r'
        || pdf[position] == '\t' || pdf[position] == '\f' || pdf[position] == 0)) {
      position++;
    }
    return position;
  }

  private static int lastIndexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = data.length - pattern.length; i >= 0; i--) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
