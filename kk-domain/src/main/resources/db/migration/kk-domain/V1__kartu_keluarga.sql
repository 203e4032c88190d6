-- kk-domain: the Kartu Keluarga aggregate.
-- One version sequence runs across the modules' migration folders (kk-domain V1, kk-workflow V2,
-- kk-portal V3, then the next free number whichever module needs it).
-- Portable SQL: runs on Derby (the embedded default) and PostgreSQL. Sequences start at their
-- increment because EclipseLink pre-allocates the ids below the value it reads (allocationSize 20).

CREATE TABLE kartu_keluarga (
  id BIGINT NOT NULL PRIMARY KEY,
  version BIGINT,
  nomor_kk VARCHAR(16),
  status VARCHAR(12) NOT NULL,
  alamat VARCHAR(120) NOT NULL,
  rt VARCHAR(3) NOT NULL,
  rw VARCHAR(3) NOT NULL,
  kode_desa VARCHAR(13) NOT NULL,
  kode_pos VARCHAR(5)
);
CREATE INDEX kartu_keluarga_nomor_kk ON kartu_keluarga (nomor_kk, status);

CREATE TABLE anggota_keluarga (
  id BIGINT NOT NULL PRIMARY KEY,
  kartu_keluarga_id BIGINT NOT NULL REFERENCES kartu_keluarga (id),
  urutan INTEGER,
  nama_lengkap VARCHAR(60) NOT NULL,
  nik VARCHAR(16) NOT NULL,
  jenis_kelamin VARCHAR(12) NOT NULL,
  tempat_lahir VARCHAR(60) NOT NULL,
  tanggal_lahir DATE NOT NULL,
  agama VARCHAR(40) NOT NULL,
  pendidikan VARCHAR(40) NOT NULL,
  pekerjaan VARCHAR(40) NOT NULL,
  golongan_darah VARCHAR(12) NOT NULL,
  status_perkawinan VARCHAR(30) NOT NULL,
  tanggal_perkawinan DATE,
  no_akta_perkawinan VARCHAR(60),
  tanggal_perceraian DATE,
  no_akta_perceraian VARCHAR(60),
  hubungan VARCHAR(20) NOT NULL,
  kewarganegaraan VARCHAR(4) NOT NULL,
  no_paspor VARCHAR(30),
  no_kitas_kitap VARCHAR(30),
  nama_ayah VARCHAR(60),
  nik_ayah VARCHAR(16),
  nama_ibu VARCHAR(60),
  nik_ibu VARCHAR(16),
  no_akta_lahir VARCHAR(60),
  penyandang_cacat VARCHAR(30),
  status_dasar VARCHAR(12) NOT NULL
);
CREATE INDEX anggota_keluarga_nik ON anggota_keluarga (nik);

CREATE SEQUENCE kartu_keluarga_seq AS BIGINT START WITH 20 INCREMENT BY 20;
CREATE SEQUENCE anggota_keluarga_seq AS BIGINT START WITH 20 INCREMENT BY 20;
