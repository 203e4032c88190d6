package id.dukcapilceria.kk.portal.config;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The database the portal stores in, chosen by configuration rather than by the build: the JDBC
 * URL {@code kk.db.url} (environment variable {@code KK_DB_URL}) and, for a database server,
 * {@code kk.db.user} and {@code kk.db.password} ({@code KK_DB_USER}, {@code KK_DB_PASSWORD}).
 * The default URL is the embedded Derby database under the data directory; a
 * {@code jdbc:postgresql:} URL stores in PostgreSQL. Both drivers ship in the WAR; the one that
 * accepts the URL opens the connections.
 *
 * <p>Payara's connection pool ({@link DataSourceConfig}) creates this class and asks it for
 * physical connections; it never pools them itself. The password is read here, from MicroProfile
 * Config, so that it never appears in an annotation or in the server's resource configuration.
 */
public class ConfiguredDataSource implements DataSource {

  static final String URL = "kk.db.url";
  static final String USER = "kk.db.user";
  static final String PASSWORD = "kk.db.password";

  private final Driver driver;
  private final String url;
  private final Properties credentials = new Properties();
  private PrintWriter logWriter;
  private int loginTimeout;

  public ConfiguredDataSource() {
    ClassLoader loader = ConfiguredDataSource.class.getClassLoader();
    Config config = ConfigProvider.getConfig(loader);
    url = config.getValue(URL, String.class);
    config.getOptionalValue(USER, String.class).ifPresent(user -> credentials.setProperty("user", user));
    config.getOptionalValue(PASSWORD, String.class).ifPresent(password -> credentials.setProperty("password", password));
    driver = driverFor(url, loader);
  }

  /** The driver in the WAR that accepts {@code url}; the message names the URL's kind only. */
  static Driver driverFor(String url, ClassLoader loader) {
    for (Driver candidate : ServiceLoader.load(Driver.class, loader)) {
      try {
        if (candidate.acceptsURL(url)) {
          return candidate;
        }
      } catch (SQLException e) {
        // a driver that cannot tell is not the one
      }
    }
    int kind = url.indexOf(':', "jdbc:".length());
    throw new IllegalStateException(URL + ": no JDBC driver for "
        + (kind > 0 ? url.substring(0, kind + 1) : "this URL") + " (Derby and PostgreSQL are supported)");
  }

  /** Which database {@code url} names, for messages: the URL without credentials or parameters. */
  static String describe(String url) {
    int end = url.length();
    for (char stop : new char[] {'?', ';'}) {
      int at = url.indexOf(stop);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    return url.substring(0, end);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return connect(credentials);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    Properties given = new Properties();
    given.setProperty("user", username);
    given.setProperty("password", password);
    return connect(given);
  }

  private Connection connect(Properties properties) throws SQLException {
    Connection connection = driver.connect(url, properties);
    if (connection == null) {
      throw new SQLException("The driver refused " + describe(url));
    }
    return connection;
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("Not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
