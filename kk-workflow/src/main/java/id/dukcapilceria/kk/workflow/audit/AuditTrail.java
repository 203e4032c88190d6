package id.dukcapilceria.kk.workflow.audit;

import id.dukcapilceria.kk.workflow.audit.ChainChecker.StoredEntry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;

/**
 * The append-only, hash-chained audit trail. Each entry's hash covers its content, its position
 * and the previous entry's hash; a single head row holds the last position and hash.
 *
 * <p><b>Appending.</b> {@link #append} runs in the caller's transaction: it locks the head row
 * (SELECT ... FOR UPDATE), writes the entry at the next position chained to the head's hash, and
 * moves the head. Concurrent appends therefore queue on the head, positions are gapless, and if the
 * caller's transaction rolls back, the entry and its position vanish together. Recording an action
 * in the same transaction as the action itself means there is no action without its entry.
 *
 * <p><b>Verifying.</b> {@link #verify(EntityManager)} and {@link #verify(DataSource)} read the raw
 * rows with SQL (never through the persistence context or the shared cache, which could show
 * values other than those stored), recompute every hash in position order and compare the last
 * entry with the head. They report the first broken position: a changed entry (HASH_MISMATCH), a
 * deleted entry (POSITION_GAP, or LINK_BROKEN if the later positions were renumbered), an inserted
 * or moved entry (LINK_BROKEN), and deleted or added entries at the end (HEAD_MISMATCH).
 *
 * <p><b>Limits.</b> The chain detects changes made by anyone who does not recompute the hash of
 * every later entry <em>and</em> update the head. The hash algorithm and the canonical form are
 * public, no secret is involved, so someone with write access to the whole database (a DBA, an
 * attacker holding the application's database credentials) can rewrite or truncate the chain
 * consistently and verification will pass. The mitigation is to anchor the head outside the
 * database, for example by periodically signing or time-stamping the head's position and hash with
 * kk-signature and keeping those receipts elsewhere, so a rewritten chain no longer matches an
 * earlier anchor: {@link #head} gives such a seal and {@link #verify(EntityManager, AuditSeal)}
 * checks the chain against it (the portal time-stamps and keeps the seals). The database user of the application should also be
 * denied UPDATE and DELETE on {@code audit_entry}, which is a deployment matter. The chain proves
 * nothing about events that were never appended, and the recorded instants and usernames are only
 * as trustworthy as the code that supplies them. The instant is stored as a SQL TIMESTAMP without
 * time zone (as all instants in this system), so the server must verify in the same time zone it
 * wrote in.
 */
public final class AuditTrail {

  private static final String COLUMNS =
      "entry_position, at_time, username, actor_role, action_name, subject, from_status,"
          + " to_status, reason, data_sha256, previous_hash, entry_hash";
  private static final String ENTRIES_AFTER =
      "SELECT " + COLUMNS + " FROM audit_entry WHERE entry_position > ? ORDER BY entry_position";
  private static final String HEAD =
      "SELECT last_position, last_hash FROM audit_head WHERE id = " + AuditHead.ID;
  private static final int PAGE = 500;

  /**
   * Appends {@code event} at the next position, inside the caller's (active) transaction. Holds the
   * head row lock until that transaction ends, so keep the transaction short after appending.
   */
  public AuditEntry append(EntityManager em, AuditEvent event) {
    AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
    if (head == null) {
      throw new IllegalStateException("The audit_head row is missing (migration V4 not applied?)");
    }
    AuditEntry entry = new AuditEntry(head.lastPosition() + 1, event, head.lastHash());
    em.persist(entry);
    head.advanceTo(entry);
    // written at once: a later locking find of the head in this transaction refreshes it
    em.flush();
    return entry;
  }

