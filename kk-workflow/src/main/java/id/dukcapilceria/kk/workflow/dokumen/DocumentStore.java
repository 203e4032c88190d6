package id.dukcapilceria.kk.workflow.dokumen;

import java.util.Optional;

/**
 * Where the content of requirement documents is kept, addressed by its SHA-256. A small port so a
 * Dinas can keep files on disk, in object storage or in its archive system.
 */
public interface DocumentStore {

  /** Stores {@code content} and returns its SHA-256 (hex); storing the same bytes twice is harmless. */
  String put(byte[] content);

  Optional<byte[]> get(String sha256);
}
