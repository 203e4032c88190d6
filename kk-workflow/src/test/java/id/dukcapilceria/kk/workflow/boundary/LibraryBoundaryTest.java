package id.dukcapilceria.kk.workflow.boundary;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * kk-workflow is a plain library: the portal, a REST API or another system drive it the same way.
 * Nothing of the portal, a server, CDI or JSF is on its classpath, so nothing of it can be used.
 */
class LibraryBoundaryTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "id.dukcapilceria.kk.portal.permohonan.Transactions",
    "id.dukcapilceria.kk.signature.pades.KkPadesSigner",
    "jakarta.enterprise.context.ApplicationScoped",
    "jakarta.inject.Inject",
    "jakarta.faces.context.FacesContext",
    "jakarta.servlet.http.HttpServlet",
    "jakarta.transaction.Transactional",
    "org.primefaces.PrimeFaces"
  })
  void neitherThePortalNorAContainerIsOnTheClasspath(String className) {
    assertThrows(ClassNotFoundException.class, () -> Class.forName(className));
  }
}
