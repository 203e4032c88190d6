-- kk-portal: intake forms a nagari operator saved to finish later (not applications: nothing in
-- them has been submitted, checked or audited). Follows V6.

CREATE SEQUENCE intake_draft_seq AS BIGINT START WITH 1 INCREMENT BY 1;

CREATE TABLE intake_draft (
  id BIGINT NOT NULL PRIMARY KEY,
  username VARCHAR(60) NOT NULL,
  nagari VARCHAR(13) NOT NULL,
  saved_at TIMESTAMP NOT NULL,
  label VARCHAR(120) NOT NULL,
  -- ${binary_type}: BLOB(16M) on Derby, BYTEA on PostgreSQL (set by the migration runner)
  content ${binary_type} NOT NULL
);

CREATE INDEX intake_draft_owner ON intake_draft (username, saved_at);
