-- kk-workflow: how many applications each nagari has waiting for each role, kept in the same
-- transaction as every step (issue 6). A worklist page's heading and paginator need the number
-- of applications waiting; counting them walked thousands of index entries for every page.
-- waiting_role 'NONE' holds the closed applications (handed over, refused), so that the rows of a
-- nagari add up to all its applications. Every role has a row for every nagari that has
-- applications: a step only ever updates rows, it never has to create one. (RTRIM: the VALUES
-- list is a CHAR column, padded to its longest name. One parenthesised row per role: the form
-- Derby and PostgreSQL both accept; SchemaMigrator.RewrittenMigrations explains the checksum.)
CREATE TABLE permohonan_count (
  kode_nagari VARCHAR(13) NOT NULL,
  waiting_role VARCHAR(30) NOT NULL,
  n BIGINT NOT NULL,
  PRIMARY KEY (kode_nagari, waiting_role)
);
INSERT INTO permohonan_count (kode_nagari, waiting_role, n)
  SELECT nagari.kode_nagari, RTRIM(role.name),
         (SELECT COUNT(*) FROM permohonan p
           WHERE p.kode_nagari = nagari.kode_nagari AND COALESCE(p.waiting_role, 'NONE') = RTRIM(role.name))
    FROM (SELECT DISTINCT kode_nagari FROM permohonan) nagari,
         (VALUES ('OPERATOR_NAGARI'), ('OPERATOR_LAYANAN'), ('KASI_KABID'), ('KADIS'), ('ADMIN'), ('NONE')) AS role(name);
