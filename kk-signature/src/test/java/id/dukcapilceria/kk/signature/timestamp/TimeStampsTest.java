package id.dukcapilceria.kk.signature.timestamp;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.signature.pki.DemoPki;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeStampsTest {

  @Test
  void aTokenVerifiesForItsBytesOnlyAndOnlyAgainstItsRoot(@TempDir Path one, @TempDir Path other) {
    DemoPki pki = DemoPki.createOrOpen(one);
    TimeStamps stamps = new TimeStamps(pki.tspSource(), List.of(pki.rootCertificate()));
    byte[] seal = "kk-audit-seal-v1\nposition=10\nhash=ab\n".getBytes(StandardCharsets.US_ASCII);
    Instant before = Instant.now().minusSeconds(1);
    byte[] token = stamps.stamp(seal);

    Instant at = stamps.verify(seal, token);
    assertTrue(!at.isBefore(before.minus(Duration.ofSeconds(1))) && !at.isAfter(Instant.now().plusSeconds(1)), at.toString());

    byte[] changed = Arrays.copyOf(seal, seal.length);
    changed[30] = '9';
    assertThrows(TimeStamps.InvalidTimeStampException.class, () -> stamps.verify(changed, token), "other bytes");
    byte[] broken = Arrays.copyOf(token, token.length);
    broken[broken.length - 20] ^= 1;
    assertThrows(TimeStamps.InvalidTimeStampException.class, () -> stamps.verify(seal, broken), "a changed token");
    TimeStamps otherRoot = new TimeStamps(pki.tspSource(), List.of(DemoPki.createOrOpen(other).rootCertificate()));
    assertThrows(TimeStamps.InvalidTimeStampException.class, () -> otherRoot.verify(seal, token), "another root");
  }
}
