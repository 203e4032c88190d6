package id.dukcapilceria.kk.portal.draft.legacy;

import id.dukcapilceria.kk.portal.draft.DraftContent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.util.Map;
import java.util.Optional;

/** Reads a draft saved as Java serialization, into today's {@link DraftContent}. */
public final class SerializedDrafts {

  /** The page classes the old drafts name, and the classes here that repeat their shape. */
  private static final Map<String, Class<?>> SHAPES = Map.of(
      "id.dukcapilceria.kk.portal.web.nagari.NagariWorkspace$DraftContent", NagariWorkspace.DraftContent.class,
      "id.dukcapilceria.kk.portal.web.nagari.NagariWorkspace$SavedScan", NagariWorkspace.SavedScan.class,
      "id.dukcapilceria.kk.portal.web.KkForm", KkForm.class,
      "id.dukcapilceria.kk.portal.web.KkForm$MemberRow", KkForm.MemberRow.class);

  /**
   * Only these shapes, the domain's code lists and the JDK's value types are built; a bounded
   * stream, so a tampered row can neither make the server build anything else nor make it allocate
   * without limit.
   */
  private static final ObjectInputFilter ONLY_DRAFTS = ObjectInputFilter.Config.createFilter(
      "maxdepth=20;maxrefs=100000;maxbytes=8000000;maxarray=100000;"
          + "id.dukcapilceria.kk.portal.draft.legacy.*;id.dukcapilceria.kk.domain.kartukeluarga.*;"
          + "id.dukcapilceria.kk.domain.layanan.*;java.util.*;java.time.*;java.lang.*;[Ljava.lang.Object;!*");

  private SerializedDrafts() {}

  /** Whether {@code content} is Java serialization at all (its stream magic). */
  public static boolean isSerialized(byte[] content) {
    return content.length > 2 && (content[0] & 0xff) == 0xac && (content[1] & 0xff) == 0xed;
  }

  /** The draft, or empty for a stream that is not a draft of the old shape. */
  public static Optional<DraftContent> read(byte[] content) {
    try (ObjectInputStream in = new Shapes(new ByteArrayInputStream(content))) {
      in.setObjectInputFilter(ONLY_DRAFTS);
      return in.readObject() instanceof NagariWorkspace.DraftContent draft
          ? Optional.of(draft.toDraft())
          : Optional.empty();
    } catch (IOException | ClassNotFoundException | RuntimeException notADraft) {
      return Optional.empty();
    }
  }

  private static final class Shapes extends ObjectInputStream {

    Shapes(InputStream in) throws IOException {
      super(in);
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
      Class<?> shape = SHAPES.get(desc.getName());
      if (shape != null) {
        return shape;
      }
      // the domain's enums and the JDK's types, from the web application's class loader
      return Class.forName(desc.getName(), false, SerializedDrafts.class.getClassLoader());
    }
  }
}
