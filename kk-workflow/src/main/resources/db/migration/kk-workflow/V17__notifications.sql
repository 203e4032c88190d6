-- kk-workflow: the citizen's optional contact, given with consent at SOP step 1 (Permohonan,
-- CitizenContact), and the outbox every step writes its notifications to in its own transaction
-- (OutboxMessage); a sender delivers them afterwards (OutboxSender). Follows V16.
ALTER TABLE permohonan ADD COLUMN contact_email VARCHAR(254);
ALTER TABLE permohonan ADD COLUMN contact_phone VARCHAR(20);
ALTER TABLE permohonan ADD COLUMN contact_language VARCHAR(2);
ALTER TABLE permohonan ADD COLUMN contact_consent_at TIMESTAMP;

CREATE SEQUENCE outbox_message_seq AS BIGINT START WITH 20 INCREMENT BY 20;

-- recipient and body are cleared once the message is sent: what stays is that it was sent, when,
-- and under which idempotency key
CREATE TABLE outbox_message (
  id BIGINT NOT NULL PRIMARY KEY,
  idempotency_key VARCHAR(64) NOT NULL,
  event VARCHAR(30) NOT NULL,
  channel VARCHAR(10) NOT NULL,
  permohonan_nomor VARCHAR(20) NOT NULL,
  recipient VARCHAR(254),
  language VARCHAR(2) NOT NULL,
  subject VARCHAR(200),
  body VARCHAR(2000),
  state VARCHAR(10) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  attempts INT NOT NULL,
  next_attempt_at TIMESTAMP NOT NULL,
  claimed_by VARCHAR(60),
  claimed_until TIMESTAMP,
  last_error VARCHAR(300),
  sent_at TIMESTAMP,
  CONSTRAINT outbox_message_key UNIQUE (idempotency_key)
);
-- the sender's query: what is due, oldest first
CREATE INDEX outbox_message_due ON outbox_message (state, next_attempt_at);
