package id.dukcapilceria.kk.portal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where scanned documents are kept: the configured shared folder, else the data folder's. */
class DocumentsDirectoryTest {

  @TempDir Path data;

  private PortalConfig config(Optional<String> documents) {
    PortalConfig config = new PortalConfig();
    config.dataDir = data.toString();
    config.documentsDir = documents;
    return config;
  }

  @Test
  void withoutASettingTheyStayInTheDataFolder() {
    assertEquals(data.resolve("dokumen").toAbsolutePath(), config(Optional.empty()).documentsDirectory());
    assertEquals(data.resolve("dokumen").toAbsolutePath(), config(Optional.of(" ")).documentsDirectory());
  }

  @Test
  void aConfiguredFolderIsUsedAsGiven() {
    Path shared = data.resolve("bersama/dokumen");
    assertEquals(shared.toAbsolutePath(), config(Optional.of(shared.toString())).documentsDirectory());
  }
}
