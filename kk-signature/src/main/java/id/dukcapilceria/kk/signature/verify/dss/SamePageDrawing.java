package id.dukcapilceria.kk.signature.verify.dss;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Whether a page of two revisions is drawn from exactly the same objects: the page dictionary and
 * everything it reaches (content streams byte for byte, resources, fonts, images, annotations and
 * their appearances), the attributes a page inherits from the page tree, and the document-level
 * entries that change what is drawn (optional content, the form). A renderer given the same
 * objects draws the same pixels, so for such a page the visual comparison's answer, "no
 * difference", is known without rendering it twice.
 *
 * <p>Any difference, however small and whether visible or not, answers {@code false}: the page is
 * then rendered and compared as before. So is a graph too large to walk ({@link #MAXIMUM_OBJECTS}).
 * The two revisions are parsed from separate bytes, so the comparison is by value, never by
 * identity across the two documents.
 */
final class SamePageDrawing {

  /** A KK page reaches a few hundred objects; a graph larger than this is rendered instead. */
  static final int MAXIMUM_OBJECTS = 50_000;

  /** Catalog entries that change how pages are drawn: layers shown or hidden, form appearances. */
  private static final COSName[] DRAWING_CATALOG_ENTRIES = {COSName.OCPROPERTIES, COSName.ACRO_FORM};

  private final Map<COSBase, COSBase> matched = new IdentityHashMap<>();
  private final Deque<COSBase[]> pending = new ArrayDeque<>();

  private SamePageDrawing() {}

  /** {@code index} counts from 0. */
  static boolean of(PDDocument before, PDDocument after, int index) throws IOException {
    return new SamePageDrawing().compare(before, after, index);
  }

  private boolean compare(PDDocument before, PDDocument after, int index) throws IOException {
    PDPage a = before.getPage(index);
    PDPage b = after.getPage(index);
    if (a.getRotation() != b.getRotation()) {
      return false;
    }
    expect(a.getMediaBox().getCOSArray(), b.getMediaBox().getCOSArray());
    expect(a.getCropBox().getCOSArray(), b.getCropBox().getCOSArray());
    COSDictionary beforeCatalog = before.getDocumentCatalog().getCOSObject();
    COSDictionary afterCatalog = after.getDocumentCatalog().getCOSObject();
    for (COSName entry : DRAWING_CATALOG_ENTRIES) {
      expect(beforeCatalog.getItem(entry), afterCatalog.getItem(entry));
    }
    expect(a.getResources().getCOSObject(), b.getResources().getCOSObject());
    // the page itself: its /Parent is skipped here (only here), the inherited values are above
    matched.put(a.getCOSObject(), b.getCOSObject());
    if (!sameEntries(a.getCOSObject(), b.getCOSObject(), COSName.PARENT)) {
      return false;
    }
    return drain();
  }

  private void expect(COSBase a, COSBase b) {
    pending.push(new COSBase[] {a, b});
  }

  private boolean drain() throws IOException {
    while (!pending.isEmpty()) {
      if (matched.size() > MAXIMUM_OBJECTS) {
        return false;
      }
      COSBase[] pair = pending.pop();
      if (!same(pair[0], pair[1])) {
        return false;
      }
    }
    return true;
  }

  private boolean same(COSBase x, COSBase y) throws IOException {
    COSBase a = resolved(x);
    COSBase b = resolved(y);
    if (a == null || b == null) {
      return a == b;
    }
    if (a.getClass() != b.getClass()) {
      return false;
    }
    if (a instanceof COSDictionary || a instanceof COSArray) {
      COSBase earlier = matched.get(a);
      if (earlier != null) {
        return earlier == b; // met before (a cycle or a shared object): it must pair up the same way
      }
      matched.put(a, b);
      if (a instanceof COSStream streamA) {
        return sameBytes(streamA, (COSStream) b) && sameEntries(streamA, (COSDictionary) b, null);
      }
      if (a instanceof COSDictionary dictionary) {
        return sameEntries(dictionary, (COSDictionary) b, null);
      }
      COSArray arrayA = (COSArray) a;
      COSArray arrayB = (COSArray) b;
      if (arrayA.size() != arrayB.size()) {
        return false;
      }
      for (int i = 0; i < arrayA.size(); i++) {
        expect(arrayA.get(i), arrayB.get(i));
      }
      return true;
    }
    if (a instanceof COSString string) {
      return Arrays.equals(string.getBytes(), ((COSString) b).getBytes());
    }
    return a.equals(b); // names, numbers, booleans
  }

  private boolean sameEntries(COSDictionary a, COSDictionary b, COSName skipped) {
    if (a.size() != b.size()) {
      return false;
    }
    for (Map.Entry<COSName, COSBase> entry : a.entrySet()) {
      if (entry.getKey().equals(skipped)) {
        continue;
      }
      if (!b.containsKey(entry.getKey())) {
        return false;
      }
      expect(entry.getValue(), b.getItem(entry.getKey()));
    }
    return true;
  }

  /** The stream's bytes as stored (still encoded): equal stored bytes decode to equal content. */
  private static boolean sameBytes(COSStream a, COSStream b) throws IOException {
    if (a.getLength() != b.getLength()) {
      return false;
    }
    try (InputStream left = a.createRawInputStream(); InputStream right = b.createRawInputStream()) {
      byte[] leftChunk = new byte[8192];
      byte[] rightChunk = new byte[8192];
      while (true) {
        int read = left.readNBytes(leftChunk, 0, leftChunk.length);
        int readToo = right.readNBytes(rightChunk, 0, rightChunk.length);
        if (read != readToo || Arrays.mismatch(leftChunk, 0, read, rightChunk, 0, read) >= 0) {
          return false;
        }
        if (read < leftChunk.length) {
          return true;
        }
      }
    }
  }

  private static COSBase resolved(COSBase value) {
    COSBase direct = value instanceof COSObject reference ? reference.getObject() : value;
    return direct instanceof COSNull ? null : direct;
  }
}
