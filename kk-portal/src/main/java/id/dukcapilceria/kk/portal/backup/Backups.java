package id.dukcapilceria.kk.portal.backup;

import id.dukcapilceria.kk.portal.config.PortalConfig;
import id.dukcapilceria.kk.portal.security.AuditLog;
import id.dukcapilceria.kk.portal.security.SecondFactorKey;
import id.dukcapilceria.kk.portal.security.UserAdministration;
import id.dukcapilceria.kk.portal.signing.AuditSeals;
import id.dukcapilceria.kk.workflow.audit.AuditEvent;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import id.dukcapilceria.kk.portal.cluster.SharedMap;
import id.dukcapilceria.kk.portal.cluster.SharedState;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A backup of everything a restored portal needs, taken while officers work, into a folder of its
 * own under {@code kk.backup.dir} ({@code KK_BACKUP_DIR}; by default {@code cadangan} in the data
 * folder, which shares the data's disk: point it at other storage). Taken when the administrator
 * asks, and every night at 01:30 when {@code kk.backup.dir} is set. docs/deployment.md, "Backup and
 * restore", has the restore.
 *
 * <p>The order is what makes the parts agree without stopping anyone:
 *
 * <ol>
 *   <li>the audit chain's head is sealed and the seal folder copied: the backed-up chain is then at
 *       least as long as its newest seal (a seal ahead of the chain reads as a cut-off trail);
 *   <li>the database, as of one moment: Derby's online backup ({@code SYSCS_BACKUP_DATABASE}, which
 *       only the process that has the database open can take), or {@code pg_dump}'s snapshot;
 *   <li>the documents: each is written before the row that names it commits and never changed (it
 *       is named by its SHA-256), so every document the backed-up rows name is on disk by now. A
 *       document already in the previous backup is hard-linked from there, not copied again;
 *   <li>the demo PKI (in the demo it verifies the seals and the cards) and the second factor's key
 *       when it is kept in the data folder;
 *   <li>{@code backup.properties}, then the folder loses its {@code .partial} ending: a backup that
 *       stopped half-way never looks complete, and is removed.
 * </ol>
 *
 * <p>One backup at a time: another asked for meanwhile is refused at once (not queued behind one
 * that may take minutes), and the administration page reads the folder without waiting. The newest
 * {@code kk.backup.keep} complete ones are kept.
 */
