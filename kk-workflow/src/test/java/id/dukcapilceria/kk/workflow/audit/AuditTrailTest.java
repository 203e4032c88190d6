package id.dukcapilceria.kk.workflow.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.shared.Sha256;
import id.dukcapilceria.kk.workflow.audit.ChainVerification.Problem;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import id.dukcapilceria.kk.workflow.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The audit trail on a real (in-memory Derby) database, tampered with by plain JDBC. */
class AuditTrailTest {

  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00.123456789Z");
  private static final String ZEROS = "0".repeat(64);

  private final AuditTrail trail = new AuditTrail();
  private TestDatabase db;

  @AfterEach
  void dropDatabase() {
    if (db != null) {
      db.close();
    }
  }

  // --- appending -----------------------------------------------------------------------------

  @Test
  void tenAppendsGetPositionsOneToTenAndAValidChain() throws SQLException {
    withTenEntries();

    assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L),
        longs("SELECT entry_position FROM audit_entry ORDER BY entry_position"));
    assertEquals(ZEROS, string("SELECT previous_hash FROM audit_entry WHERE entry_position = 1"));
    for (long p = 2; p <= 10; p++) {
      assertEquals(
          string("SELECT entry_hash FROM audit_entry WHERE entry_position = " + (p - 1)),
          string("SELECT previous_hash FROM audit_entry WHERE entry_position = " + p));
    }
    assertEquals(10L, longs("SELECT last_position FROM audit_head").get(0));
    assertEquals(
        string("SELECT entry_hash FROM audit_entry WHERE entry_position = 10"),
        string("SELECT last_hash FROM audit_head"));

    ChainVerification viaJdbc = trail.verify(db.dataSource());
    assertTrue(viaJdbc.valid(), viaJdbc.description());
    assertEquals(10, viaJdbc.entriesChecked());
    assertEquals(10, viaJdbc.headPosition());
    assertEquals(0, viaJdbc.firstBrokenPosition());
    assertEquals("Jejak audit utuh: 10 entri diperiksa, rantai hash cocok.", viaJdbc.description());

    ChainVerification viaJpa = db.inTransaction(trail::verify);
    assertEquals(viaJdbc, viaJpa);
  }

  @Test
  void theReturnedEntryIsWhatIsStoredAndItsHashCoversTheCanonicalForm() {
    db = TestDatabase.create();
    AuditEntry appended = db.inTransaction(em -> trail.append(em, event(1)));

    assertEquals(1, appended.position());
    assertEquals(Instant.parse("2026-03-02T01:00:01.123Z"), appended.at(), "truncated to millis");
    assertEquals(Sha256.hex(appended.canonicalForm() + ZEROS), appended.hash());

    EntityManager em = db.factory().createEntityManager();
    try {
      List<AuditEntry> about = trail.entriesAbout(em, "KK-2026-000001");
      assertEquals(1, about.size());
      AuditEntry stored = about.get(0);
      assertEquals(appended.at(), stored.at());
      assertEquals(appended.hash(), stored.hash());
      assertEquals(Role.OPERATOR_LAYANAN, stored.role());
      assertEquals("VERIFY", stored.action());
      assertEquals(null, stored.reason());
    } finally {
      em.close();
    }
  }

  @Test
  void severalAppendsInOneTransactionFollowEachOther() throws SQLException {
    db = TestDatabase.create();
    List<Long> positions = db.inTransaction(em -> List.of(
        trail.append(em, event(1)).position(),
        trail.append(em, event(2)).position(),
        trail.append(em, event(3)).position()));

    assertEquals(List.of(1L, 2L, 3L), positions);
    assertTrue(trail.verify(db.dataSource()).valid());
  }

  @Test
  void aRolledBackAppendGivesItsPositionBack() throws SQLException {
    db = TestDatabase.create();
    db.inTransaction(em -> trail.append(em, event(1)));
    EntityManager em = db.factory().createEntityManager();
    try {
      em.getTransaction().begin();
      assertEquals(2, trail.append(em, event(2)).position());
      em.getTransaction().rollback();
    } finally {
      em.close();
    }
    assertEquals(2, db.inTransaction(e -> trail.append(e, event(3))).position());

    ChainVerification result = trail.verify(db.dataSource());
    assertTrue(result.valid(), result.description());
    assertEquals(2, result.entriesChecked());
  }

  @Test
  void anEmptyTrailIsValid() throws SQLException {
    db = TestDatabase.create();
    ChainVerification result = trail.verify(db.dataSource());
    assertTrue(result.valid());
    assertEquals(0, result.entriesChecked());
    assertEquals("Jejak audit masih kosong dan utuh.", result.description());
  }

  @Test
  void nonTransitionEventsAreRecordedToo() throws SQLException {
    db = TestDatabase.create();
    db.inTransaction(em -> {
      trail.append(em, AuditEvent.of(T0, "tamu", null, AuditEvent.LOGIN_FAILED, null, null));
      trail.append(em, AuditEvent.of(T0, "kadis", Role.KADIS, AuditEvent.LOGIN, null, null));
      return trail.append(em, AuditEvent.of(
          T0, "kadis", Role.KADIS, AuditEvent.DOCUMENT_DOWNLOADED, "KK-2026-000007", null));
    });
    assertEquals(List.of("LOGIN_FAILED", "LOGIN", "DOCUMENT_DOWNLOADED"),
        strings("SELECT action_name FROM audit_entry ORDER BY entry_position"));
    assertTrue(trail.verify(db.dataSource()).valid());
  }

  // --- (a) a changed entry -------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
      "reason = 'dibatalkan'",
      "username = 'orang-lain'",
      "actor_role = 'KADIS'",
      "action_name = 'REFUSE'",
      "subject = 'KK-2026-000099'",
      "from_status = NULL",
      "to_status = 'DITOLAK'",
      "data_sha256 = 'abababababababababababababababababababababababababababababababab'",
      "at_time = {fn TIMESTAMPADD(SQL_TSI_SECOND, 1, at_time)}",
      "entry_hash = '" + "1111111111111111111111111111111111111111111111111111111111111111" + "'"})
  void changingOneColumnOfEntryFiveBreaksTheChainAtFive(String change) throws SQLException {
    withTenEntries();
    execute("UPDATE audit_entry SET " + change + " WHERE entry_position = 5");

    ChainVerification result = trail.verify(db.dataSource());

    assertBroken(result, 5, Problem.HASH_MISMATCH, 4);
    assertEquals("Jejak audit rusak mulai entri ke-5: isi entri diubah.", result.description());
  }

  @Test
  void theJpaVerifierReadsTheStoredValuesNotTheCachedOnes() {
    withTenEntries();
    // loads entry 5 into the shared cache before it is changed behind JPA's back
    db.inTransaction(em -> trail.entriesAbout(em, "KK-2026-000005"));
    execute("UPDATE audit_entry SET reason = 'dibatalkan' WHERE entry_position = 5");

    assertBroken(db.inTransaction(trail::verify), 5, Problem.HASH_MISMATCH, 4);
  }

  // --- (b) a deleted entry -------------------------------------------------------------------

  @Test
  void deletingEntryFiveReportsItMissing() throws SQLException {
    withTenEntries();
    execute("DELETE FROM audit_entry WHERE entry_position = 5");

    ChainVerification result = trail.verify(db.dataSource());

    assertBroken(result, 5, Problem.POSITION_GAP, 4);
    assertEquals("Jejak audit rusak mulai entri ke-5: entri ini hilang (dihapus).", result.description());
  }

  @Test
  void deletingEntryFiveAndClosingTheGapBreaksTheLinkAtFive() throws SQLException {
    withTenEntries();
    execute("DELETE FROM audit_entry WHERE entry_position = 5");
    for (long p = 6; p <= 10; p++) {
      execute("UPDATE audit_entry SET entry_position = " + (p - 1) + " WHERE entry_position = " + p);
    }
    execute("UPDATE audit_head SET last_position = 9");

    ChainVerification result = trail.verify(db.dataSource());

    assertBroken(result, 5, Problem.LINK_BROKEN, 4);
    assertTrue(result.description().contains("dihapus, disisipkan, atau ditukar urutannya"));
  }

  // --- (c) an inserted entry -----------------------------------------------------------------

  @Test
  void aForgedEntryWithAWrongPreviousHashIsDetectedAtItself() throws SQLException {
    withTenEntries();
    makeRoomAtFive();
    insertForgedAtFive(string("SELECT entry_hash FROM audit_entry WHERE entry_position = 3"));

    ChainVerification result = trail.verify(db.dataSource());

    assertBroken(result, 5, Problem.LINK_BROKEN, 4);
  }

  @Test
  void aForgedEntryLinkedCorrectlyIsDetectedAtTheEntryItDisplaced() throws SQLException {
    withTenEntries();
    makeRoomAtFive();
    // the forger chains to entry 4 correctly; the forged entry itself is consistent, but the
    // original fifth entry (now at 6) still points at entry 4
    insertForgedAtFive(string("SELECT entry_hash FROM audit_entry WHERE entry_position = 4"));

    ChainVerification result = trail.verify(db.dataSource());

    assertBroken(result, 6, Problem.LINK_BROKEN, 5);
  }

  @Test
  void aForgedEntryAddedAtTheEndWithoutMovingTheHeadIsDetected() throws SQLException {
    withTenEntries();
    String previous = string("SELECT entry_hash FROM audit_entry WHERE entry_position = 10");
    insertForged(11, previous);

    ChainVerification result = trail.verify(db.dataSource());

    assertBroken(result, 11, Problem.HEAD_MISMATCH, 11);
    assertEquals(10, result.headPosition());
    assertEquals(
        "Jejak audit rusak mulai entri ke-11: ada entri yang ditambahkan di akhir tanpa melalui sistem.",
        result.description());
  }

  @Test
  void aForgedEntryBeforeTheFirstIsDetected() throws SQLException {
    withTenEntries();
    insertForged(0, ZEROS);

    assertBroken(trail.verify(db.dataSource()), 0, Problem.LINK_BROKEN, 0);
  }

  // --- (d) reordered entries -----------------------------------------------------------------

  @Test
  void swappingEntriesThreeAndFourIsDetectedAtThree() throws SQLException {
    withTenEntries();
    swapRows(3, 4, List.of("at_time", "username", "actor_role", "action_name", "subject",
        "from_status", "to_status", "reason", "data_sha256", "previous_hash", "entry_hash"));

    ChainVerification result = trail.verify(db.dataSource());

    assertBroken(result, 3, Problem.LINK_BROKEN, 2);
  }

  @Test
  void swappingOnlyTheContentsOfEntriesThreeAndFourIsDetectedAtThree() throws SQLException {
    withTenEntries();
    swapRows(3, 4, List.of("at_time", "username", "subject", "reason", "data_sha256"));

    assertBroken(trail.verify(db.dataSource()), 3, Problem.HASH_MISMATCH, 2);
  }

  // --- (e) truncated at the end --------------------------------------------------------------

  @Test
  void deletingTheLastTwoEntriesIsAHeadMismatch() throws SQLException {
    withTenEntries();
    execute("DELETE FROM audit_entry WHERE entry_position >= 9");

    ChainVerification result = trail.verify(db.dataSource());

    assertBroken(result, 9, Problem.HEAD_MISMATCH, 8);
    assertEquals(10, result.headPosition());
    assertEquals(
        "Jejak audit rusak mulai entri ke-9: entri ke-9 sampai ke-10 hilang (entri terakhir dihapus).",
        result.description());
  }

  @Test
  void deletingTheLastEntryIsAHeadMismatch() throws SQLException {
    withTenEntries();
    execute("DELETE FROM audit_entry WHERE entry_position = 10");

    ChainVerification result = trail.verify(db.dataSource());

    assertBroken(result, 10, Problem.HEAD_MISMATCH, 9);
    assertEquals(
        "Jejak audit rusak mulai entri ke-10: entri terakhir (ke-10) hilang (dihapus).",
        result.description());
  }

  @Test
  void rewritingTheLastEntryConsistentlyButNotTheHeadIsDetected() throws SQLException {
    withTenEntries();
    execute("DELETE FROM audit_entry WHERE entry_position = 10");
    insertForged(10, string("SELECT entry_hash FROM audit_entry WHERE entry_position = 9"));

    assertBroken(trail.verify(db.dataSource()), 10, Problem.HEAD_MISMATCH, 10);
  }

  @Test
  void rewritingTheChainAndTheHeadIsNotDetectedTheDocumentedLimit() throws SQLException {
    withTenEntries();
    execute("DELETE FROM audit_entry WHERE entry_position >= 9");
    execute("UPDATE audit_head SET last_position = 8, last_hash = '"
        + string("SELECT entry_hash FROM audit_entry WHERE entry_position = 8") + "'");

    assertTrue(trail.verify(db.dataSource()).valid());
  }

  @Test
  void rewritingFromAnOldEntryOnAndRecomputingEveryLaterHashIsCaughtByTheLastSeal() throws SQLException {
    withTenEntries();
    AuditSeal seal = db.inTransaction(trail::head);
    assertEquals(10, seal.position());
    assertTrue(db.inTransaction(em -> trail.verify(em, seal)).valid(), "the untouched chain matches its seal");

    // entry 3 rewritten, every later entry re-chained and the head moved: consistent in itself
    String previous = string("SELECT entry_hash FROM audit_entry WHERE entry_position = 2");
    for (long position = 3; position <= 10; position++) {
      execute("DELETE FROM audit_entry WHERE entry_position = " + position);
      insertForged(position, previous);
      previous = string("SELECT entry_hash FROM audit_entry WHERE entry_position = " + position);
    }
    execute("UPDATE audit_head SET last_hash = '" + previous + "'");
    assertTrue(trail.verify(db.dataSource()).valid(), "the chain alone cannot tell");

    assertBroken(db.inTransaction(em -> trail.verify(em, seal)), 10, Problem.SEAL_MISMATCH, 9);
    assertTrue(db.inTransaction(em -> trail.verify(em, seal)).description().contains("segel"));
  }

  @Test
  void deletingTheNewestEntriesAndTheHeadIsCaughtByTheLastSeal() throws SQLException {
    withTenEntries();
    AuditSeal seal = db.inTransaction(trail::head);
    execute("DELETE FROM audit_entry WHERE entry_position >= 9");
    execute("UPDATE audit_head SET last_position = 8, last_hash = '"
        + string("SELECT entry_hash FROM audit_entry WHERE entry_position = 8") + "'");

    assertBroken(db.inTransaction(em -> trail.verify(em, seal)), 9, Problem.SEAL_MISMATCH, 8);
  }

  @Test
  void aSealIsReadBackOnlyFromItsOwnForm() {
    AuditSeal seal = new AuditSeal(42, "a".repeat(64));
    assertEquals(seal, AuditSeal.parse(seal.content()));
    assertThrows(IllegalArgumentException.class, () -> AuditSeal.parse("position=42".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    assertThrows(IllegalArgumentException.class, () -> new AuditSeal(1, "A".repeat(64)));
  }

  // --- concurrency ---------------------------------------------------------------------------

  @Test
  void fourThreadsAppendingFiftyEachGetPositionsOneToTwoHundred() throws Exception {
    db = TestDatabase.create();
    ExecutorService pool = Executors.newFixedThreadPool(5);
    AtomicBoolean appending = new AtomicBoolean(true);
    try {
      List<Future<List<Long>>> writers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        writers.add(pool.submit(() -> {
          List<Long> mine = new ArrayList<>();
          for (int i = 0; i < 50; i++) {
            AuditEvent event = AuditEvent.of(
                T0.plusSeconds(i), "user" + thread, Role.OPERATOR_LAYANAN, "VERIFY",
                "KK-" + thread + "-" + i, null);
            mine.add(db.inTransaction(em -> trail.append(em, event)).position());
          }
          return mine;
        }));
      }
      // verification running next to the appends must never report a false break
      Callable<List<ChainVerification>> verifier = () -> {
        List<ChainVerification> results = new ArrayList<>();
        while (appending.get()) {
          results.add(trail.verify(db.dataSource()));
        }
        return results;
      };
      Future<List<ChainVerification>> checks = pool.submit(verifier);

      List<Long> all = new ArrayList<>();
      for (Future<List<Long>> writer : writers) {
        all.addAll(writer.get(5, TimeUnit.MINUTES));
      }
      appending.set(false);
      for (ChainVerification during : checks.get(5, TimeUnit.MINUTES)) {
        assertTrue(during.valid(), during.description());
      }

      all.sort(null);
      List<Long> expected = new ArrayList<>();
      for (long p = 1; p <= 200; p++) {
        expected.add(p);
      }
      assertEquals(expected, all);
      assertEquals(expected, longs("SELECT entry_position FROM audit_entry ORDER BY entry_position"));
      ChainVerification result = trail.verify(db.dataSource());
      assertTrue(result.valid(), result.description());
      assertEquals(200, result.entriesChecked());
      assertEquals(result, db.inTransaction(trail::verify));
    } finally {
      appending.set(false);
      pool.shutdownNow();
    }
  }

  // --- helpers -------------------------------------------------------------------------------

  private static AuditEvent event(int i) {
    return new AuditEvent(
        T0.plusSeconds(i),
        "operator" + i,
        Role.OPERATOR_LAYANAN,
        "VERIFY",
        String.format("KK-2026-%06d", i),
        "DIAJUKAN",
        "DIVERIFIKASI",
        i % 2 == 0 ? "alasan " + i : null,
        Sha256.hex("data " + i));
  }

  private void withTenEntries() {
    db = TestDatabase.create();
    for (int i = 1; i <= 10; i++) {
      AuditEvent event = event(i);
      db.inTransaction(em -> trail.append(em, event));
    }
  }

  private void assertBroken(ChainVerification result, long at, Problem problem, long intact) {
    assertFalse(result.valid(), "expected a broken chain");
    assertEquals(problem, result.problem(), result.description());
    assertEquals(at, result.firstBrokenPosition(), result.description());
    assertEquals(intact, result.entriesChecked(), result.description());
  }

  /** Moves entries 5..10 to 6..11 and the head along, as a forger making room would. */
  private void makeRoomAtFive() {
    for (long p = 10; p >= 5; p--) {
      execute("UPDATE audit_entry SET entry_position = " + (p + 1) + " WHERE entry_position = " + p);
    }
    execute("UPDATE audit_head SET last_position = 11");
  }

  private void insertForgedAtFive(String previousHash) {
    insertForged(5, previousHash);
  }

  /** Inserts an entry whose own hash is consistent with its content and {@code previousHash}. */
  private void insertForged(long position, String previousHash) {
    Instant at = T0.plusSeconds(100).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    EntryContent forged = new EntryContent(position, at, "penyusup", "KADIS", "SIGN",
        "KK-2026-000666", "DIKONFIRMASI", "DITANDATANGANI", null, null);
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement insert = c.prepareStatement(
            "INSERT INTO audit_entry (entry_position, at_time, username, actor_role, action_name,"
                + " subject, from_status, to_status, reason, data_sha256, previous_hash, entry_hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?)")) {
      insert.setLong(1, position);
      insert.setTimestamp(2, java.sql.Timestamp.from(at));
      insert.setString(3, forged.username());
      insert.setString(4, forged.role());
      insert.setString(5, forged.action());
      insert.setString(6, forged.subject());
      insert.setString(7, forged.fromStatus());
      insert.setString(8, forged.toStatus());
      insert.setString(9, previousHash);
      insert.setString(10, forged.hash(previousHash));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void swapRows(long a, long b, List<String> columns) {
    String list = String.join(", ", columns);
    try (Connection c = db.dataSource().getConnection()) {
      Object[] rowA = row(c, "SELECT " + list + " FROM audit_entry WHERE entry_position = " + a);
      Object[] rowB = row(c, "SELECT " + list + " FROM audit_entry WHERE entry_position = " + b);
      String set = String.join(" = ?, ", columns) + " = ?";
      for (Object[] pair : new Object[][] {{a, rowB}, {b, rowA}}) {
        try (PreparedStatement update = c.prepareStatement(
            "UPDATE audit_entry SET " + set + " WHERE entry_position = ?")) {
          Object[] values = (Object[]) pair[1];
          for (int i = 0; i < values.length; i++) {
            update.setObject(i + 1, values[i]);
          }
          update.setLong(values.length + 1, (Long) pair[0]);
          assertEquals(1, update.executeUpdate());
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object[] row(Connection c, String query) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(query); ResultSet rs = select.executeQuery()) {
      assertTrue(rs.next());
      Object[] values = new Object[rs.getMetaData().getColumnCount()];
      for (int i = 0; i < values.length; i++) {
        values[i] = rs.getObject(i + 1);
      }
      return values;
    }
  }

  private void execute(String statement) {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement update = c.prepareStatement(statement)) {
      assertTrue(update.executeUpdate() > 0, statement);
    } catch (SQLException e) {
      throw new IllegalStateException(statement, e);
    }
  }

  private List<Object> column(String query) {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement select = c.prepareStatement(query);
        ResultSet rs = select.executeQuery()) {
      List<Object> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getObject(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(query, e);
    }
  }

  private List<Long> longs(String query) {
    return column(query).stream().map(v -> ((Number) v).longValue()).toList();
  }

  private List<String> strings(String query) {
    return column(query).stream().map(String.class::cast).toList();
  }

  private String string(String query) {
    List<String> values = strings(query);
    assertEquals(1, values.size(), query);
    return values.get(0);
  }
}
