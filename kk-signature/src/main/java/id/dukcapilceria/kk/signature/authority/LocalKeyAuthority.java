package id.dukcapilceria.kk.signature.authority;

import id.dukcapilceria.kk.signature.pades.KkPadesSigner;
import id.dukcapilceria.kk.signature.pki.KadisCredentials;
import id.dukcapilceria.kk.signature.pki.WrongPassphraseException;
import java.util.Objects;

/**
 * The officer's key in a PKCS#12 file on this machine, opened with the passphrase for each
 * signing. Today that is the demo PKI's key, whose passphrase is public: what it signs is a
 * specimen.
 */
public final class LocalKeyAuthority implements SigningAuthority {

  /** Opens the key with a passphrase; a wrong one is a {@link WrongPassphraseException}. */
  @FunctionalInterface
  public interface KeyOpener {
    KadisCredentials open(char[] passphrase);
  }

  private final KeyOpener opener;
  private final KkPadesSigner signer;
  private final boolean specimen;
  private final int threads;

  public LocalKeyAuthority(KeyOpener opener, KkPadesSigner signer, boolean specimen, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("At least one thread is needed");
    }
    this.opener = Objects.requireNonNull(opener);
    this.signer = Objects.requireNonNull(signer);
    this.specimen = specimen;
    this.threads = threads;
  }

  @Override
  public String name() {
    return "pkcs12";
  }

  @Override
  public boolean issuesSpecimens() {
    return specimen;
  }

  /** A key in a file here is ready whenever the file is; the passphrase decides at opening. */
  @Override
  public SignerStatus status(Signatory signatory) {
    return SignerStatus.READY;
  }

  @Override
  public SigningSession open(Signatory signatory, Authorisation authorisation) {
    if (authorisation.kind() != Authorisation.Kind.PASSPHRASE) {
      throw new SigningRefusal(SigningRefusal.Reason.WRONG_AUTHORISATION, "a key file opens with its passphrase");
    }
    try {
      return new OpenedKeySession(opener.open(authorisation.secret()), signer, threads);
    } catch (WrongPassphraseException wrong) {
      throw new SigningRefusal(SigningRefusal.Reason.WRONG_AUTHORISATION, null, wrong);
    }
  }
}
