package id.dukcapilceria.kk.signature.authority;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import id.dukcapilceria.kk.signature.pades.BatchSigner;
import id.dukcapilceria.kk.signature.pades.KkPadesSigner;
import id.dukcapilceria.kk.signature.pades.SigningRefusedException;
import id.dukcapilceria.kk.signature.pki.KadisCredentials;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A session over a key opened here (a PKCS#12 file, a PKCS#11 token): cards are signed on this
 * machine's cores by {@link KkPadesSigner}, the digest signed by the opened key.
 */
final class OpenedKeySession implements SigningSession {

  private static final Logger LOG = Logger.getLogger(OpenedKeySession.class.getName());

  private final KadisCredentials key;
  private final KkPadesSigner signer;
  private final int threads;

  OpenedKeySession(KadisCredentials key, KkPadesSigner signer, int threads) {
    this.key = key;
    this.signer = signer;
    this.threads = threads;
  }

  @Override
  public String signerName() {
    return KkPadesSigner.commonName(key.certificate());
  }

  @Override
  public List<Result> signAll(List<byte[]> unsignedCards, SignatureLevel level, Progress progress) {
    return new BatchSigner(signer, threads)
        .signAll(unsignedCards, key, level, (r, done, total) -> progress.cardDone(result(r), done, total))
        .stream()
        .map(OpenedKeySession::result)
        .toList();
  }

  private static Result result(BatchSigner.Result signed) {
    return new Result(signed.index(), signed.signed(), signed.isSigned() ? null : refusal(signed.failure()));
  }

  private static SigningRefusal refusal(RuntimeException failure) {
    if (failure instanceof SigningRefusal refusal) {
      return refusal;
    }
    if (failure instanceof SigningRefusedException) {
      return new SigningRefusal(SigningRefusal.Reason.CERTIFICATE_NOT_USABLE, failure.getMessage(), failure);
    }
    LOG.log(Level.SEVERE, "A card could not be signed", failure);
    return new SigningRefusal(SigningRefusal.Reason.FAILED, failure.getClass().getSimpleName(), failure);
  }

  @Override
  public void close() {
    key.close();
  }
}