@Singleton
// no transaction around a backup: Derby's backup needs a connection of its own in auto-commit, and
// the audit entry begins its own (AuditLog.record, which needs a bean-managed caller)
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Backups {

  private static final Logger LOG = Logger.getLogger(Backups.class.getName());
  /** A complete backup's folder name; ".partial" follows while it is being written. */
  private static final String NAME = "kk-\\d{8}-\\d{9}";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmssSSS");
  /** pg_dump of a regency's database takes minutes; one that has not ended in this long is stuck. */
  private static final long PG_DUMP_MINUTES = 120;

  @Resource(lookup = "java:app/jdbc/kk")
  DataSource dataSource;

  @Inject PortalConfig config;
  @Inject AuditSeals seals;
  @Inject SecondFactorKey secondFactorKey;
  @Inject UserAdministration administration;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject SharedState shared;

  private final java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean();

  @Inject
  @ConfigProperty(name = "kk.backup.dir")
  Optional<String> configuredFolder;

  @Inject
  @ConfigProperty(name = "kk.backup.keep", defaultValue = "14")
  int keep;

  /** The pg_dump to run (its major version at least the server's): a path, or a name on the PATH. */
  @Inject
  @ConfigProperty(name = "kk.backup.pg-dump", defaultValue = "pg_dump")
  String pgDump;

  @Inject
  @ConfigProperty(name = "kk.db.url")
  String databaseUrl;

  @Inject
  @ConfigProperty(name = "kk.db.user")
  Optional<String> databaseUser;

  @Inject
  @ConfigProperty(name = "kk.db.password")
  Optional<String> databasePassword;

  /** A complete backup: its folder and what it holds. */
  public record Backup(Path folder, Instant takenAt, String database, long sealPosition, long documents) {}

  /** A backup could not be taken; nothing of it is left. The message says why, for the administrator. */
  @jakarta.ejb.ApplicationException
  public static final class BackupFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean busy;

    BackupFailed(String message, Throwable cause) {
      this(message, cause, false);
    }

    private BackupFailed(String message, Throwable cause, boolean busy) {
      super(message, cause);
      this.busy = busy;
    }

    /** Refused because another backup is being taken (nothing went wrong). */
    public boolean busy() {
      return busy;
    }
  }

  /** A backup now, for the administrator; audited. */
  public Backup take(Actor admin) {
    administration.requireAdministrator(admin);
    Backup backup = take();
    audit.record(admin.username(), admin.role(), AuditEvent.BACKUP_TAKEN, backup.folder().getFileName().toString());
    return backup;
  }

  /**
   * Each node's timer fires; in a cluster the first node to claim the night takes its backup and
   * the others leave it (the claim is kept in the cluster's {@link SharedState} for a day).
   */
  @Schedule(hour = "1", minute = "30", persistent = false)
  void nightly() {
    if (configuredFolder.filter(f -> !f.isBlank()).isEmpty()) {
      return;
    }
    String night = java.time.LocalDate.ofInstant(clock.instant(), config.zone()).toString();
    if (!nights().putIfAbsent(night, shared.node())) {
      LOG.info(() -> "The nightly backup of " + night + " is taken by another node");
      return;
    }
    try {
      Backup backup = take();
      audit.record("-", null, AuditEvent.BACKUP_TAKEN, backup.folder().getFileName().toString());
    } catch (BackupFailed failed) {
      LOG.severe(() -> "The nightly backup failed: " + failed.getMessage());
    }
  }

  private SharedMap<String> nights() {
    return shared.map("kk.backup.nights", java.time.Duration.ofDays(1), 10);
  }

  /** The newest complete backup whose manifest reads, if any. */
  public Optional<Backup> latest() {
    return complete().map(Backups::read).flatMap(Optional::stream).findFirst();
  }

  /** Where backups go. */
  public Path folder() {
    return configuredFolder.filter(f -> !f.isBlank()).map(f -> Path.of(f.strip()).toAbsolutePath())
        .orElseGet(() -> config.dataDirectory().resolve("cadangan"));
  }

  private Backup take() {
    if (!running.compareAndSet(false, true)) {
      throw new BackupFailed("another backup is being taken now", null, true);
    }
    try {
      return takeNow();
    } finally {
      running.set(false);
    }
  }

  private Backup takeNow() {
    Instant at = clock.instant();
    String name = "kk-" + STAMP.format(at.atZone(config.zone()));
    Path partial = folder().resolve(name + ".partial");
    try {
      removeUnfinished();
      Files.createDirectories(partial);
      Optional<Path> previous = complete().findFirst();
      long sealPosition = seals.seal().seal().position();
      copyTree(seals.folder(), partial.resolve("segel-audit"), Optional.empty());
      String database = backUpDatabase(partial.resolve("database"));
      long documents = copyTree(config.documentsDirectory(), partial.resolve("dokumen"),
          previous.map(p -> p.resolve("dokumen")));
      copyTree(config.dataDirectory().resolve("demo-pki"), partial.resolve("demo-pki"), Optional.empty());
      // the authenticators' key goes with the data only when it is kept with the data
      Path key = secondFactorKey.file().toAbsolutePath();
      String keyState;
      if (!key.getParent().equals(config.dataDirectory())) {
        keyState = "kept elsewhere (kk.second-factor.key-file): back it up on its own";
      } else if (Files.exists(key)) {
        Files.copy(key, partial.resolve("second-factor.key"), StandardCopyOption.COPY_ATTRIBUTES);
        keyState = "included";
      } else {
        keyState = "none yet (no authenticator enrolled)";
      }
      Properties manifest = new Properties();
      manifest.setProperty("takenAt", at.toString());
      manifest.setProperty("database", database);
      manifest.setProperty("sealPosition", String.valueOf(sealPosition));
      manifest.setProperty("documents", String.valueOf(documents));
      manifest.setProperty("secondFactorKey", keyState);
      try (var out = Files.newBufferedWriter(partial.resolve("backup.properties"))) {
        manifest.store(out, "Dukcapil Ceria Digital KK backup; restore: docs/deployment.md");
      }
      Path done = Files.move(partial, folder().resolve(name), StandardCopyOption.ATOMIC_MOVE);
      removeOld();
      Backup backup = new Backup(done, at, database, sealPosition, documents);
      LOG.info(() -> "Backup taken: " + done + " (" + database + ", seal at " + sealPosition + ", "
          + documents + " documents)");
      return backup;
    } catch (IOException | SQLException | RuntimeException e) {
      delete(partial);
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new BackupFailed(reason, e);
    }
  }

  /** The database's part; returns which database it was. */
  private String backUpDatabase(Path target) throws IOException, SQLException {
    Files.createDirectories(target);
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      if (product.startsWith("Apache Derby")) {
        // writes the database's own folder (named as under the data folder) into target, while
        // others go on writing: Derby copies the log written meanwhile too
        try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
          backup.setString(1, target.toString());
          backup.execute();
        }
        return "Derby";
      }
      if (product.equals("PostgreSQL")) {
        dump(target.resolve("kk.dump"), target.resolve("pg_dump.log"));
        return "PostgreSQL";
      }
      throw new IllegalStateException("No backup is known for the database " + product);
    }
  }

  /** pg_dump in its custom format, of the schema the portal uses if kk.db.url names one. */
  private void dump(Path file, Path log) throws IOException {
    Properties url = org.postgresql.Driver.parseURL(databaseUrl, new Properties());
    if (url == null) {
      throw new IllegalStateException("kk.db.url is not a PostgreSQL address");
    }
    String user = databaseUser.filter(u -> !u.isBlank()).orElse(url.getProperty("user"));
    String password = databasePassword.orElse(url.getProperty("password"));
    List<String> command = new java.util.ArrayList<>(List.of(pgDump, "--format=custom", "--file=" + file,
        "--host=" + url.getProperty("PGHOST"), "--port=" + url.getProperty("PGPORT"),
        "--dbname=" + url.getProperty("PGDBNAME")));
    if (user != null) {
      command.add("--username=" + user);
    }
    String schema = url.getProperty("currentSchema");
    if (schema != null && !schema.isBlank()) {
      command.add("--schema=" + schema);
    }
    ProcessBuilder start = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    // the password reaches pg_dump in its environment, never on a command line others can list
    if (password != null) {
      start.environment().put("PGPASSWORD", password);
    }
    start.environment().put("PGCONNECT_TIMEOUT", "10");
    Process process;
    try {
      process = start.start();
    } catch (IOException notThere) {
      throw new IllegalStateException("pg_dump cannot be run (kk.backup.pg-dump = " + pgDump + "): "
          + notThere.getMessage(), notThere);
    }
    try {
      if (!process.waitFor(PG_DUMP_MINUTES, java.util.concurrent.TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("pg_dump did not end within " + PG_DUMP_MINUTES + " minutes");
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while pg_dump ran", e);
    }
    if (process.exitValue() != 0) {
      String said = Files.readString(log).strip();
      throw new IllegalStateException("pg_dump ended with " + process.exitValue() + ": "
          + (said.length() > 500 ? said.substring(said.length() - 500) : said));
    }
  }

  /**
   * Copies the files under {@code from} (if it exists) to {@code to}; a file of the same name under
   * {@code linkFrom} is hard-linked instead (only documents, which never change under their name).
   * Temporary files of a document being written are left out. Returns how many files.
   */
  private static long copyTree(Path from, Path to, Optional<Path> linkFrom) throws IOException {
    if (!Files.isDirectory(from)) {
      return 0;
    }
    long count = 0;
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        if (file.getFileName().toString().endsWith(".tmp")) {
          continue;
        }
        Path relative = from.relativize(file);
        Path target = to.resolve(relative.toString());
        Files.createDirectories(target.getParent());
        Optional<Path> same = linkFrom.map(l -> l.resolve(relative.toString())).filter(Files::isRegularFile);
        if (same.isPresent() && link(target, same.get())) {
          count++;
          continue;
        }
        try {
          Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (java.nio.file.NoSuchFileException gone) {
          continue; // a seal or key replaced while copying: the folder's other files stand
        }
        count++;
      }
    }
    return count;
  }

  private static boolean link(Path target, Path existing) throws IOException {
    try {
      Files.createLink(target, existing);
      return true;
    } catch (UnsupportedOperationException | java.nio.file.FileSystemException otherDisk) {
      return false; // another file system, or one without hard links: copied instead
    }
  }

  /** Complete backups (named so, with their manifest), newest first. */
  private Stream<Path> complete() {
    return entries().filter(p -> p.getFileName().toString().matches(NAME) && Files.isRegularFile(p.resolve("backup.properties")))
        .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
  }

  /** What a backup stopped by a crash left (only one backup runs at a time, and none runs now). */
  private void removeUnfinished() {
    entries().filter(p -> p.getFileName().toString().matches(NAME + "\\.partial")).forEach(Backups::delete);
  }

  private Stream<Path> entries() {
    Path folder = folder();
    if (!Files.isDirectory(folder)) {
      return Stream.empty();
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.filter(Files::isDirectory).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void removeOld() {
    complete().skip(Math.max(1, keep)).forEach(Backups::delete);
  }

  /** A backup's manifest; empty (and said in the log) when someone has changed it into nonsense. */
  private static Optional<Backup> read(Path folder) {
    Properties manifest = new Properties();
    try (var in = Files.newBufferedReader(folder.resolve("backup.properties"))) {
      manifest.load(in);
      return Optional.of(new Backup(folder, Instant.parse(manifest.getProperty("takenAt")),
          manifest.getProperty("database"), Long.parseLong(manifest.getProperty("sealPosition")),
          Long.parseLong(manifest.getProperty("documents"))));
    } catch (IOException | RuntimeException unreadable) {
      LOG.warning(() -> "The backup manifest in " + folder + " cannot be read: " + unreadable);
      return Optional.empty();
    }
  }

  private static void delete(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      LOG.warning(() -> "Could not remove " + folder + ": " + e.getMessage());
    }
  }
}
