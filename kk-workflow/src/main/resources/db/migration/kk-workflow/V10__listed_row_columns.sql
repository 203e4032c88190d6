-- kk-workflow: what a list row shows of the card and the history (the head of family's name, the
-- No. KK, the reason of the latest step that gave one) is kept on the application by every step,
-- so that a page of a list reads the application table alone. Existing applications get theirs
-- from the card, its first member when that member is head (a card keeps its head first), and
-- the history.
ALTER TABLE permohonan ADD COLUMN listed_kepala_keluarga VARCHAR(60);
ALTER TABLE permohonan ADD COLUMN listed_nomor_kk VARCHAR(16);
ALTER TABLE permohonan ADD COLUMN listed_reason VARCHAR(1000);
UPDATE permohonan SET
    listed_kepala_keluarga = (SELECT a.nama_lengkap FROM anggota_keluarga a
        WHERE a.kartu_keluarga_id = permohonan.kartu_keluarga_id AND a.urutan = 0 AND a.hubungan = 'KEPALA_KELUARGA'),
    listed_nomor_kk = (SELECT k.nomor_kk FROM kartu_keluarga k WHERE k.id = permohonan.kartu_keluarga_id),
    listed_reason = (SELECT r.reason FROM permohonan_riwayat r WHERE r.permohonan_id = permohonan.id
        AND r.urutan = (SELECT MAX(l.urutan) FROM permohonan_riwayat l
            WHERE l.permohonan_id = permohonan.id AND l.reason IS NOT NULL AND l.reason <> ''));
