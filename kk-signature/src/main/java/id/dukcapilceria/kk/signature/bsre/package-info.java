/**
 * BSrE's electronic signature through the agency's Esign Client Service gateway (docs/signing.md):
 * {@link id.dukcapilceria.kk.signature.bsre.BsreAuthority}, a signing authority speaking the
 * gateway's v1 (multipart) or v2 (JSON) API, and {@link
 * id.dukcapilceria.kk.signature.bsre.BsreSimulator}, an HTTP server that speaks both over the demo
 * PKI, with BSrE's error cases, for the tests and for a demo.
 */
package id.dukcapilceria.kk.signature.bsre;
