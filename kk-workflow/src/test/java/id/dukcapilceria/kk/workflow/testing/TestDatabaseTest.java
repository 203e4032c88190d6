package id.dukcapilceria.kk.workflow.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TestDatabaseTest {

  @Test
  void theMigrationsCreateTheWorkflowTables() {
    try (TestDatabase db = TestDatabase.create()) {
      long rows = db.inTransaction(em ->
          (Long) em.createQuery("select count(p) from Permohonan p").getSingleResult());
      assertEquals(0L, rows);
    }
  }
}
