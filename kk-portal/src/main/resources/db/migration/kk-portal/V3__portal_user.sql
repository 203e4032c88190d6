-- kk-portal: the people who sign in. Follows kk-workflow V2.

CREATE TABLE portal_user (
  username VARCHAR(60) NOT NULL PRIMARY KEY,
  version BIGINT,
  display_name VARCHAR(100) NOT NULL,
  password_hash VARCHAR(300) NOT NULL,
  role VARCHAR(20) NOT NULL,
  nagari VARCHAR(13),
  active SMALLINT DEFAULT 1 NOT NULL
);
