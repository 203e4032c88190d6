package id.dukcapilceria.kk.signature.pades;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Who holds the signing key. It receives only the digest of what is to be signed, never the
 * document: the shape of a remote signer such as BSrE's eSign service or a CSC {@code signHash}
 * endpoint (docs/domain.md §5.3). {@link id.dukcapilceria.kk.signature.pki.KadisCredentials} is the
 * local PKCS#12 implementation.
 */
public interface DigestSigner {

  /** The signing certificate, for the signature's signed attributes. */
  X509Certificate certificate();

  /** The certificate and its issuers up to (and including) the root. */
  List<X509Certificate> chain();

  /** The algorithm {@link #signDigest} produces, e.g. RSA with SHA-256. */
  SignatureAlgorithm signatureAlgorithm();

  /** The raw signature value over {@code digest}, computed with {@code algorithm}. */
  byte[] signDigest(DigestAlgorithm algorithm, byte[] digest);
}
