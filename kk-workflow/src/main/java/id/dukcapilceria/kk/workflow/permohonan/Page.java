package id.dukcapilceria.kk.workflow.permohonan;

import java.util.List;

/**
 * One page of a longer list, with the size of the whole list, so that a worklist of thousands of
 * applications is read twenty at a time.
 *
 * @param items the rows of this page, in the list's order
 * @param total how many rows the whole list has
 */
public record Page<T>(List<T> items, long total) {

  public Page {
    items = List.copyOf(items);
    if (total < items.size()) {
      throw new IllegalArgumentException("total " + total + " is less than the page's " + items.size() + " rows");
    }
  }
}
