package id.dukcapilceria.kk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.List;

/**
 * The rules of docs/architecture.md that every module's {@code ArchitectureTest} checks on its own
 * compiled classes: packages that do not import each other in a circle, libraries that another
 * system can embed without a container, and dependencies that point one way between the modules.
 * Shipped to the other modules in kk-domain's test jar, so that each rule is written once.
 */
public final class ArchitectureRules {

  /** The project's root package; each module is one package below it. */
  public static final String ROOT = "id.dukcapilceria.kk";

  /**
   * The APIs of a container, its pages and its web services: a library that used one of them
   * could not run inside another Disdukcapil's system. Jakarta Persistence (mappings, an entity
   * manager handed in) and JSON-P stay allowed: both run without a container.
   */
  public static final List<String> CONTAINER_APIS = List.of(
      "jakarta.faces..", "jakarta.servlet..", "jakarta.ws.rs..", "jakarta.enterprise..", "jakarta.ejb..",
      "jakarta.inject..", "jakarta.transaction..", "jakarta.security..", "jakarta.annotation.security..",
      "org.primefaces..", "org.eclipse.microprofile..", "fish.payara..", "org.glassfish..");

  private ArchitectureRules() {}

  /** The main (not test) classes of {@code module}, e.g. {@code "workflow"}. */
  public static JavaClasses mainClassesOf(String module) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages(ROOT + "." + module);
  }

  /** No two packages of the module (with their sub-packages) import each other, directly or round a circle. */
  public static ArchRule packagesFreeOfCycles(String basePackage) {
    return slices().matching(basePackage + ".(*)..").should().beFreeOfCycles()
        .because("a package that its own dependencies depend on cannot be understood, tested or moved alone");
  }

  /** The module's classes use none of {@link #CONTAINER_APIS}. */
  public static ArchRule noContainerApis(String basePackage) {
    return noClasses().that().resideInAPackage(basePackage + "..")
        .should().dependOnClassesThat().resideInAnyPackage(CONTAINER_APIS.toArray(String[]::new))
        .because("the libraries are plain jars another system embeds without our portal or a container");
  }

  /** The module depends on no module of the project but {@code allowed} (and itself). */
  public static ArchRule dependsOnlyOn(String module, String... allowed) {
    List<String> others = Arrays.stream(new String[] {"domain", "workflow", "signature", "portal"})
        .filter(m -> !m.equals(module) && !Arrays.asList(allowed).contains(m))
        .map(m -> ROOT + "." + m + "..")
        .toList();
    return noClasses().that().resideInAPackage(ROOT + "." + module + "..")
        .should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
        .because("dependencies point one way: portal -> signature/workflow -> domain");
  }
}
