package id.dukcapilceria.kk.portal.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's one data source: Payara's connection pool over {@link ConfiguredDataSource}, which
 * opens connections to the database that {@code kk.db.url} names (embedded Derby under the data
 * directory by default, or PostgreSQL). Payara Micro's own default data source is H2 in a
 * temporary folder and is not used.
 *
 * <p>Why the pool is this size: a thread never holds more than one connection (a step, its reads
 * and its audit entry share one transaction; {@code AuditLog.record} refuses to run inside
 * another), so a thread that finds the pool empty only waits for the next connection handed back,
 * and a small pool queues requests instead of failing them. 40 per node leaves a PostgreSQL server
 * with its default {@code max_connections} of 100 room for two nodes and its maintenance and
 * backup sessions; raise both together.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/kk",
    className = "id.dukcapilceria.kk.portal.config.ConfiguredDataSource",
    minPoolSize = 1,
    maxPoolSize = 40)
@ApplicationScoped
public class DataSourceConfig {}
