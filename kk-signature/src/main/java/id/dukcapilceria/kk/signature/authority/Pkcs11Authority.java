package id.dukcapilceria.kk.signature.authority;

import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs11SignatureToken;
import eu.europa.esig.dss.token.PrefilledPasswordCallback;
import id.dukcapilceria.kk.signature.pades.KkPadesSigner;
import id.dukcapilceria.kk.signature.pki.KadisCredentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Objects;

/**
 * The officer's key on a PKCS#11 token or HSM (a smart card, a USB token, a network HSM; SoftHSM2
 * in the tests), through DSS's PKCS#11 token and the Java runtime's SunPKCS11 provider. The officer
 * authorises with the token's PIN, typed where the passphrase is asked. The key never leaves the
 * token: only digests are sent to it.
 */
public final class Pkcs11Authority implements SigningAuthority {

  private final Path library;
  private final int slotIndex;
  private final KkPadesSigner signer;
  private final boolean specimen;
  private final int threads;

  /**
   * @param library the token's PKCS#11 module, e.g. {@code /usr/lib/softhsm/libsofthsm2.so}
   * @param slotIndex which of the slots holding a token, counted from 0
   * @param signer the PAdES signer with the time-stamp authority and revocation sources the token's
   *     certificate needs
   * @param specimen whether the certificate is the demo PKI's (its cards say SPESIMEN)
   * @param threads how many cards are signed at once (tokens often sign one digest at a time; the
   *     rest of a card's signing still runs in parallel)
   */
  public Pkcs11Authority(Path library, int slotIndex, KkPadesSigner signer, boolean specimen, int threads) {
    if (slotIndex < 0 || threads < 1) {
      throw new IllegalArgumentException("slot index from 0, at least one thread");
    }
    this.library = Objects.requireNonNull(library);
    this.slotIndex = slotIndex;
    this.signer = Objects.requireNonNull(signer);
    this.specimen = specimen;
    this.threads = threads;
  }

  @Override
  public String name() {
    return "pkcs11";
  }

  @Override
  public boolean issuesSpecimens() {
    return specimen;
  }

  /** Ready when the token's module is there; whether the token is plugged in shows at opening. */
  @Override
  public SignerStatus status(Signatory signatory) {
    return Files.isReadable(library) ? SignerStatus.READY : SignerStatus.UNAVAILABLE;
  }

  @Override
  public SigningSession open(Signatory signatory, Authorisation authorisation) {
    if (authorisation.kind() != Authorisation.Kind.PASSPHRASE) {
      throw new SigningRefusal(SigningRefusal.Reason.WRONG_AUTHORISATION, "a token opens with its PIN");
    }
    if (!Files.isReadable(library)) {
      throw new SigningRefusal(SigningRefusal.Reason.UNAVAILABLE, "no PKCS#11 module at " + library);
    }
    Pkcs11SignatureToken token;
    List<DSSPrivateKeyEntry> keys;
    try {
      token = new Pkcs11SignatureToken(library.toString(),
          new PrefilledPasswordCallback(new KeyStore.PasswordProtection(authorisation.secret().clone())), -1,
          slotIndex, null);
      keys = token.getKeys();
    } catch (DSSException | IllegalStateException e) {
      throw refusalOf(e);
    }
    if (keys.isEmpty()) {
      token.close();
      throw new SigningRefusal(SigningRefusal.Reason.NO_CERTIFICATE, "the token holds no key with a certificate");
    }
    return new OpenedKeySession(new KadisCredentials(token, keys.get(0)), signer, threads);
  }

  /**
   * A wrong PIN shows as the key store refusing to load (CKR_PIN_INCORRECT somewhere below); no
   * token in the slot, or a module that does not load, as anything else.
   */
  private static SigningRefusal refusalOf(RuntimeException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      String message = String.valueOf(cause.getMessage());
      if (message.contains("CKR_PIN_INCORRECT") || message.contains("CKR_PIN_LEN_RANGE")
          || cause instanceof javax.security.auth.login.FailedLoginException) {
        return new SigningRefusal(SigningRefusal.Reason.WRONG_AUTHORISATION, null, e);
      }
      if (message.contains("CKR_PIN_LOCKED")) {
        return new SigningRefusal(SigningRefusal.Reason.CERTIFICATE_NOT_USABLE, "the token's PIN is locked", e);
      }
    }
    return new SigningRefusal(SigningRefusal.Reason.UNAVAILABLE, e.getMessage(), e);
  }
}
