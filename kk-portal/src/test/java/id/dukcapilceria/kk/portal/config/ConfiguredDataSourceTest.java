package id.dukcapilceria.kk.portal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The driver is the one that accepts the configured URL; messages never carry its credentials. */
class ConfiguredDataSourceTest {

  private static final ClassLoader LOADER = ConfiguredDataSourceTest.class.getClassLoader();

  @Test
  void eachSupportedUrlFindsItsDriver() {
    assertEquals("org.postgresql.Driver",
        ConfiguredDataSource.driverFor("jdbc:postgresql://db:5432/kk", LOADER).getClass().getName());
    assertTrue(ConfiguredDataSource.driverFor("jdbc:derby:/srv/kk/derby;create=true", LOADER)
        .getClass().getName().startsWith("org.apache.derby."));
  }

  @Test
  void anUnsupportedUrlIsRefusedByItsKindOnly() {
    IllegalStateException refused = assertThrows(IllegalStateException.class,
        () -> ConfiguredDataSource.driverFor("jdbc:mysql://db/kk?password=rahasia", LOADER));
    assertEquals("kk.db.url: no JDBC driver for jdbc:mysql: (Derby and PostgreSQL are supported)", refused.getMessage());
  }

  @Test
  void theDescriptionLeavesOutParameters() {
    assertEquals("jdbc:postgresql://db:5432/kk", ConfiguredDataSource.describe("jdbc:postgresql://db:5432/kk?user=kk&password=rahasia"));
    assertEquals("jdbc:derby:/srv/kk/derby", ConfiguredDataSource.describe("jdbc:derby:/srv/kk/derby;create=true"));
  }
}
