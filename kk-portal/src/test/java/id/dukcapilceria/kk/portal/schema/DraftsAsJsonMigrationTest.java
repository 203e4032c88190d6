package id.dukcapilceria.kk.portal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.portal.draft.DraftJson;
import id.dukcapilceria.kk.portal.draft.legacy.SerializedDraftsTest;
import id.dukcapilceria.kk.testdb.TestDatabases;
import id.dukcapilceria.kk.testdb.TestDatabases.FreshDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** A database holding a draft saved before drafts were JSON is migrated, and the draft then opens. */
class DraftsAsJsonMigrationTest {

  @Test
  void theMigrationTurnsASerializedDraftIntoJsonAndLeavesOtherRowsAlone() throws Exception {
    try (FreshDatabase database = TestDatabases.create("draftsmigration")) {
      migrateAndOpen(database.dataSource());
    }
  }

  private void migrateAndOpen(DataSource dataSource) throws Exception {
    Flyway all = SchemaMigrator.Migrations.flyway(dataSource, getClass().getClassLoader());
    Flyway.configure(getClass().getClassLoader()).configuration(all.getConfiguration()).target("12").load().migrate();
    try (Connection connection = dataSource.getConnection()) {
      insert(connection, 1, SerializedDraftsTest.savedBeforeJson());
      insert(connection, 2, new byte[] {(byte) 0xac, (byte) 0xed, 0, 5, 9, 9});
    }

    var result = all.migrate();

    assertTrue(Integer.parseInt(result.targetSchemaVersion) >= 13, "V13 and the migrations after it ran");
    try (Connection connection = dataSource.getConnection()) {
      byte[] converted = content(connection, 1);
      assertFalse(new String(converted, java.nio.charset.StandardCharsets.UTF_8).contains("KkForm"));
      SerializedDraftsTest.assertIsTheSavedDraft(DraftJson.read(converted));
      assertEquals(6, content(connection, 2).length, "not a draft of the old shape: left as it was");
    }
  }

  private static void insert(Connection connection, long id, byte[] content) throws Exception {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO intake_draft (id, username, nagari, saved_at, label, content) VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, id);
      insert.setString(2, "nagari.lubukalung");
      insert.setString(3, "13.05.01.2001");
      insert.setTimestamp(4, Timestamp.valueOf("2026-12-06 09:15:30"));
      insert.setString(5, "Ahmad Fauzi - Perubahan data");
      insert.setBytes(6, content);
      insert.executeUpdate();
    }
  }

  private static byte[] content(Connection connection, long id) throws Exception {
    try (PreparedStatement select = connection.prepareStatement("SELECT content FROM intake_draft WHERE id = ?")) {
      select.setLong(1, id);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getBytes(1);
      }
    }
  }
}
