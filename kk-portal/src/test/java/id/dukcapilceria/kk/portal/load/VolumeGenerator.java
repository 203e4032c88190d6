package id.dukcapilceria.kk.portal.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fills a PostgreSQL database the portal has created with a million applications of realistic
 * shape, for the list and detail timings at volume (docs/performance.md, "at 1,000,000"). A
 * harness, not a test.
 *
 * <p>It copies, inside the database, the applications already there (the demo's, made through
 * the workflow, at every step and finished) with every row that belongs to them: the card and its
 * members, the step history, the documents' records, the buku permasalahan and buku register
 * entries, the signed card's record. Each copy gets its own ids, application number, verification
 * token and register number, one of the regency's 103 nagari, and its dates moved back: a finished
 * application up to three years, one still waiting up to 30 days. Finished applications are copied
 * in every round and waiting ones in every twentieth, so most of the million are finished and
 * some wait at every step. Afterwards the sequences are moved past the new ids, the per-nagari
 * counts are recounted and the tables analysed, so the portal goes on working on the result.
 *
 * <p>What is not like real data, and why: a copied member's NIK is the original's with the copy's
 * kecamatan and a serial of the copy, so a NIK recurs a few times (real NIKs never do); the copies
 * repeat the demo's KK numbers (lists and details never look them up); a copied signed card's PDF is a
 * placeholder of a few bytes (the PDF column is read lazily, by a download only; a million real
 * cards would be about 60 GB); copies have no audit entries (the chain must stay verifiable).
 *
 * <p>System properties: {@code volume.url} (a JDBC URL, with {@code currentSchema} if the portal's
 * tables are not in {@code public}), {@code volume.total} (1000000), {@code volume.rounds} (rounds
 * per transaction, 500).
 */
public final class VolumeGenerator {

  /** Every copied id is the original's plus the round times this: far above the templates' ids. */
  private static final long ROUND = 10_000_000L;
  /** One waiting application is copied in this many rounds; a finished one in every round. */
  private static final int WAITING_EVERY = 20;
  private static final String REGENCY = "13.05";

  private VolumeGenerator() {}

  public static void main(String[] args) throws Exception {
    String url = System.getProperty("volume.url");
    if (url == null) {
      throw new IllegalArgumentException("-Dvolume.url=jdbc:postgresql://...");
    }
    long total = Long.getLong("volume.total", 1_000_000L);
    int perTransaction = Integer.getInteger("volume.rounds", 500);
    List<String> nagari = nagariOf(REGENCY);
    try (Connection db = DriverManager.getConnection(url)) {
      db.setAutoCommit(false);
      try (Statement s = db.createStatement()) {
        s.execute("SET synchronous_commit = off"); // a loader's own session only; durability is not its concern
      }
      long start = System.nanoTime();
      long templates;
      long waiting;
      try (Statement s = db.createStatement()) {
        s.execute("CREATE TEMP TABLE template ON COMMIT PRESERVE ROWS AS SELECT p.id, p.kartu_keluarga_id, p.nomor,"
            + " (row_number() OVER (ORDER BY p.id) - 1) AS ord, p.waiting_role IS NOT NULL AS waiting,"
            + " COALESCE(p.intake_started_at, p.status_since) AS began, r.registered_at"
            + " FROM permohonan p LEFT JOIN buku_register r ON r.permohonan_nomor = p.nomor"
            + " WHERE p.id < " + ROUND);
        try (ResultSet r = s.executeQuery("SELECT COUNT(*), COUNT(*) FILTER (WHERE waiting) FROM template")) {
          r.next();
          templates = r.getLong(1);
          waiting = r.getLong(2);
        }
      }
      if (templates == 0) {
        throw new IllegalStateException("No application to copy: start the portal with KK_DEMO=true on this database first");
      }
      long already = count(db, "SELECT COUNT(*) FROM permohonan");
      double perRound = (templates - waiting) + (double) waiting / WAITING_EVERY;
      long rounds = (long) Math.ceil((total - already) / perRound);
      System.out.printf("%d applications to copy (%d waiting), %d there; %d rounds of about %.1f%n",
          templates, waiting, already, rounds, perRound);
      Map<String, String> sql = statements(db, nagari, templates);
      long firstRound = 1 + count(db, "SELECT COALESCE(MAX(id) / " + ROUND + ", 0) FROM permohonan");
      for (long from = firstRound; from < firstRound + rounds; from += perTransaction) {
        long to = Math.min(from + perTransaction - 1, firstRound + rounds - 1);
        copyRounds(db, sql, from, to);
        db.commit();
        System.out.printf("rounds %d-%d: %d applications, %.0f s%n", from, to,
            count(db, "SELECT COUNT(*) FROM permohonan"), (System.nanoTime() - start) / 1e9);
      }
      finish(db);
      System.out.printf("Done: %d applications in %.0f s%n", count(db, "SELECT COUNT(*) FROM permohonan"),
          (System.nanoTime() - start) / 1e9);
    }
  }

