package id.dukcapilceria.kk.portal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaMigratorTest {

  @Test
  void splitsAScriptIntoStatementsWithoutComments() {
    String script = "-- a comment; with a semicolon\nCREATE TABLE a (\n  id INT\n);\n\nCREATE INDEX i ON a (id);\n";

    List<String> statements = SchemaMigrator.statements(script);

    assertEquals(List.of("CREATE TABLE a (\n  id INT\n)", "CREATE INDEX i ON a (id)"), statements);
  }

  @Test
  void everyListedMigrationShipsAndIsNumberedInOrder() {
    for (int i = 0; i < SchemaMigrator.MIGRATIONS.size(); i++) {
      String script = SchemaMigrator.MIGRATIONS.get(i);
      assertTrue(script.startsWith("V" + (i + 1) + "__"), script);
      assertNotNull(SchemaMigrator.class.getResource("/db/migration/" + script), script);
    }
  }
}
