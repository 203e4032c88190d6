package id.dukcapilceria.kk.portal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.logging.Level;
import org.junit.jupiter.api.Test;

class LibraryLoggingTest {

  @Test
  void warningsUnlessAnotherKnownLevelIsAskedFor() {
    assertEquals(Level.WARNING, LibraryLogging.levelOf(null));
    assertEquals(Level.WARNING, LibraryLogging.levelOf(" "));
    assertEquals(Level.INFO, LibraryLogging.levelOf("info"));
    assertEquals(Level.SEVERE, LibraryLogging.levelOf(" SEVERE "));
    assertEquals(Level.FINE, LibraryLogging.levelOf("fine"));
    assertEquals(Level.WARNING, LibraryLogging.levelOf("banyak"), "an unknown word is not an error at start-up");
  }
}
