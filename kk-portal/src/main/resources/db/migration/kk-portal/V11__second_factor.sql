-- kk-portal: a user's authenticator (verifikasi dua langkah, RFC 6238). Follows kk-workflow V10.
-- The secret is Base32 as the authenticator app was given it; the last step is the time step of the
-- last code accepted, so that no code is accepted twice.

ALTER TABLE portal_user ADD COLUMN second_factor_secret VARCHAR(64);
ALTER TABLE portal_user ADD COLUMN second_factor_step BIGINT DEFAULT 0 NOT NULL;
