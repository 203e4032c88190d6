package id.dukcapilceria.kk.domain.input;

import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The refusals met while reading one {@link KkInput}, in the order met. */
final class Refusals {

  private final List<Refusal> found = new ArrayList<>();

  /**
   * Builds a value; a refusal is kept instead. {@code path} is the field's own path, or its
   * object's path ending in a dot, to which the refused domain field is added as the input names it.
   */
  <T> T collect(String path, Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidValueException e) {
      String where = path.isEmpty() || path.endsWith(".") ? KkInput.pathOf(path + (e.field() == null ? "" : e.field())) : path;
      found.add(new Refusal(where, e));
      return null;
    }
  }

  void add(String path, InvalidValueException reason) {
    found.add(new Refusal(path, reason));
  }

  int size() {
    return found.size();
  }

  List<Refusal> all() {
    return List.copyOf(found);
  }
}
