package id.dukcapilceria.kk.domain.shared;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * kk-domain is a plain library another Disdukcapil system can embed: nothing of a server, CDI,
 * JSF or servlets is on its classpath, so no class of it can depend on them.
 */
class LibraryBoundaryTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "jakarta.enterprise.context.ApplicationScoped",
    "jakarta.inject.Inject",
    "jakarta.faces.context.FacesContext",
    "jakarta.servlet.http.HttpServlet",
    "jakarta.ejb.Stateless",
    "jakarta.ws.rs.Path",
    "org.primefaces.PrimeFaces"
  })
  void containerApisAreNotOnTheClasspath(String className) {
    assertThrows(ClassNotFoundException.class, () -> Class.forName(className));
  }
}
