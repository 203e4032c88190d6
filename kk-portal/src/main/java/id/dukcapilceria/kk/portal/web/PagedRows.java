package id.dukcapilceria.kk.portal.web;

import id.dukcapilceria.kk.workflow.permohonan.Page;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A long list that the table reads one page at a time from the server (the database returns only
 * the rows shown), so that a worklist or register of thousands opens as fast as one of ten.
 */
public final class PagedRows<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** Reads rows {@code first} to {@code first + size - 1} and the list's total. */
  @FunctionalInterface
  public interface Source<T> extends Serializable {
    Page<T> read(int first, int size);
  }

  /** What identifies a row, for selection. */
  @FunctionalInterface
  public interface Key<T> extends Serializable {
    String of(T row);
  }

  private final Source<T> source;
  private final Key<T> key;

  public PagedRows(Source<T> source, Key<T> key) {
    this.source = source;
    this.key = key;
  }

  /** Applications, identified by their id. */
  public static PagedRows<PermohonanView> ofApplications(Source<PermohonanView> source) {
    return new PagedRows<>(source, row -> String.valueOf(row.id()));
  }

  /** The number of rows of the whole list, counted now. */
  public int total() {
    return (int) source.read(0, 1).total();
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return total();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Page<T> page = source.read(first, pageSize);
    setRowCount((int) page.total());
    return page.items();
  }

  @Override
  public String getRowKey(T row) {
    return key.of(row);
  }

  @Override
  public T getRowData(String rowKey) {
    List<T> shown = getWrappedData();
    return shown == null ? null
        : shown.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
  }
}
