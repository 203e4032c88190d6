package id.dukcapilceria.kk.signature.pades;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignatureTextTest {

  /** Every character half an em wide, a space a quarter. */
  private static final Map<Integer, Float> ADVANCES = advances();

  private static Map<Integer, Float> advances() {
    Map<Integer, Float> widths = new HashMap<>();
    for (int c = 0x21; c < 0x7F; c++) {
      widths.put(c, 0.5f);
    }
    widths.put((int) ' ', 0.25f);
    return widths;
  }

  private static float widthOf(String line, float size) {
    float width = 0;
    for (char c : line.toCharArray()) {
      width += ADVANCES.getOrDefault((int) c, 1f) * size;
    }
    return width;
  }

  @Test
  void aLongNameIsBrokenBetweenWordsAndEveryLineFitsTheBox() {
    List<String> words = List.of("Ditandatangani secara elektronik oleh",
        "DEMO Kepala Dinas Dukcapil Padang Pariaman - SPESIMEN", "Penerbitan Kartu Keluarga");

    SignatureText layout = SignatureText.layOut(words, ADVANCES, 170, 56);

    String[] lines = layout.text().split("\n");
    assertTrue(lines.length > 3, "the name needs a second line: " + layout);
    for (String line : lines) {
      assertTrue(widthOf(line, layout.size()) <= 170, line + " at " + layout.size());
      assertEquals(line.strip(), line);
    }
    assertTrue(lines.length * layout.size() * SignatureText.LINE_HEIGHT <= 56);
    assertEquals(String.join(" ", words), layout.text().replace('\n', ' '), "no word lost or reordered");
  }

  @Test
  void theLargestSizeThatFitsIsChosen() {
    SignatureText roomy = SignatureText.layOut(List.of("Kadis"), ADVANCES, 170, 56);
    assertEquals(SignatureText.LARGEST, roomy.size());

    SignatureText tight = SignatureText.layOut(List.of("a b c d e f g h"), ADVANCES, 20, 9);
    assertTrue(tight.size() < SignatureText.LARGEST);
    assertTrue(tight.text().split("\n").length * tight.size() * SignatureText.LINE_HEIGHT <= 9, tight.toString());
  }

  @Test
  void whatCannotFitIsDrawnAtTheSmallestSizeWithoutLosingWords() {
    SignatureText layout = SignatureText.layOut(List.of("Supercalifragilistik"), ADVANCES, 10, 5);
    assertEquals(SignatureText.SMALLEST, layout.size());
    assertEquals("Supercalifragilistik", layout.text());
  }
}
