-- kk-portal: an official designated to act for the head of office (Plh./Plt.), on a Kadis account.
-- Follows V11. valid_from and valid_until are the first and the last day, in the office's time.

CREATE TABLE acting_official (
  username VARCHAR(60) NOT NULL PRIMARY KEY REFERENCES portal_user (username),
  version BIGINT,
  capacity VARCHAR(5) NOT NULL,
  name VARCHAR(100) NOT NULL,
  nip VARCHAR(30) NOT NULL,
  nik VARCHAR(16),
  valid_from DATE NOT NULL,
  valid_until DATE NOT NULL,
  designated_by VARCHAR(60) NOT NULL
);
