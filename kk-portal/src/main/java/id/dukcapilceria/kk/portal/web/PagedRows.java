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
  /** Where this list keeps what it read during the current request (see {@link #read}). */
  private final String requestCacheKey = "kk.pagedRows." + java.util.UUID.randomUUID();

  public PagedRows(Source<T> source, Key<T> key) {
    this.source = source;
    this.key = key;
  }

  /** Applications, identified by their id. */
  public static PagedRows<PermohonanView> ofApplications(Source<PermohonanView> source) {
    return new PagedRows<>(source, row -> String.valueOf(row.id()));
  }

  /** Rows read when the table asks for its size before its first page (the usual page size). */
  private static final int FIRST_PAGE = 20;

  /** The number of rows of the whole list, as read in this request. */
  public int total() {
    Map<Long, Page<T>> done = readThisRequest();
    return done.isEmpty() ? (int) read(0, FIRST_PAGE).total() : (int) done.values().iterator().next().total();
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return total();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Page<T> page = read(first, pageSize);
    setRowCount((int) page.total());
    return page.items();
  }

  /**
   * One database read per page per request: JSF asks a table for its size and rows several times
   * while it renders (the count in the heading, the paginator, the rows); each ask would otherwise
   * be a count and a page query. Outside a page request every ask reads.
   */
  private Page<T> read(int first, int size) {
    Map<Long, Page<T>> done = readThisRequest();
    return done.computeIfAbsent(((long) first << 32) | size, page -> source.read(first, size));
  }

  @SuppressWarnings("unchecked")
  private Map<Long, Page<T>> readThisRequest() {
    jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
    if (faces == null) {
      return new java.util.HashMap<>();
    }
    return (Map<Long, Page<T>>) faces.getExternalContext().getRequestMap()
        .computeIfAbsent(requestCacheKey, k -> new java.util.HashMap<Long, Page<T>>());
  }

  /** After a step changed the data: the next ask in this request reads again. */
  public void forget() {
    jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
    if (faces != null) {
      faces.getExternalContext().getRequestMap().remove(requestCacheKey);
    }
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
