package id.dukcapilceria.kk.workflow.dokumen;

import id.dukcapilceria.kk.domain.shared.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Keeps document content in files named by their SHA-256 under one folder (two-level fan-out).
 * The uploader's file name is never used as a path.
 */
public final class FileSystemDocumentStore implements DocumentStore {

  private final Path root;

  public FileSystemDocumentStore(Path root) {
    this.root = root;
  }

  @Override
  public String put(byte[] content) {
    String sha256 = Sha256.hex(content);
    Path target = pathOf(sha256);
    try {
      if (!Files.exists(target)) {
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "upload", ".tmp");
        Files.write(temporary, content);
        try {
          Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return sha256;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store a document under " + root, e);
    }
  }

  @Override
  public Optional<byte[]> get(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      return Optional.empty();
    }
    Path file = pathOf(sha256);
    try {
      return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path pathOf(String sha256) {
    return root.resolve(sha256.substring(0, 2)).resolve(sha256);
  }
}
