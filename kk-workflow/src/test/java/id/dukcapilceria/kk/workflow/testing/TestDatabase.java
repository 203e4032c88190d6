package id.dukcapilceria.kk.workflow.testing;

import id.dukcapilceria.kk.testdb.TestDatabases;
import id.dukcapilceria.kk.testdb.TestDatabases.FreshDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * A fresh database (in-memory Derby, or a new PostgreSQL schema when the build names one:
 * {@link TestDatabases}) with the shipped kk-domain and kk-workflow migrations applied, and an
 * EclipseLink EntityManagerFactory on it: the workflow on a real database, no server.
 */
public final class TestDatabase implements AutoCloseable {

  private final FreshDatabase database;
  private final EntityManagerFactory factory;

  private TestDatabase() {
    database = TestDatabases.create("kkworkflow")
        .migrate("classpath:db/migration/kk-domain", "classpath:db/migration/kk-workflow");
    factory = Persistence.createEntityManagerFactory("kk-workflow-test", database.jpaProperties());
  }

  /** A new, empty database; each call gets its own. */
  public static TestDatabase create() {
    return new TestDatabase();
  }

  public EntityManagerFactory factory() {
    return factory;
  }

  public DataSource dataSource() {
    return database.dataSource();
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
    database.close();
  }
}
