package id.dukcapilceria.kk.portal.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date at start with Flyway, from the versioned scripts each
 * module ships under {@code db/migration/<module>}. JPA never generates the schema.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  @Resource(lookup = "java:app/jdbc/kk")
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    Flyway flyway = Migrations.flyway(dataSource, getClass().getClassLoader());
    MigrateResult result = flyway.migrate();
    // Flyway names a target version only when it applied something
    String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
        : String.valueOf(flyway.info().current().getVersion());
    LOG.info(() -> result.databaseType + ": schema at version " + version
        + " (" + result.migrationsExecuted + " migration(s) applied now)");
  }

  /** The Flyway set-up shared by the server and the tests. */
  public static final class Migrations {

    /** Every module's scripts; versions form one sequence across them. */
    public static final String[] LOCATIONS = {
      "classpath:db/migration/kk-domain", "classpath:db/migration/kk-workflow", "classpath:db/migration/kk-portal"
    };

    private Migrations() {}

    public static Flyway flyway(DataSource dataSource, ClassLoader classLoader) {
      return Flyway.configure(classLoader)
          .dataSource(dataSource)
          .locations(LOCATIONS)
          .placeholders(java.util.Map.of("binary_type", binaryType(dataSource)))
          // the one migration that needs Java: it reads drafts of a shape SQL cannot
          .javaMigrations(new V13__DraftsAsJson())
          .callbacks(new RewrittenMigrations())
          .load();
    }

    /** The column type for documents: Derby and PostgreSQL name it differently. */
    static String binaryType(DataSource dataSource) {
      try (var connection = dataSource.getConnection()) {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        return product.contains("postgres") ? "BYTEA" : "BLOB(16M)";
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException("Cannot reach the database", e);
      }
    }
  }
}
