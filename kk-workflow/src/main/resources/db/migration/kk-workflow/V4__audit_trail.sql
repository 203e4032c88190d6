-- kk-workflow: the hash-chained, append-only audit trail. Follows kk-portal V3.
-- Each entry carries the SHA-256 of its own content chained to the previous entry's hash
-- (see id.dukcapilceria.kk.workflow.audit.AuditTrail). The position is assigned by the
-- application under a lock on audit_head, so it is gapless: 1, 2, 3, ...

CREATE TABLE audit_entry (
  entry_position BIGINT NOT NULL PRIMARY KEY,
  at_time TIMESTAMP NOT NULL,
  username VARCHAR(60) NOT NULL,
  actor_role VARCHAR(20),
  action_name VARCHAR(40) NOT NULL,
  subject VARCHAR(100),
  from_status VARCHAR(30),
  to_status VARCHAR(30),
  reason VARCHAR(1000),
  data_sha256 VARCHAR(64),
  previous_hash VARCHAR(64) NOT NULL,
  entry_hash VARCHAR(64) NOT NULL
);
CREATE INDEX audit_entry_subject ON audit_entry (subject);

-- the single row every append locks: the last position and hash of the chain
CREATE TABLE audit_head (
  id INTEGER NOT NULL PRIMARY KEY,
  last_position BIGINT NOT NULL,
  last_hash VARCHAR(64) NOT NULL
);

INSERT INTO audit_head (id, last_position, last_hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
