-- kk-portal: a user's authenticator (verifikasi dua langkah, RFC 6238). Follows kk-workflow V10.
-- The secret is encrypted with a key kept outside the database (security/SecondFactorKey); the last step is the time step of the
-- last code accepted, so that no code is accepted twice.

ALTER TABLE portal_user ADD COLUMN second_factor_secret VARCHAR(100);
ALTER TABLE portal_user ADD COLUMN second_factor_step BIGINT DEFAULT 0 NOT NULL;
