package id.dukcapilceria.kk.portal.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's one data source: Payara's connection pool over {@link ConfiguredDataSource}, which
 * opens connections to the database that {@code kk.db.url} names (embedded Derby under the data
 * directory by default, or PostgreSQL). Payara Micro's own default data source is H2 in a
 * temporary folder and is not used.
 *
 * <p>Why the pool may grow so large: a thread may hold two connections at once (a step and its
 * audit record in a transaction of its own). If every connection is held by threads that wait for
 * their second, they all wait until the pool's timeout and fail. The pool therefore has room for
 * every thread that may use the database at
 * once: Payara Micro's 200 HTTP threads with two connections each, and the few threads of the
 * managed executors. An embedded Derby connection costs little, and the pool opens them only when
 * asked. Raise it with the HTTP thread pool.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/kk",
    className = "id.dukcapilceria.kk.portal.config.ConfiguredDataSource",
    minPoolSize = 1,
    maxPoolSize = 450)
@ApplicationScoped
public class DataSourceConfig {}
