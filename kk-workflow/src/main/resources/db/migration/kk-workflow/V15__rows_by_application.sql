-- kk-workflow: an application's step history, documents and buku permasalahan entries are read by
-- the application. PostgreSQL does not index a foreign key by itself (Derby does, so there these
-- share Derby's own indexes): with a million applications each detail read every row of the three
-- tables. Follows kk-domain V14. docs/performance.md, "at 1,000,000".
CREATE INDEX permohonan_riwayat_permohonan ON permohonan_riwayat (permohonan_id);
CREATE INDEX dokumen_persyaratan_permohonan ON dokumen_persyaratan (permohonan_id);
CREATE INDEX buku_permasalahan_permohonan ON buku_permasalahan (permohonan_id);
