package id.dukcapilceria.kk.signature.pades;

import java.security.cert.X509Certificate;

/**
 * A revocation source (OCSP or CRL) that hands out the same signed answer again for a while, as
 * the demo PKI's sources do ({@code ResponseCache}) and as pre-produced OCSP responses work
 * (RFC 5019). It tells which answer it holds for a certificate now, so that a signer can see that
 * the status it checked a moment ago rests on the very same answer and need not be checked again.
 * A source that makes or fetches a new answer for every request has nothing to offer here.
 */
public interface KeptRevocationAnswers {

  /**
   * The answer this source would give now about the certificate, or null when it holds none (the
   * next request makes or fetches one). Meaningful only by identity: the same object means the same
   * signed answer; a source never hands out an object again once it has replaced or forgotten it.
   */
  Object keptAnswer(X509Certificate certificate);
}
