package id.dukcapilceria.kk.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The rules fail where they must: a rule that cannot fail would guard nothing. */
class ArchitectureRulesTest {

  @Test
  void aDeliberateCycleBreaksTheCycleRule() {
    String fixture = "id.dukcapilceria.kk.architecture.fixture.cycle";
    JavaClasses cycle = new ClassFileImporter().importPackages(fixture);
    AssertionError failure = assertThrows(AssertionError.class,
        () -> ArchitectureRules.packagesFreeOfCycles(fixture).check(cycle));
    assertTrue(failure.getMessage().contains("Cycle detected"), failure.getMessage());
  }
}