  /** The copies of rounds {@code from} to {@code to}, parents before children. */
  private static void copyRounds(Connection db, Map<String, String> sql, long from, long to) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("DROP TABLE IF EXISTS copy");
      s.execute(sql.get("copy").replace(":from", String.valueOf(from)).replace(":to", String.valueOf(to)));
      for (Map.Entry<String, String> insert : sql.entrySet()) {
        if (!insert.getKey().equals("copy")) {
          s.executeUpdate(insert.getValue());
        }
      }
    }
  }

  /**
   * The statements of one chunk: {@code copy} maps each template and round to the new
   * application's id, number, nagari and shift; then one INSERT … SELECT per table, every column
   * copied as it is unless it is named here.
   */
  private static Map<String, String> statements(Connection db, List<String> nagari, long templates) throws SQLException {
    String nagariArray = nagari.stream().map(n -> "'" + n + "'").collect(Collectors.joining(",", "ARRAY[", "]"));
    Map<String, String> sql = new LinkedHashMap<>();
    // n: unique over all copies, the number part of the application and register numbers
    sql.put("copy", "CREATE TEMP TABLE copy AS SELECT t.id AS template, t.kartu_keluarga_id AS template_kk, t.nomor AS template_nomor,"
        + " g AS round, t.id + g * " + ROUND + " AS id, g * " + templates + " + t.ord AS n,"
        + " (" + nagariArray + ")[1 + ((g * " + templates + " + t.ord) % " + nagari.size() + ")] AS nagari,"
        + " make_interval(mins => ((t.id * 7919 + g * 104729) % (CASE WHEN t.waiting THEN 30 * 1440 ELSE 3 * 365 * 1440 END))::int) AS shift,"
        + " t.began, t.registered_at"
        + " FROM template t CROSS JOIN generate_series(:from::bigint, :to::bigint) g"
        + " WHERE NOT t.waiting OR g % " + WAITING_EVERY + " = 0");
    String nomor = "'PMH-' || EXTRACT(YEAR FROM c.began - c.shift)::int || '-' || lpad(c.n::text, GREATEST(8, length(c.n::text)), '0')";
    String registerYear = "EXTRACT(YEAR FROM c.registered_at - c.shift)::int";
    sql.put("kartu_keluarga", insert(db, "kartu_keluarga", "x", "JOIN copy c ON x.id = c.template_kk",
        Map.of("id", "x.id + c.round * " + ROUND, "kode_desa", "c.nagari")));
    // a NIK of the copy's kecamatan, with the original's birth date and a serial of the copy: the
    // duplicate-NIK check of a detail then finds about as few namesakes as in real data
    sql.put("anggota_keluarga", insert(db, "anggota_keluarga", "x", "JOIN copy c ON x.kartu_keluarga_id = c.template_kk",
        Map.of("id", "x.id + c.round * " + ROUND, "kartu_keluarga_id", "x.kartu_keluarga_id + c.round * " + ROUND,
            "nik", "substr(replace(c.nagari, '.', ''), 1, 6) || substr(x.nik, 7, 6)"
                + " || lpad((1 + (c.round * 131 + x.id) % 9999)::text, 4, '0')")));
    sql.put("permohonan", insert(db, "permohonan", "x", "JOIN copy c ON x.id = c.template",
        Map.of("id", "c.id", "nomor", nomor, "kode_nagari", "c.nagari",
            "kartu_keluarga_id", "x.kartu_keluarga_id + c.round * " + ROUND,
            "status_since", "x.status_since - c.shift", "intake_started_at", "x.intake_started_at - c.shift",
            "register_number", "CASE WHEN x.register_number IS NULL THEN NULL ELSE lpad(c.n::text, GREATEST(4, length(c.n::text)), '0') || '/' || "
                + registerYear + " END")));
    sql.put("permohonan_riwayat", insert(db, "permohonan_riwayat", "x", "JOIN copy c ON x.permohonan_id = c.template",
        Map.of("permohonan_id", "c.id", "at_time", "x.at_time - c.shift")));
    sql.put("dokumen_persyaratan", insert(db, "dokumen_persyaratan", "x", "JOIN copy c ON x.permohonan_id = c.template",
        Map.of("id", "x.id + c.round * " + ROUND, "permohonan_id", "c.id", "uploaded_at", "x.uploaded_at - c.shift")));
    sql.put("buku_permasalahan", insert(db, "buku_permasalahan", "x", "JOIN copy c ON x.permohonan_id = c.template",
        Map.of("id", "x.id + c.round * " + ROUND, "permohonan_id", "c.id", "reported_at", "x.reported_at - c.shift",
            "resolved_at", "x.resolved_at - c.shift")));
    sql.put("signed_kk_document", insert(db, "signed_kk_document", "x", "JOIN copy c ON x.permohonan_id = c.template",
        Map.of("id", "x.id + c.round * " + ROUND, "permohonan_id", "c.id",
            "verification_token", "md5(c.id::text || 'a') || md5(c.id::text || 'b')",
            "signed_at", "x.signed_at - c.shift",
            "pdf", "convert_to('%PDF-1.7 placeholder of a copied card', 'UTF8')")));
    sql.put("buku_register", insert(db, "buku_register", "x", "JOIN copy c ON x.permohonan_nomor = c.template_nomor",
        Map.of("id", "x.id + c.round * " + ROUND, "register_year", registerYear, "register_number", "c.n",
            "registered_at", "x.registered_at - c.shift", "permohonan_nomor", nomor, "kode_nagari", "c.nagari")));
    return sql;
  }

  /** INSERT INTO table (every column) SELECT each column, or its replacement, FROM table x JOIN …. */
  private static String insert(Connection db, String table, String alias, String join, Map<String, String> replaced)
      throws SQLException {
    List<String> columns = new ArrayList<>();
    try (PreparedStatement p = db.prepareStatement("SELECT column_name FROM information_schema.columns"
        + " WHERE table_name = ? AND table_schema = current_schema() ORDER BY ordinal_position")) {
      p.setString(1, table);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          columns.add(r.getString(1));
        }
      }
    }
    if (!columns.containsAll(replaced.keySet())) {
      throw new IllegalStateException(table + " has no column among " + replaced.keySet() + ": " + columns);
    }
    String values = columns.stream().map(c -> replaced.getOrDefault(c, alias + "." + c)).collect(Collectors.joining(", "));
    return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + values + " FROM " + table + " "
        + alias + " " + join;
  }

  /**
   * What the portal needs to go on: every sequence past its table's ids (EclipseLink takes blocks
   * of 20 below the value it is given), the register's yearly numbers past the copies', the
   * per-nagari counts recounted (every nagari has a row per role, as at its first submission).
   */
  private static void finish(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      for (String table : List.of("kartu_keluarga", "anggota_keluarga", "permohonan", "dokumen_persyaratan",
          "buku_permasalahan", "signed_kk_document", "buku_register")) {
        s.execute("SELECT setval('" + table + "_seq', (SELECT (COALESCE(MAX(id), 0) / 20 + 2) * 20 FROM " + table + "))");
      }
      s.executeUpdate("UPDATE yearly_sequence y SET last_value = GREATEST(y.last_value, r.top) FROM"
          + " (SELECT register_year, MAX(register_number) AS top FROM buku_register GROUP BY register_year) r"
          + " WHERE y.sequence_key = 'REGISTER-' || r.register_year");
      s.executeUpdate("DELETE FROM permohonan_count");
      s.executeUpdate("INSERT INTO permohonan_count (kode_nagari, waiting_role, n)"
          + " SELECT n.kode_nagari, k.role, COUNT(p.id) FROM (SELECT DISTINCT kode_nagari FROM permohonan) n"
          + " CROSS JOIN (VALUES " + java.util.stream.Stream.concat(
              java.util.Arrays.stream(id.dukcapilceria.kk.workflow.permohonan.Role.values()).map(Enum::name),
              java.util.stream.Stream.of("NONE")).map(r -> "('" + r + "')").collect(Collectors.joining(", "))
          + ") AS k (role)"
          + " LEFT JOIN permohonan p ON p.kode_nagari = n.kode_nagari AND COALESCE(p.waiting_role, 'NONE') = k.role"
          + " GROUP BY n.kode_nagari, k.role");
    }
    db.commit();
    db.setAutoCommit(true);
    try (Statement s = db.createStatement()) {
      s.execute("ANALYZE");
    }
  }

  private static long count(Connection db, String query) throws SQLException {
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(query)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** The nagari (villages) of the regency, from kk-domain's region list. */
  private static List<String> nagariOf(String regency) {
    return id.dukcapilceria.kk.domain.wilayah.WilayahDirectory.shared()
        .villagesOf(id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah.of(regency)).stream()
        .map(v -> v.kode().value()).toList();
  }
}
