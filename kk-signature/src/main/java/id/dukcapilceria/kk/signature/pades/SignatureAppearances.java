package id.dukcapilceria.kk.signature.pades;

import eu.europa.esig.dss.enumerations.ImageScaling;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SignerTextHorizontalAlignment;
import eu.europa.esig.dss.enumerations.SignerTextPosition;
import eu.europa.esig.dss.enumerations.TextWrapping;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.pades.DSSFileFont;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.SignatureImageTextParameters;
import id.dukcapilceria.kk.signature.pades.dss.ReusedAppearanceDrawers;
import id.dukcapilceria.kk.signature.render.KkPdfRenderer;
import id.dukcapilceria.kk.signature.render.SignatureBox;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * What a visible signature shows in the card's signature box: the signing authority's picture
 * (BSrE's stamp), or our text box ("Ditandatangani secara elektronik oleh …", the signer and the
 * reason) laid out once per signer in a font cut to its characters.
 */
final class SignatureAppearances {

  private static final String FONT_RESOURCE =
      "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private static final float PADDING = 3;
  /** Six capitals and a plus: how a PDF says that an embedded font is a subset. */
  private static final String SUBSET_TAG = "KKTTDE+";

  private final byte[] fontBytes = readFont();
  private final Map<Integer, Float> advances = advancesOf(fontBytes);

  /** The appearance for each signer's name; a handful of names at most. */
  private final Map<String, Appearance> appearances = new ConcurrentHashMap<>();

  /**
   * A signer's words laid out for the box, and the font cut to just their characters: embedded
   * whole into each card, a font of a few dozen glyphs costs less than PDFBox parsing the Latin-1
   * font and subsetting it again for every card.
   */
  private record Appearance(SignatureText words, byte[] font) {}

  /** The image parameters of {@code visible}, signed by {@code signer}; none for an invisible signature. */
  Optional<SignatureImageParameters> of(VisibleSignature visible, DigestSigner signer) {
    if (visible instanceof VisibleSignature.Picture picture) {
      return Optional.of(picture(picture));
    }
    if (visible instanceof VisibleSignature.TextBox) {
      return Optional.of(appearance(signer));
    }
    return Optional.empty();
  }

  private static SignatureFieldParameters field(SignatureBox box) {
    SignatureFieldParameters field = new SignatureFieldParameters();
    field.setPage(box.page());
    field.setOriginX(box.x());
    field.setOriginY(box.y());
    field.setWidth(box.width());
    field.setHeight(box.height());
    return field;
  }

  private static SignatureImageParameters picture(VisibleSignature.Picture picture) {
    SignatureImageParameters image = new SignatureImageParameters();
    image.setImage(new InMemoryDocument(picture.png(), "stempel.png", MimeTypeEnum.PNG));
    image.setFieldParameters(field(picture.where()));
    image.setImageScaling(ImageScaling.ZOOM_AND_CENTER);
    return image;
  }

  private SignatureImageParameters appearance(DigestSigner signer) {
    SignatureBox box = KkPdfRenderer.signatureBox();
    SignatureFieldParameters field = field(box);

    String name = KkPadesSigner.commonName(signer.certificate());
    Appearance appearance = appearances.computeIfAbsent(name, n -> {
      SignatureText laidOut = SignatureText.layOut(
          List.of("Ditandatangani secara elektronik oleh", n, KkPadesSigner.REASON),
          advances, box.width() - 2 * PADDING, box.height() - 2 * PADDING);
      return new Appearance(laidOut,
          cut(fontBytes, laidOut.text().codePoints().filter(c -> c >= 0x20).toArray(), SUBSET_TAG));
    });
    SignatureText words = appearance.words();
    DSSFileFont font = new DSSFileFont(new InMemoryDocument(appearance.font()), words.size());
    // already cut to the words' characters: embedded as it is
    font.setEmbedFontSubset(false);
    SignatureImageTextParameters text = new SignatureImageTextParameters();
    text.setText(words.text());
    text.setFont(font);
    text.setTextColor(new Color(0x10, 0x20, 0x60));
    text.setBackgroundColor(new Color(0xF2, 0xF5, 0xFA));
    text.setPadding(PADDING);
    text.setSignerTextPosition(SignerTextPosition.LEFT);
    text.setSignerTextHorizontalAlignment(SignerTextHorizontalAlignment.LEFT);
    // laid out above for the box; DSS draws it as it is
    text.setTextWrapping(TextWrapping.FONT_BASED);

    // keyed by the appearance: the same words and font draw the same box, drawn once; the colours,
    // padding and alignment set here are the same for every card (change the key if they vary)
    SignatureImageParameters image = new ReusedAppearanceDrawers.Keyed(appearance);
    image.setFieldParameters(field);
    image.setTextParameters(text);
    image.setBackgroundColor(new Color(0xF2, 0xF5, 0xFA));
    return image;
  }

  /** Each character's advance width in ems, for laying out the appearance's words. */
  private static Map<Integer, Float> advancesOf(byte[] font) {
    try (TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
      var cmap = parsed.getUnicodeCmapLookup();
      float unitsPerEm = parsed.getUnitsPerEm();
      Map<Integer, Float> widths = new HashMap<>();
      for (int c = 0x20; c <= 0x2026; c++) {
        int glyph = cmap.getGlyphId(c);
        if (glyph > 0) {
          widths.put(c, parsed.getAdvanceWidth(glyph) / unitsPerEm);
        }
      }
      return Map.copyOf(widths);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * LiberationSans cut down once to the characters a signer's name and the statement can hold
   * (Latin-1 and common punctuation). The cut also drops the OpenType layout tables, which PDFBox
   * would otherwise apply to every line of every appearance: with the smaller font the visible
   * signature costs about a third of what it did (measured in SignatureBenchmark).
   */
  private static byte[] readFont() {
    try (InputStream in = SignatureAppearances.class.getResourceAsStream(FONT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("PDFBox no longer bundles " + FONT_RESOURCE);
      }
      java.util.stream.IntStream.Builder latin1 = java.util.stream.IntStream.builder();
      for (int c = 0x20; c <= 0xFF; c++) {
        if (c < 0x7F || c >= 0xA0) {
          latin1.add(c);
        }
      }
      for (int c : new int[] {0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026}) {
        latin1.add(c);
      }
      return cut(in.readAllBytes(), latin1.build().toArray(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The TrueType font with only the given characters, and only the tables needed to draw text;
   * named with the subset tag (ISO 32000-1 9.6.4) when given.
   */
  private static byte[] cut(byte[] ttf, int[] codePoints, String tag) {
    try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
      // no GSUB/GPOS/kern: PDFBox would apply them to every line
      TTFSubsetter subset = new TTFSubsetter(font, List.of(
          "head", "hhea", "maxp", "OS/2", "cmap", "glyf", "loca", "hmtx", "name", "post",
          "cvt ", "fpgm", "prep", "gasp"));
      for (int c : codePoints) {
        subset.add(c);
      }
      if (tag != null) {
        subset.setPrefix(tag);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      subset.writeToStream(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
