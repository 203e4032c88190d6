package id.dukcapilceria.kk.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import id.dukcapilceria.kk.architecture.ArchitectureRules;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** kk-portal keeps docs/architecture.md's rules: see {@link ArchitectureRules}. */
class PortalArchitectureTest {

  private static final JavaClasses PORTAL = ArchitectureRules.mainClassesOf("portal");

  /**
   * The application's transitions: the portal asks kk-workflow's steps ({@code sop.PermohonanSteps}),
   * which load the application, record the step and its audit entry; calling one on the entity
   * directly would skip all of that.
   */
  static final Set<String> TRANSITIONS = Set.of("resubmit", "verify", "sendBackToNagari", "refuse", "confirm",
      "returnToOperator", "sign", "registerAndSend", "handOverAndArchive", "requireAllowed");

  @Test
  void packagesDoNotImportEachOtherInACircle() {
    ArchitectureRules.packagesFreeOfCycles(ArchitectureRules.ROOT + ".portal").check(PORTAL);
  }

  @Test
  void theLibrariesDependOnNothingOfThePortal() {
    ArchitectureRules.dependsOnlyOn("portal", "domain", "workflow", "signature").check(PORTAL);
  }

  @Test
  void noPortalClassTakesAStepOnTheApplicationItself() {
    transitionsCalledOnTheEntity().check(PORTAL);
  }

  /** The rule's list is the entity's: each name is a public method of {@link Permohonan}. */
  @Test
  void everyNamedTransitionIsOneOfTheEntitysMethods() {
    for (String name : TRANSITIONS) {
      assertTrue(Arrays.stream(Permohonan.class.getMethods()).anyMatch(m -> m.getName().equals(name)), name);
    }
  }

  /**
   * No transaction is begun beside another (docs/architecture.md, "One connection per thread"): the
   * suspended one would keep its connection while the new one takes a second, and the pool
   * (config.DataSourceConfig) is sized for one per thread.
   */
  @Test
  void noTransactionIsBegunBesideAnother() {
    transactionsBesideAnother().check(PORTAL);
  }

  @Test
  void aMethodBeginningATransactionBesideAnotherBreaksTheRule() {
    JavaClasses fixture = new ClassFileImporter().importPackages("id.dukcapilceria.kk.portal.architecturefixture");
    AssertionError failure = assertThrows(AssertionError.class, () -> transactionsBesideAnother().check(fixture));
    assertTrue(failure.getMessage().contains("NestedTransaction"), failure.getMessage());
  }

  private static ArchRule transactionsBesideAnother() {
    DescribedPredicate<JavaAnnotation<?>> requiresNew = new DescribedPredicate<>("REQUIRES_NEW") {
      @Override
      public boolean test(JavaAnnotation<?> annotation) {
        return (annotation.getRawType().isEquivalentTo(jakarta.transaction.Transactional.class)
            || annotation.getRawType().isEquivalentTo(jakarta.ejb.TransactionAttribute.class))
            && annotation.get("value").filter(v -> v instanceof JavaEnumConstant constant
                && constant.name().equals("REQUIRES_NEW")).isPresent();
      }
    };
    return noCodeUnits().should().beAnnotatedWith(requiresNew).allowEmptyShould(true)
        .as("no method begins a transaction beside another (REQUIRES_NEW)");
  }

  /** The container rule fails on a class that uses JSF, as a library that did so would. */
  @Test
  void aLibraryClassUsingFacesBreaksTheContainerRule() {
    String fixture = "id.dukcapilceria.kk.portal.architecturefixture";
    JavaClasses usesFaces = new ClassFileImporter().importPackages(fixture);
    AssertionError failure = assertThrows(AssertionError.class,
        () -> ArchitectureRules.noContainerApis(fixture).check(usesFaces));
    assertTrue(failure.getMessage().contains("jakarta.faces"), failure.getMessage());
  }

  /** The transition rule fails on a class that calls one on the entity. */
  @Test
  void aClassCallingATransitionOnTheEntityBreaksTheRule() {
    JavaClasses caller = new ClassFileImporter().importPackages("id.dukcapilceria.kk.portal.architecturefixture");
    assertThrows(AssertionError.class, () -> transitionsCalledOnTheEntity().check(caller));
  }

  private static ArchRule transitionsCalledOnTheEntity() {
    return noClasses().should().callMethodWhere(new DescribedPredicate<JavaMethodCall>("a transition of Permohonan") {
      @Override
      public boolean test(JavaMethodCall call) {
        return call.getTargetOwner().isEquivalentTo(Permohonan.class) && TRANSITIONS.contains(call.getName());
      }
    }).because("a step is taken through kk-workflow's PermohonanSteps, which records it and its audit entry");
  }
}
