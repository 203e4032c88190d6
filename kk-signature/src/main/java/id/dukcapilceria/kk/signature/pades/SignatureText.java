package id.dukcapilceria.kk.signature.pades;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The words of the visible signature laid out for its box: the largest font size (in quarter
 * points, from {@link #LARGEST} down to {@link #SMALLEST}) at which the lines, broken between
 * words, fit the width and the height. Laid out once per signer name rather than by DSS for
 * every card: DSS's own fitting ({@code TextWrapping.FILL_BOX_AND_LINEBREAK}) measured the same
 * words about a hundred times per signature, a tenth of a B-B signature in a JFR profile.
 *
 * @param text the lines, separated by {@code \n}
 * @param size the font size in points
 */
record SignatureText(String text, float size) {

  static final float LARGEST = 8f;
  static final float SMALLEST = 4f;
  /** Baseline-to-baseline distance per point of font size; LiberationSans needs 1.15. */
  static final float LINE_HEIGHT = 1.2f;

  /**
   * @param paragraphs the statements, each starting on a new line
   * @param advances the advance width of each character, in units of the font size (em)
   * @param width the usable width of the box in points (padding already taken off)
   * @param height the usable height of the box in points
   */
  static SignatureText layOut(List<String> paragraphs, Map<Integer, Float> advances, float width, float height) {
    for (float size = LARGEST; size >= SMALLEST; size -= 0.25f) {
      List<String> lines = wrap(paragraphs, advances, width / size);
      if (lines != null && lines.size() * size * LINE_HEIGHT <= height) {
        return new SignatureText(String.join("\n", lines), size);
      }
    }
    // nothing fits even at the smallest size: the smallest, wrapped as well as it goes
    List<String> lines = wrap(paragraphs, advances, Float.MAX_VALUE);
    return new SignatureText(String.join("\n", lines), SMALLEST);
  }

  /** Lines no wider than {@code ems}, or null when a single word is wider. */
  private static List<String> wrap(List<String> paragraphs, Map<Integer, Float> advances, float ems) {
    List<String> lines = new ArrayList<>();
    float space = advance(" ", advances);
    for (String paragraph : paragraphs) {
      StringBuilder line = new StringBuilder();
      float lineWidth = 0;
      for (String word : paragraph.strip().split("\\s+")) {
        float wordWidth = advance(word, advances);
        if (wordWidth > ems) {
          return null;
        }
        if (line.length() > 0 && lineWidth + space + wordWidth > ems) {
          lines.add(line.toString());
          line.setLength(0);
          lineWidth = 0;
        }
        if (line.length() > 0) {
          line.append(' ');
          lineWidth += space;
        }
        line.append(word);
        lineWidth += wordWidth;
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private static float advance(String text, Map<Integer, Float> advances) {
    float total = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      // a character the cut font lacks is drawn as its missing-glyph box, about one em wide
      total += advances.getOrDefault(codePoint, 1f);
      i += Character.charCount(codePoint);
    }
    return total;
  }
}
