package id.dukcapilceria.kk.portal.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The embedded Derby database under the data directory. The database path comes from MicroProfile
 * Config ({@code kk.db.name}, built from {@code kk.data.dir} / {@code KK_DATA_DIR} in
 * META-INF/microprofile-config.properties), so an operator chooses where data lives without
 * rebuilding. Payara Micro's own default data source is H2 in a temporary folder and is not used.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/kk",
    className = "org.apache.derby.jdbc.EmbeddedDataSource",
    databaseName = "${MPCONFIG=kk.db.name}",
    properties = {"createDatabase=create"},
    minPoolSize = 1,
    maxPoolSize = 20)
@ApplicationScoped
public class DataSourceConfig {}
