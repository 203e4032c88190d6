-- kk-workflow: applications, their history, the buku permasalahan, the buku register, the
-- gapless counters and the signed documents. Follows kk-domain V1.

CREATE TABLE permohonan (
  id BIGINT NOT NULL PRIMARY KEY,
  version BIGINT,
  nomor VARCHAR(20) NOT NULL UNIQUE,
  jenis_layanan VARCHAR(40) NOT NULL,
  kode_nagari VARCHAR(13) NOT NULL,
  kartu_keluarga_id BIGINT NOT NULL UNIQUE REFERENCES kartu_keluarga (id),
  status VARCHAR(30) NOT NULL,
  status_since TIMESTAMP NOT NULL,
  confirmed_sha256 VARCHAR(64),
  signed_document_sha256 VARCHAR(64),
  register_number VARCHAR(20)
);
CREATE INDEX permohonan_worklist ON permohonan (status, kode_nagari);

CREATE TABLE permohonan_riwayat (
  permohonan_id BIGINT NOT NULL REFERENCES permohonan (id),
  urutan INTEGER NOT NULL,
  at_time TIMESTAMP NOT NULL,
  username VARCHAR(60) NOT NULL,
  actor_role VARCHAR(20) NOT NULL,
  transition VARCHAR(30) NOT NULL,
  from_status VARCHAR(30),
  to_status VARCHAR(30) NOT NULL,
  reason VARCHAR(1000),
  data_sha256 VARCHAR(64) NOT NULL
);

CREATE TABLE buku_permasalahan (
  id BIGINT NOT NULL PRIMARY KEY,
  permohonan_id BIGINT NOT NULL REFERENCES permohonan (id),
  urutan INTEGER,
  reported_at TIMESTAMP NOT NULL,
  at_status VARCHAR(30) NOT NULL,
  category VARCHAR(30) NOT NULL,
  description VARCHAR(1000) NOT NULL,
  reported_by VARCHAR(60) NOT NULL,
  resolved_at TIMESTAMP,
  resolved_by VARCHAR(60),
  resolution VARCHAR(1000)
);

CREATE TABLE buku_register (
  id BIGINT NOT NULL PRIMARY KEY,
  register_year INTEGER NOT NULL,
  register_number INTEGER NOT NULL,
  registered_at TIMESTAMP NOT NULL,
  permohonan_nomor VARCHAR(20) NOT NULL,
  nomor_kk VARCHAR(16) NOT NULL,
  kepala_keluarga VARCHAR(60) NOT NULL,
  kode_nagari VARCHAR(13) NOT NULL,
  jenis_layanan VARCHAR(40) NOT NULL,
  document_sha256 VARCHAR(64) NOT NULL,
  signer VARCHAR(200) NOT NULL,
  registered_by VARCHAR(60) NOT NULL,
  CONSTRAINT buku_register_number_unique UNIQUE (register_year, register_number)
);

CREATE TABLE yearly_sequence (
  sequence_key VARCHAR(40) NOT NULL PRIMARY KEY,
  last_value INTEGER NOT NULL
);

CREATE TABLE signed_kk_document (
  id BIGINT NOT NULL PRIMARY KEY,
  permohonan_id BIGINT NOT NULL UNIQUE REFERENCES permohonan (id),
  verification_token VARCHAR(64) NOT NULL UNIQUE,
  sha256 VARCHAR(64) NOT NULL,
  signed_at TIMESTAMP NOT NULL,
  signer VARCHAR(200) NOT NULL,
  -- ${binary_type}: BLOB(16M) on Derby, BYTEA on PostgreSQL (set by the migration runner)
  pdf ${binary_type} NOT NULL
);

CREATE SEQUENCE permohonan_seq AS BIGINT START WITH 20 INCREMENT BY 20;
CREATE SEQUENCE buku_permasalahan_seq AS BIGINT START WITH 20 INCREMENT BY 20;
CREATE SEQUENCE buku_register_seq AS BIGINT START WITH 20 INCREMENT BY 20;
CREATE SEQUENCE signed_kk_document_seq AS BIGINT START WITH 20 INCREMENT BY 20;
