package id.dukcapilceria.kk.signature.pki;

import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.SignatureTokenConnection;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.Digest;
import eu.europa.esig.dss.model.x509.CertificateToken;
import id.dukcapilceria.kk.signature.pades.DigestSigner;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

/**
 * The Kadis's signing key, opened with the passphrase for one signing session. Close it as soon as
 * the documents are signed: closing wipes the key store password held by the token.
 */
public final class KadisCredentials implements DigestSigner, AutoCloseable {

  private final SignatureTokenConnection token;
  private final DSSPrivateKeyEntry key;

  public KadisCredentials(SignatureTokenConnection token, DSSPrivateKeyEntry key) {
    this.token = token;
    this.key = key;
  }

  public SignatureTokenConnection token() {
    return token;
  }

  public DSSPrivateKeyEntry key() {
    return key;
  }

  @Override
  public X509Certificate certificate() {
    return key.getCertificate().getCertificate();
  }

  @Override
  public List<X509Certificate> chain() {
    return Arrays.stream(key.getCertificateChain()).map(CertificateToken::getCertificate).toList();
  }

  @Override
  public SignatureAlgorithm signatureAlgorithm() {
    return SignatureAlgorithm.RSA_SHA256;
  }

  @Override
  public byte[] signDigest(DigestAlgorithm algorithm, byte[] digest) {
    return token.signDigest(new Digest(algorithm, digest), key).getValue();
  }

  @Override
  public void close() {
    token.close();
  }
}
