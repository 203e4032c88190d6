package id.dukcapilceria.kk.portal.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Migrations whose text changed after databases had applied them, without changing what they do.
 * Flyway keeps each applied script's checksum and refuses to start when the shipped script differs;
 * for the scripts listed here, and only from the exact checksum the old text had to the new one,
 * the recorded checksum is brought up to date before Flyway compares. Any other difference is still
 * refused, as it should be.
 *
 * <p>V9: the roles were listed as {@code VALUES 'A', 'B'}, a form Derby accepts and PostgreSQL does
 * not; it now lists one parenthesised row per role, which both accept and which gives the same rows.
 */
final class RewrittenMigrations implements Callback {

  private static final Logger LOG = Logger.getLogger(RewrittenMigrations.class.getName());

  /** A script's version, the checksum of its old text and that of its text now. */
  record Rewrite(String version, int oldChecksum, int newChecksum) {}

  static final List<Rewrite> REWRITES = List.of(new Rewrite("9", 1241893105, 1300848808));

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    String table = context.getConfiguration().getTable();
    Connection connection = context.getConnection();
    try {
      if (!historyExists(connection, table)) {
        return;
      }
      for (Rewrite rewrite : REWRITES) {
        try (PreparedStatement update = connection.prepareStatement("UPDATE \"" + table
            + "\" SET \"checksum\" = ? WHERE \"version\" = ? AND \"checksum\" = ?")) {
          update.setInt(1, rewrite.newChecksum());
          update.setString(2, rewrite.version());
          update.setInt(3, rewrite.oldChecksum());
          if (update.executeUpdate() > 0) {
            LOG.info(() -> "Migration V" + rewrite.version() + " was applied from its earlier text, which did the"
                + " same: its recorded checksum now matches the text shipped");
          }
        }
      }
    } catch (SQLException e) {
      throw new FlywayException("Cannot bring the checksums of rewritten migrations up to date: " + e.getMessage(), e);
    }
  }

  /** Whether the history table is in the connection's own schema (a database may hold others). */
  private static boolean historyExists(Connection connection, String table) throws SQLException {
    try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), table, null)) {
      return tables.next();
    }
  }

  @Override
  public String getCallbackName() {
    return "rewritten-migrations";
  }
}
