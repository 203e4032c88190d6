-- kk-portal: settings an administrator changes at run time (time standards, signing level, public
-- base URL). A key without a row keeps its MicroProfile Config default. Follows kk-workflow V5.

CREATE TABLE portal_setting (
  setting_key VARCHAR(60) NOT NULL PRIMARY KEY,
  version BIGINT,
  setting_value VARCHAR(300) NOT NULL
);
