-- Worklists are read a page at a time, oldest waiting first (issue 6). The role an application
-- waits for is kept next to its status, so that "waiting for this role (and this nagari), in
-- order of waiting time" is a walk along one index: no sort of thousands of rows per page.
ALTER TABLE permohonan ADD COLUMN waiting_role VARCHAR(30);
UPDATE permohonan SET waiting_role = CASE status
    WHEN 'DIAJUKAN' THEN 'OPERATOR_LAYANAN'
    WHEN 'DIKEMBALIKAN_KE_OPERATOR' THEN 'OPERATOR_LAYANAN'
    WHEN 'DITANDATANGANI' THEN 'OPERATOR_LAYANAN'
    WHEN 'PERLU_DILENGKAPI' THEN 'OPERATOR_NAGARI'
    WHEN 'TERKIRIM' THEN 'OPERATOR_NAGARI'
    WHEN 'DIVERIFIKASI' THEN 'KASI_KABID'
    WHEN 'DIKONFIRMASI' THEN 'KADIS'
    ELSE NULL END;
CREATE INDEX permohonan_waiting ON permohonan (waiting_role, status_since, id);
CREATE INDEX permohonan_nagari_waiting ON permohonan (waiting_role, kode_nagari, status_since, id);
CREATE INDEX permohonan_nagari_newest ON permohonan (kode_nagari, status_since, id);
CREATE INDEX permohonan_newest ON permohonan (status_since, id);
CREATE INDEX buku_permasalahan_newest ON buku_permasalahan (reported_at, id);
