-- kk-workflow: the newest-first lists (all applications of a nagari or of the Dinas, the buku
-- permasalahan) read a page along a descending index; with the ascending indexes of V5, Derby
-- sorted every row of the list for each page. Follows kk-portal V7.

DROP INDEX permohonan_nagari_newest;
DROP INDEX permohonan_newest;
DROP INDEX buku_permasalahan_newest;
CREATE INDEX permohonan_nagari_newest ON permohonan (kode_nagari, status_since DESC, id DESC);
CREATE INDEX permohonan_newest ON permohonan (status_since DESC, id DESC);
CREATE INDEX buku_permasalahan_newest ON buku_permasalahan (reported_at DESC, id DESC);