  /** The head as it is now, to be sealed outside the database (position 0: nothing appended yet). */
  public AuditSeal head(EntityManager em) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(HEAD).getResultList();
    if (rows.isEmpty()) {
      throw new IllegalStateException("The audit_head row is missing (migration V4 not applied?)");
    }
    return new AuditSeal(((Number) rows.get(0)[0]).longValue(), (String) rows.get(0)[1]);
  }

  /** The entries about one subject (e.g. an application number), oldest first. */
  public List<AuditEntry> entriesAbout(EntityManager em, String subject) {
    return em.createNamedQuery(AuditEntry.ABOUT_SUBJECT, AuditEntry.class)
        .setParameter("subject", subject)
        .getResultList();
  }

  /** Verifies the chain through native SQL on the caller's EntityManager (bypassing its caches). */
  public ChainVerification verify(EntityManager em) {
    return verify(em, null);
  }

  /**
   * As {@link #verify(EntityManager)}, and against the last seal kept outside the database: the
   * sealed entry must still have the sealed hash. {@code seal} may be null (none kept yet).
   */
  public ChainVerification verify(EntityManager em, AuditSeal seal) {
    return walk(seal, new Source() {
      @Override
      public int entriesAfter(long position, ChainChecker checker) {
        int read = 0;
        long after = position;
        while (true) {
          @SuppressWarnings("unchecked")
          List<Object[]> rows = em.createNativeQuery(ENTRIES_AFTER)
              .setParameter(1, after)
              .setMaxResults(PAGE)
              .getResultList();
          for (Object[] row : rows) {
            read++;
            StoredEntry entry = fromRow(row);
            if (!checker.accept(entry)) {
              return read;
            }
            after = entry.content().position();
          }
          if (rows.size() < PAGE) {
            return read;
          }
        }
      }

      @Override
      public Object[] head() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(HEAD).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
      }
    });
  }

  /** Verifies the chain with plain JDBC on connections of {@code dataSource}. */
  public ChainVerification verify(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return verify(connection);
    }
  }

  /** Verifies the chain with plain JDBC on {@code connection}, which is left open. */
  public ChainVerification verify(Connection connection) throws SQLException {
    return verify(connection, null);
  }

  /**
   * As {@link #verify(Connection)}, and against a seal kept outside the database (null if none):
   * for a database that no portal has open, such as a restored backup.
   */
  public ChainVerification verify(Connection connection, AuditSeal seal) throws SQLException {
    try {
      return walk(seal, new Source() {
        @Override
        public int entriesAfter(long position, ChainChecker checker) {
          int read = 0;
          try (PreparedStatement select = connection.prepareStatement(ENTRIES_AFTER)) {
            select.setLong(1, position);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                read++;
                Object[] row = new Object[12];
                for (int i = 0; i < row.length; i++) {
                  row[i] = rows.getObject(i + 1);
                }
                if (!checker.accept(fromRow(row))) {
                  return read;
                }
              }
            }
          } catch (SQLException e) {
            throw new WrappedSqlException(e);
          }
          return read;
        }

        @Override
        public Object[] head() {
          try (PreparedStatement select = connection.prepareStatement(HEAD);
              ResultSet rows = select.executeQuery()) {
            return rows.next() ? new Object[] {rows.getObject(1), rows.getObject(2)} : null;
          } catch (SQLException e) {
            throw new WrappedSqlException(e);
          }
        }
      });
    } catch (WrappedSqlException e) {
      throw e.getCause();
    }
  }

  /** Where the rows come from. */
  private interface Source {
    /** Feeds the entries after {@code position} to the checker; returns how many were read. */
    int entriesAfter(long position, ChainChecker checker);

    /** The head row as {last_position, last_hash}, or null if it is missing. */
    Object[] head();
  }

  /**
   * Reads all entries, then the head. Appends committed between the two reads (the head is then
   * ahead of the entries read) are read and checked too before the head is compared, so a
   * verification running next to normal use does not report a false HEAD_MISMATCH.
   */
  private static ChainVerification walk(AuditSeal seal, Source source) {
    ChainChecker checker = new ChainChecker(seal);
    long after = Long.MIN_VALUE; // the first read also sees forged entries placed before position 1
    boolean firstRound = true;
    while (true) {
      int read = source.entriesAfter(after, checker);
      if (checker.isBroken()) {
        return checker.failure();
      }
      after = checker.lastPosition();
      Object[] head = source.head();
      Long headPosition = head == null ? null : ((Number) head[0]).longValue();
      String headHash = head == null ? null : (String) head[1];
      boolean headAhead = headPosition != null && headPosition > checker.lastPosition();
      if (!headAhead || (!firstRound && read == 0)) {
        return checker.finish(headPosition, headHash);
      }
      firstRound = false;
    }
  }

  private static StoredEntry fromRow(Object[] row) {
    EntryContent content = new EntryContent(
        ((Number) row[0]).longValue(),
        instant(row[1]),
        (String) row[2],
        (String) row[3],
        (String) row[4],
        (String) row[5],
        (String) row[6],
        (String) row[7],
        (String) row[8],
        (String) row[9]);
    return new StoredEntry(content, (String) row[10], (String) row[11]);
  }

  /** As {@link id.dukcapilceria.kk.domain.shared.InstantConverter} reads it. */
  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof LocalDateTime local) {
      return Timestamp.valueOf(local).toInstant();
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof java.util.Date date) {
      return date.toInstant();
    }
    throw new IllegalStateException("Unexpected value for at_time: " + value);
  }

  private static final class WrappedSqlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WrappedSqlException(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }
}
