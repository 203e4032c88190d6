package id.dukcapilceria.kk.portal.cluster;

import java.time.Duration;
import java.util.AbstractMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * What a {@link SharedMap} holds when the portal runs alone: a {@link ConcurrentHashMap} that,
 * like the cluster's maps, forgets an entry {@code forgetAfter} after its last change and, when
 * full, removes the entries not changed for longest. Only the operations {@code SharedMap} uses
 * are supported.
 */
final class LocalEntries<V> extends AbstractMap<String, V> implements ConcurrentMap<String, V> {

  private record Entry<V>(V value, long changedAt) {}

  private final ConcurrentHashMap<String, Entry<V>> entries = new ConcurrentHashMap<>();
  private final long forgetAfterNanos;
  private final int maxEntries;
  private final LongSupplier nanoTime;

  LocalEntries(Duration forgetAfter, int maxEntries, LongSupplier nanoTime) {
    this.forgetAfterNanos = forgetAfter.toNanos();
    this.maxEntries = maxEntries;
    this.nanoTime = nanoTime;
  }

  @Override
  public V get(Object key) {
    Entry<V> entry = entries.get(key);
    if (entry == null) {
      return null;
    }
    if (expired(entry, nanoTime.getAsLong())) {
      entries.remove(key, entry);
      return null;
    }
    return entry.value();
  }

  @Override
  public V putIfAbsent(String key, V value) {
    makeRoom();
    long now = nanoTime.getAsLong();
    Entry<V> mine = new Entry<>(value, now);
    while (true) {
      Entry<V> current = entries.putIfAbsent(key, mine);
      if (current == null) {
        return null;
      }
      if (!expired(current, now)) {
        return current.value();
      }
      if (entries.replace(key, current, mine)) {
        return null;
      }
    }
  }

  @Override
  public boolean replace(String key, V before, V after) {
    Entry<V> current = entries.get(key);
    return current != null && current.value() == before
        && entries.replace(key, current, new Entry<>(after, nanoTime.getAsLong()));
  }

  @Override
  public boolean remove(Object key, Object value) {
    Entry<V> current = entries.get(key);
    return current != null && current.value() == value && entries.remove(key, current);
  }

  @Override
  public V remove(Object key) {
    Entry<V> removed = entries.remove(key);
    return removed == null ? null : removed.value();
  }

  @Override
  public V replace(String key, V value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Set<Map.Entry<String, V>> entrySet() {
    throw new UnsupportedOperationException();
  }

  @Override
  public int size() {
    return entries.size();
  }

  private boolean expired(Entry<V> entry, long now) {
    return now - entry.changedAt() > forgetAfterNanos;
  }

  /** Before a new key: when full, the expired entries go, then the least recently changed. */
  private void makeRoom() {
    if (entries.size() < maxEntries) {
      return;
    }
    long now = nanoTime.getAsLong();
    entries.values().removeIf(entry -> expired(entry, now));
    while (entries.size() >= maxEntries) {
      Iterator<Map.Entry<String, Entry<V>>> all = entries.entrySet().iterator();
      Map.Entry<String, Entry<V>> oldest = null;
      int looked = 0;
      // a sample, not the whole map: a flood of new keys must not make each one cost a full scan
      while (all.hasNext() && looked++ < 64) {
        Map.Entry<String, Entry<V>> candidate = all.next();
        if (oldest == null || candidate.getValue().changedAt() < oldest.getValue().changedAt()) {
          oldest = candidate;
        }
      }
      if (oldest == null) {
        return;
      }
      entries.remove(oldest.getKey(), oldest.getValue());
    }
  }
}
