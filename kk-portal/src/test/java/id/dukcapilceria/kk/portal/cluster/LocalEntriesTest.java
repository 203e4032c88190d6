package id.dukcapilceria.kk.portal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LocalEntriesTest {

  private final AtomicLong nanos = new AtomicLong();
  private final SharedMap<Integer> counts =
      new SharedMap<>(new LocalEntries<>(Duration.ofSeconds(10), 100, nanos::get));

  @Test
  void updatesAddToWhatIsThereAndNullRemoves() {
    assertEquals(1, counts.update("a", n -> n == null ? 1 : n + 1));
    assertEquals(2, counts.update("a", n -> n == null ? 1 : n + 1));
    assertNull(counts.update("a", n -> null));
    assertNull(counts.get("a"));
  }

  @Test
  void anEntryIsForgottenOnlyAfterItsTimeSinceTheLastChange() {
    counts.update("a", n -> 1);
    nanos.addAndGet(Duration.ofSeconds(8).toNanos());
    counts.update("a", n -> n + 1);
    nanos.addAndGet(Duration.ofSeconds(8).toNanos());
    assertEquals(2, counts.get("a"), "changed 8 s ago: still there");
    nanos.addAndGet(Duration.ofSeconds(3).toNanos());
    assertNull(counts.get("a"));
    assertTrue(counts.putIfAbsent("a", 7), "an expired entry does not block a new one");
    assertEquals(7, counts.get("a"));
  }

  @Test
  void aFloodOfNewKeysKeepsTheMapAtItsLimitAndDropsTheOldestFirst() {
    LocalEntries<Integer> entries = new LocalEntries<>(Duration.ofHours(1), 100, nanos::get);
    SharedMap<Integer> map = new SharedMap<>(entries);
    map.update("first", n -> 1);
    for (int i = 0; i < 10_000; i++) {
      nanos.incrementAndGet();
      map.update("key" + i, n -> 1);
    }
    assertTrue(entries.size() <= 100, "size " + entries.size());
    assertNull(map.get("first"));
    assertEquals(1, map.get("key9999"));
  }
}
