package id.dukcapilceria.kk.signature.authority;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import java.util.List;

/**
 * One officer's authorised signing: one card or a batch. Close it as soon as the cards are
 * signed; closing wipes what the authorisation opened (a key's password, a passphrase kept for a
 * remote authority's calls).
 */
public interface SigningSession extends AutoCloseable {

  /** The signer as their certificate names them (the common name), for the buku register. */
  String signerName();

  /**
   * Signs each rendered card at {@code level}, in parallel where the authority allows. A card that
   * cannot be signed is reported with its refusal; the others go on.
   *
   * @return one result per card, in the order given
   */
  List<Result> signAll(List<byte[]> unsignedCards, SignatureLevel level, Progress progress);

  /** One card: its signed PDF, or why it was not signed. */
  default byte[] sign(byte[] unsignedCard, SignatureLevel level) {
    Result result = signAll(List.of(unsignedCard), level, (r, done, total) -> { }).get(0);
    if (!result.isSigned()) {
      throw result.refusal();
    }
    return result.signed();
  }

  @Override
  void close();

  /** The outcome for one card, at its index in the list given. */
  record Result(int index, byte[] signed, SigningRefusal refusal) {
    public boolean isSigned() {
      return refusal == null;
    }
  }

  /** Told after each card, from the signing threads: keep it quick and thread-safe. */
  @FunctionalInterface
  interface Progress {
    void cardDone(Result result, int done, int total);
  }
}
