package id.dukcapilceria.kk.workflow;

import com.tngtech.archunit.core.domain.JavaClasses;
import id.dukcapilceria.kk.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** kk-workflow keeps docs/architecture.md's rules: see {@link ArchitectureRules}. */
class WorkflowArchitectureTest {

  private static final JavaClasses WORKFLOW = ArchitectureRules.mainClassesOf("workflow");

  @Test
  void packagesDoNotImportEachOtherInACircle() {
    ArchitectureRules.packagesFreeOfCycles(ArchitectureRules.ROOT + ".workflow").check(WORKFLOW);
  }

  @Test
  void usesNoContainerApi() {
    ArchitectureRules.noContainerApis(ArchitectureRules.ROOT + ".workflow").check(WORKFLOW);
  }

  @Test
  void dependsOnTheDomainOnly() {
    ArchitectureRules.dependsOnlyOn("workflow", "domain").check(WORKFLOW);
  }
}
