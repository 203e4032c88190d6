package id.dukcapilceria.kk.portal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.testdb.TestDatabases;
import id.dukcapilceria.kk.testdb.TestDatabases.FreshDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/**
 * A database that applied V9 from its earlier text still starts, and only that exact earlier text
 * is forgiven: any other difference between a script and what the database recorded still stops it.
 */
class RewrittenMigrationsTest {

  private static final RewrittenMigrations.Rewrite V9 = RewrittenMigrations.REWRITES.get(0);

  /**
   * Also a first migration beside another database's schema that has its history already (on
   * PostgreSQL: two schemas of one database), which must not be taken for this one's.
   */
  @Test
  void theShippedScriptHasTheChecksumTheRewriteNames() {
    try (FreshDatabase other = TestDatabases.create("rewrittenother");
        FreshDatabase database = TestDatabases.create("rewritten")) {
      SchemaMigrator.Migrations.flyway(other.dataSource(), getClass().getClassLoader()).migrate();
      Flyway flyway = SchemaMigrator.Migrations.flyway(database.dataSource(), getClass().getClassLoader());
      flyway.migrate();
      assertEquals(V9.newChecksum(), checksumOf(flyway, V9.version()), "change the rewrite with the script");
    }
  }

  @Test
  void aDatabaseThatAppliedTheEarlierTextStartsAndIsBroughtUpToDate() throws Exception {
    try (FreshDatabase database = TestDatabases.create("rewritten")) {
      Flyway flyway = SchemaMigrator.Migrations.flyway(database.dataSource(), getClass().getClassLoader());
      flyway.migrate();
      recordChecksum(database.dataSource(), V9.oldChecksum());

      flyway.migrate();

      assertEquals(V9.newChecksum(), checksumOf(flyway, V9.version()));
    }
  }

  @Test
  void anyOtherDifferenceIsStillRefused() throws Exception {
    try (FreshDatabase database = TestDatabases.create("rewritten")) {
      Flyway flyway = SchemaMigrator.Migrations.flyway(database.dataSource(), getClass().getClassLoader());
      flyway.migrate();
      recordChecksum(database.dataSource(), 42);

      FlywayException refused = assertThrows(FlywayException.class, flyway::migrate);

      assertTrue(refused.getMessage().contains("checksum mismatch"), refused.getMessage());
    }
  }

  private static int checksumOf(Flyway flyway, String version) {
    for (MigrationInfo applied : flyway.info().applied()) {
      if (applied.getVersion().getVersion().equals(version)) {
        return applied.getChecksum();
      }
    }
    throw new AssertionError("V" + version + " not applied");
  }

  private static void recordChecksum(DataSource dataSource, int checksum) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(
            "UPDATE \"flyway_schema_history\" SET \"checksum\" = ? WHERE \"version\" = ?")) {
      update.setInt(1, checksum);
      update.setString(2, V9.version());
      assertEquals(1, update.executeUpdate());
    }
  }
}
