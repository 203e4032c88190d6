package id.dukcapilceria.kk.portal.signing;

/** A signed KK PDF with its SHA-256 and the name of the signer from the certificate. */
public record SignedCard(byte[] pdf, String sha256, String signerName) {}
