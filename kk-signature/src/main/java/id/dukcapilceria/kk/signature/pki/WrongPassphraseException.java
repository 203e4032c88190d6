package id.dukcapilceria.kk.signature.pki;

/** The Kadis typed a passphrase that does not open the signing key. */
public class WrongPassphraseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public WrongPassphraseException(Throwable cause) {
    super("Passphrase salah.", cause);
  }
}
