-- kk-portal: where an officer's notifications go (PortalUser, /akun/pemberitahuan.xhtml): an
-- e-mail address the officer sets themselves, and the language. No address, no message. Follows
-- kk-workflow V17.
ALTER TABLE portal_user ADD COLUMN email VARCHAR(254);
ALTER TABLE portal_user ADD COLUMN notify_language VARCHAR(2);
