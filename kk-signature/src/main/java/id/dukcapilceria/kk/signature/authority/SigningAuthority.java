package id.dukcapilceria.kk.signature.authority;

/**
 * Who holds the officer's signing key and signs with it: the port through which every card is
 * signed. Implementations are chosen by configuration ({@link id.dukcapilceria.kk.signature.setup.SigningAuthorities}).
 */
public interface SigningAuthority {

  /** The configuration name: {@code pkcs12}, {@code pkcs11}, {@code bsre-v1}, {@code bsre-v2}. */
  String name();

  /**
   * Whether what it signs is a specimen: the demo PKI's key is public, so every card it signs says
   * SPESIMEN on its face and is not valid.
   */
  boolean issuesSpecimens();

  /**
   * Whether the officer may authorise with a one-time code instead of the passphrase (BSrE's v2
   * gateway takes the code of the BeSign app).
   */
  default boolean acceptsOneTimeCodes() {
    return false;
  }

  /**
   * Whether the officer's certificate is BSrE's (BSSN), as the card's footer then says; false for
   * the demo PKI and for a certificate this authority cannot vouch is BSrE's.
   */
  default boolean certifiedByBsre() {
    return false;
  }

  /**
   * The text the rendered card must carry where the signature is to be seen, for an authority that
   * places its visible signature at a text tag (BSrE's); empty when it needs none.
   */
  default java.util.Optional<String> signatureTag() {
    return java.util.Optional.empty();
  }

  /** Whether this officer can sign here now, asked before the officer types their passphrase. */
  SignerStatus status(Signatory signatory);

  /**
   * Checks the authorisation and opens a session in which the officer's cards are signed. A
   * wrong authorisation is refused here, before any card is sent or signed, where the authority
   * can tell at once (a local key, a token's PIN); a remote authority that only learns it with the
   * first card refuses that card with the same reason.
   *
   * @throws SigningRefusal with the reason the officer can act on
   */
  SigningSession open(Signatory signatory, Authorisation authorisation);
}
