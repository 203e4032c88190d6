package id.dukcapilceria.kk.signature;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import id.dukcapilceria.kk.architecture.ArchitectureRules;
import java.util.stream.Stream;
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

  /**
   * The classes that replace parts of DSS's PDF machinery for speed (extending or implementing its
   * internal classes, which a DSS upgrade may change) stand fenced in a {@code dss} package, so
   * that an upgrade knows where to look and nothing else leans on them.
   */
  @Test
  void whatReplacesPartsOfDssStandsInItsOwnPackage() {
    classes().that(EXTEND_DSS_PDF_INTERNALS).should().resideInAPackage(ArchitectureRules.ROOT + ".signature.*.dss..")
        .check(SIGNATURE);
  }

  /** A {@code dss} package serves its parent only: the signer's, or the verifier's. */
  @Test
  void onlyItsParentUsesADssPackage() {
    for (String parent : new String[] {"pades", "verify"}) {
      String base = ArchitectureRules.ROOT + ".signature." + parent;
      noClasses().that().resideOutsideOfPackage(base + "..")
          .should().dependOnClassesThat().resideInAPackage(base + ".dss..")
          .check(SIGNATURE);
    }
  }

  private static final DescribedPredicate<JavaClass> EXTEND_DSS_PDF_INTERNALS =
      new DescribedPredicate<>("extend or implement a class of DSS's PDF internals (eu.europa.esig.dss.pdf)") {
        @Override
        public boolean test(JavaClass type) {
          return Stream.concat(type.getAllRawSuperclasses().stream(), type.getAllRawInterfaces().stream())
              .anyMatch(parent -> parent.getPackageName().startsWith("eu.europa.esig.dss.pdf"));
        }
      };
}
