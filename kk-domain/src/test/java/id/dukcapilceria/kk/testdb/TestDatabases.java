package id.dukcapilceria.kk.testdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fresh, empty databases for the tests that store something: in-memory Derby by default, or a new
 * schema of a PostgreSQL database when the build names one in the system property
 * {@value #POSTGRESQL_URL} (a JDBC URL with user and password; {@code .ci/run} starts a throw-away
 * cluster and runs every module's database tests a second time on it). Each call gets its own
 * database or schema, dropped again by {@link FreshDatabase#close()}.
 */
public final class TestDatabases {

  /** The system property naming the PostgreSQL database of a second test run. */
  public static final String POSTGRESQL_URL = "kk.test.postgresql.url";

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private TestDatabases() {}

  /** Which database the tests of this run use, for messages: "Derby" or "PostgreSQL". */
  public static String vendor() {
    return postgresqlUrl() == null ? "Derby" : "PostgreSQL";
  }

  /** A new, empty database; {@code prefix} only makes its name easier to read in logs. */
  public static FreshDatabase create(String prefix) {
    String name = prefix + COUNTER.incrementAndGet() + "_" + ProcessHandle.current().pid();
    String postgresql = postgresqlUrl();
    return postgresql == null ? derby(name) : postgresql(postgresql, name);
  }

  /**
   * For a server started by a test: the JDBC URL of the PostgreSQL schema {@code schema}, created if
   * missing (emptied first if {@code fresh}), or null when this run stores in Derby. The URL keeps
   * the user and password that the build's URL carries as parameters.
   */
  public static String schemaUrl(String schema, boolean fresh) {
    String url = postgresqlUrl();
    if (url == null) {
      return null;
    }
    PGSimpleDataSource admin = new PGSimpleDataSource();
    admin.setURL(url);
    if (fresh) {
      execute(admin, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
    execute(admin, "CREATE SCHEMA IF NOT EXISTS " + schema);
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /**
   * {@code reset <schema>...}: empties the PostgreSQL schemas of a run of the portal's integration
   * tests before it starts (the build runs this with the URL in {@value #POSTGRESQL_URL}).
   */
  public static void main(String[] args) {
    if (args.length < 2 || !"reset".equals(args[0])) {
      throw new IllegalArgumentException("usage: reset <schema>...");
    }
    for (String schema : java.util.Arrays.asList(args).subList(1, args.length)) {
      System.out.println("PostgreSQL schema for the tests: " + schemaUrl(schema, true).replaceAll("password=[^&]*", "password=…"));
    }
  }

  private static String postgresqlUrl() {
    String url = System.getProperty(POSTGRESQL_URL, "");
    return url.isBlank() ? null : url;
  }

  private static FreshDatabase derby(String name) {
    EmbeddedDataSource dataSource = new EmbeddedDataSource();
    dataSource.setDatabaseName("memory:" + name);
    dataSource.setCreateDatabase("create");
    Map<String, String> jpa = Map.of(
        "jakarta.persistence.jdbc.driver", "org.apache.derby.iapi.jdbc.AutoloadedDriver",
        "jakarta.persistence.jdbc.url", "jdbc:derby:memory:" + name + ";create=true");
    return new FreshDatabase(dataSource, jpa, "BLOB(16M)", () -> {
      EmbeddedDataSource drop = new EmbeddedDataSource();
      drop.setDatabaseName("memory:" + name);
      drop.setConnectionAttributes("drop=true");
      try {
        drop.getConnection().close();
      } catch (SQLException expected) {
        // Derby reports a dropped database with an exception (SQLState 08006)
      }
    });
  }

  private static FreshDatabase postgresql(String url, String name) {
    String schema = name.toLowerCase(java.util.Locale.ROOT);
    PGSimpleDataSource admin = new PGSimpleDataSource();
    admin.setURL(url);
    execute(admin, "CREATE SCHEMA " + schema);
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    dataSource.setCurrentSchema(schema);
    Map<String, String> jpa = new HashMap<>();
    jpa.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
    // getURL() names the schema but not the credentials, which EclipseLink passes on their own
    jpa.put("jakarta.persistence.jdbc.url", dataSource.getURL());
    jpa.put("jakarta.persistence.jdbc.user", dataSource.getUser());
    jpa.put("jakarta.persistence.jdbc.password", dataSource.getPassword());
    return new FreshDatabase(dataSource, Map.copyOf(jpa), "BYTEA",
        () -> execute(admin, "DROP SCHEMA " + schema + " CASCADE"));
  }

  private static void execute(DataSource dataSource, String sql) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /**
   * One fresh database: a data source for JDBC and Flyway, the JPA properties that point a
   * persistence unit at it, and the column type the migrations' {@code ${binary_type}} stands for.
   */
  public static final class FreshDatabase implements AutoCloseable {

    private final DataSource dataSource;
    private final Map<String, String> jpaProperties;
    private final String binaryType;
    private final Runnable drop;

    FreshDatabase(DataSource dataSource, Map<String, String> jpaProperties, String binaryType, Runnable drop) {
      this.dataSource = dataSource;
      this.jpaProperties = jpaProperties;
      this.binaryType = binaryType;
      this.drop = drop;
    }

    public DataSource dataSource() {
      return dataSource;
    }

    /** Properties for {@code Persistence.createEntityManagerFactory}: the URL and driver of this one. */
    public Map<String, String> jpaProperties() {
      return jpaProperties;
    }

    /** Applies the shipped migrations found at {@code locations}, as the portal does at start. */
    public FreshDatabase migrate(String... locations) {
      Flyway.configure()
          .dataSource(dataSource)
          .locations(locations)
          .placeholders(Map.of("binary_type", binaryType))
          .load()
          .migrate();
      return this;
    }

    @Override
    public void close() {
      drop.run();
    }
  }
}
