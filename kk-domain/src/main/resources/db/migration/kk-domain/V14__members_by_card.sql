-- kk-domain: a card's members are read by their card. PostgreSQL does not index a foreign key by
-- itself (Derby does, so there this index shares Derby's own): with a million applications every
-- application's detail read each member row of the table. docs/performance.md, "at 1,000,000".
CREATE INDEX anggota_keluarga_kartu ON anggota_keluarga (kartu_keluarga_id);
