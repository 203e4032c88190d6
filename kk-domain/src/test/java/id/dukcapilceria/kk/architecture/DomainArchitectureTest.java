package id.dukcapilceria.kk.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** kk-domain keeps docs/architecture.md's rules: see {@link ArchitectureRules}. */
class DomainArchitectureTest {

  private static final JavaClasses DOMAIN = ArchitectureRules.mainClassesOf("domain");

  @Test
  void packagesDoNotImportEachOtherInACircle() {
    ArchitectureRules.packagesFreeOfCycles(ArchitectureRules.ROOT + ".domain").check(DOMAIN);
  }

  @Test
  void usesNoContainerApi() {
    ArchitectureRules.noContainerApis(ArchitectureRules.ROOT + ".domain").check(DOMAIN);
  }

  @Test
  void dependsOnNoOtherModule() {
    ArchitectureRules.dependsOnlyOn("domain").check(DOMAIN);
  }
}
