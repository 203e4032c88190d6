package id.dukcapilceria.kk.workflow.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;

/**
 * A fresh in-memory Derby database with the shipped kk-domain and kk-workflow migrations applied,
 * and an EclipseLink EntityManagerFactory on it: the workflow on a real database, no server.
 */
public final class TestDatabase implements AutoCloseable {

  private static int counter;

  private final EmbeddedDataSource dataSource;
  private final EntityManagerFactory factory;
  private final String name;

  private TestDatabase(String name) {
    this.name = name;
    dataSource = new EmbeddedDataSource();
    dataSource.setDatabaseName("memory:" + name);
    dataSource.setCreateDatabase("create");
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration/kk-domain", "classpath:db/migration/kk-workflow")
        .placeholders(Map.of("binary_type", "BLOB(16M)"))
        .load()
        .migrate();
    factory = Persistence.createEntityManagerFactory(
        "kk-workflow-test", Map.of("jakarta.persistence.jdbc.url", "jdbc:derby:memory:" + name + ";create=true"));
  }

  /** A new, empty database; each call gets its own. */
  public static synchronized TestDatabase create() {
    return new TestDatabase("kkworkflow" + (++counter));
  }

  public EntityManagerFactory factory() {
    return factory;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Runs {@code work} in one transaction of a new EntityManager, committing at the end. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  @Override
  public void close() {
    factory.close();
    EmbeddedDataSource drop = new EmbeddedDataSource();
    drop.setDatabaseName("memory:" + name);
    drop.setConnectionAttributes("drop=true");
    try {
      drop.getConnection().close();
    } catch (java.sql.SQLException expected) {
      // Derby reports a dropped database with an exception (SQLState 08006)
    }
  }
}
