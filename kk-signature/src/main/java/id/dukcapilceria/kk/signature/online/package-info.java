/**
 * A production certificate's time stamps and revocation answers over the network ({@link
 * id.dukcapilceria.kk.signature.online.OnlineSources}), fetched only from an allow-list made from
 * configuration ({@link id.dukcapilceria.kk.signature.online.AllowedHostsLoader}); docs/signing.md.
 */
package id.dukcapilceria.kk.signature.online;
