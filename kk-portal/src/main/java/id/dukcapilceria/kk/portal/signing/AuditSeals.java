package id.dukcapilceria.kk.portal.signing;

import id.dukcapilceria.kk.portal.config.PortalConfig;
import id.dukcapilceria.kk.signature.timestamp.TimeStamps;
import id.dukcapilceria.kk.workflow.audit.AuditSeal;
import id.dukcapilceria.kk.workflow.audit.AuditTrail;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals the head of the audit chain outside the database: every hour and at start (when entries
 * were added since the newest seal), and whenever the administrator asks, the head's position and hash ({@link AuditSeal}) are time-stamped by the
 * time-stamp authority (the demo PKI's in the demo) and written as two files into a folder of
 * their own ({@code kk.audit.seal.dir}, by default {@code segel-audit} in the data folder; point it
 * at storage the database's administrators cannot write). Verification checks the chain against
 * the newest seal whose time-stamp holds (the administration page hands it to {@code
 * AuditLog.verify}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class AuditSeals {

  private static final Logger LOG = Logger.getLogger(AuditSeals.class.getName());

  @PersistenceContext EntityManager em;
  @Inject KkSigningService signing;
  @Inject PortalConfig config;

  @Inject
  @ConfigProperty(name = "kk.audit.seal.dir", defaultValue = " ")
  String configuredFolder;

  private final AuditTrail trail = new AuditTrail();

  /** The newest seal whose time-stamp verifies, and when it was stamped. */
  public record Sealed(AuditSeal seal, Instant stampedAt, Path content, Path token) {}

  @jakarta.annotation.PostConstruct
  void atStart() {
    sealIfMoved();
  }

  @Schedule(hour = "*", minute = "7", persistent = false)
  void hourly() {
    sealIfMoved();
  }

  /** A new seal only when entries were added since the newest one (a quiet night adds no files). */
  private void sealIfMoved() {
    AuditSeal head = trail.head(em);
    if (latest().map(sealed -> sealed.seal().equals(head)).orElse(false)) {
      return;
    }
    seal();
  }

  /** Seals the head as it is now; the files written. */
  public Sealed seal() {
    AuditSeal head = trail.head(em);
    byte[] content = head.content();
    TimeStamps stamps = signing.timeStamps();
    byte[] token = stamps.stamp(content);
    Instant at = stamps.verify(content, token);
    String name = String.format("segel-%012d-%d", head.position(), at.toEpochMilli());
    try {
      Path folder = Files.createDirectories(folder());
      Path text = folder.resolve(name + ".txt");
      Path stamp = folder.resolve(name + ".tsr");
      Files.write(stamp, token);
      Files.write(text, content); // last: a seal is listed by its text, which is there only with its token
      LOG.fine(() -> "Audit head sealed at position " + head.position());
      return new Sealed(head, at, text, stamp);
    } catch (IOException e) {
      throw new UncheckedIOException("The audit seal cannot be written to " + folder(), e);
    }
  }

  /**
   * The newest seal (by position, then time) whose time-stamp verifies; a seal whose files were
   * altered is passed over (and said in the log), so a forged newer file cannot replace a true one.
   */
  public Optional<Sealed> latest() {
    Path folder = folder();
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().matches("segel-\\d{12}-\\d{1,19}\\.txt"))
          .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
          .map(this::verified)
          .flatMap(Optional::stream)
          .findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Optional<Sealed> verified(Path text) {
    Path stamp = text.resolveSibling(text.getFileName().toString().replace(".txt", ".tsr"));
    try {
      byte[] content = Files.readAllBytes(text);
      Instant at = signing.timeStamps().verify(content, Files.readAllBytes(stamp));
      return Optional.of(new Sealed(AuditSeal.parse(content), at, text, stamp));
    } catch (IOException | RuntimeException unusable) {
      LOG.warning(() -> "Audit seal " + text.getFileName() + " does not verify and is passed over: " + unusable.getMessage());
      return Optional.empty();
    }
  }

  /** Where the seals are written. */
  public Path folder() {
    return configuredFolder.isBlank() ? config.dataDirectory().resolve("segel-audit") : Path.of(configuredFolder.strip());
  }
}
