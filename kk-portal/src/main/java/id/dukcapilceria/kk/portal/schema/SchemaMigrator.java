package id.dukcapilceria.kk.portal.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the database schema up to date at start, from the numbered scripts in
 * {@code db/migration}. Each script runs once, in its own transaction, and is recorded in {@code
 * schema_version}; the schema is never generated from the mappings.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());
  /** Every migration, in order. Append; never edit a released one. */
  static final List<String> MIGRATIONS = List.of("V1__initial_schema.sql");

  @Resource(lookup = "java:app/jdbc/kk")
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      ensureVersionTable(connection);
      int current = currentVersion(connection);
      for (int version = current + 1; version <= MIGRATIONS.size(); version++) {
        apply(connection, version, MIGRATIONS.get(version - 1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The database schema could not be brought up to date", e);
    }
  }

  private static void ensureVersionTable(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    try (ResultSet tables = meta.getTables(null, null, "SCHEMA_VERSION", null)) {
      if (tables.next()) {
        return;
      }
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY,"
              + " script VARCHAR(200) NOT NULL, applied_at TIMESTAMP NOT NULL)");
    }
    connection.commit();
  }

  private static int currentVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static void apply(Connection connection, int version, String script) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements(read(script))) {
        statement.execute(sql);
      }
      try (PreparedStatement record =
          connection.prepareStatement(
              "INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, CURRENT_TIMESTAMP)")) {
        record.setInt(1, version);
        record.setString(2, script);
        record.executeUpdate();
      }
      connection.commit();
      LOG.info(() -> "Database schema migrated to version " + version + " (" + script + ")");
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    }
  }

  /** Splits a script on semicolons at line ends, dropping comment lines. */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String sql = current.toString().strip();
        statements.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }

  private static String read(String script) {
    try (InputStream in = SchemaMigrator.class.getResourceAsStream("/db/migration/" + script)) {
      if (in == null) {
        throw new IllegalStateException("Migration script missing: " + script);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
