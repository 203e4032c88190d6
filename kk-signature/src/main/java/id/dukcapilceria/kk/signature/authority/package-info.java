/**
 * The one way a card is signed: a {@link id.dukcapilceria.kk.signature.authority.SigningAuthority}
 * opens a {@link id.dukcapilceria.kk.signature.authority.SigningSession} for an officer with their
 * authorisation (passphrase, PIN or one-time code) and signs whole rendered cards in it. Which
 * authority (the local PKCS#12 key of the demo PKI today; a PKCS#11 token and BSrE's gateway to
 * come) is chosen by configuration through {@link
 * id.dukcapilceria.kk.signature.setup.SigningAuthorities}; callers never name one. Whole PDFs,
 * not digests, cross this port, because BSrE signs whole PDFs.
 */
package id.dukcapilceria.kk.signature.authority;
