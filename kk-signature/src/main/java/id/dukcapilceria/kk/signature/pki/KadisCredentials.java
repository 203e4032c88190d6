package id.dukcapilceria.kk.signature.pki;

import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.SignatureTokenConnection;
import java.security.cert.X509Certificate;

/**
 * The Kadis's signing key, opened with the passphrase for one signing session. Close it as soon as
 * the documents are signed: closing wipes the key store password held by the token.
 */
public final class KadisCredentials implements AutoCloseable {

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

  public X509Certificate certificate() {
    return key.getCertificate().getCertificate();
  }

  @Override
  public void close() {
    token.close();
  }
}
