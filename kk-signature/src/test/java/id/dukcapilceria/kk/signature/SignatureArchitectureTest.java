package id.dukcapilceria.kk.signature;

import com.tngtech.archunit.core.domain.JavaClasses;
import id.dukcapilceria.kk.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** kk-signature keeps docs/architecture.md's rules: see {@link ArchitectureRules}. */
class SignatureArchitectureTest {

  private static final JavaClasses SIGNATURE = ArchitectureRules.mainClassesOf("signature");

  @Test
  void packagesDoNotImportEachOtherInACircle() {
    ArchitectureRules.packagesFreeOfCycles(ArchitectureRules.ROOT + ".signature").check(SIGNATURE);
  }

  @Test
  void usesNoContainerApi() {
    ArchitectureRules.noContainerApis(ArchitectureRules.ROOT + ".signature").check(SIGNATURE);
  }

  @Test
  void dependsOnTheDomainOnly() {
    ArchitectureRules.dependsOnlyOn("signature", "domain").check(SIGNATURE);
  }
}
