-- kk-workflow: the hash of the kode lacak printed on the citizen's tanda terima (Permohonan,
-- TrackingCode). Null for applications submitted before it, or without a tanda terima. The public
-- status page finds an application by its number (unique already) and compares this hash.
-- Follows V15.
ALTER TABLE permohonan ADD COLUMN tracking_sha256 VARCHAR(64);
