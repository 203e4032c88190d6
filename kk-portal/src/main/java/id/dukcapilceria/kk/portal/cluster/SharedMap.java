package id.dukcapilceria.kk.portal.cluster;

import java.io.Serializable;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;

/**
 * A map every node of the cluster sees (Hazelcast's {@code IMap}), or this node's own when the
 * portal runs alone. Entries are forgotten some time after their last change, and the oldest go
 * first when the map is full, so that nobody can fill the memory with new keys. Values are
 * immutable and {@link Serializable}: they travel between nodes.
 */
public final class SharedMap<V extends Serializable> {

  private final ConcurrentMap<String, V> entries;

  SharedMap(ConcurrentMap<String, V> entries) {
    this.entries = entries;
  }

  public V get(String key) {
    return entries.get(key);
  }

  /**
   * Replaces the value with what {@code change} makes of it ({@code null} in, when absent;
   * {@code null} out removes it), atomically for the whole cluster: when another node changed the
   * value meanwhile, {@code change} is applied again to the newer value. Hazelcast compares the
   * values in their serialised form, so {@code change} must not keep state between calls.
   *
   * @return the new value
   */
  public V update(String key, UnaryOperator<V> change) {
    while (true) {
      V before = entries.get(key);
      V after = change.apply(before);
      if (before == null) {
        if (after == null || entries.putIfAbsent(key, after) == null) {
          return after;
        }
      } else if (after == null) {
        if (entries.remove(key, before)) {
          return null;
        }
      } else if (entries.replace(key, before, after)) {
        return after;
      }
    }
  }

  /** Stores {@code value} unless the key has one; true when stored. */
  public boolean putIfAbsent(String key, V value) {
    return entries.putIfAbsent(key, value) == null;
  }

  public void remove(String key) {
    entries.remove(key);
  }
}
