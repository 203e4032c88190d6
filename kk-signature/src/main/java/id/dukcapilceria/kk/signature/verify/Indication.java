package id.dukcapilceria.kk.signature.verify;

/**
 * Overall result of a verification, mirroring the main status indications of ETSI EN 319 102-1
 * §5.1.3 (TOTAL-PASSED, TOTAL-FAILED, INDETERMINATE), plus the case of a file without signature.
 * Own enum so that callers do not depend on DSS.
 */
public enum Indication {
  /** Every signature is valid: intact, trusted chain, not revoked. */
  TOTAL_PASSED,
  /** At least one signature is definitely invalid, e.g. the document was changed after signing. */
  TOTAL_FAILED,
  /** The validity could not be established, e.g. an unknown signer or no revocation data. */
  INDETERMINATE,
  /** The file has no signature at all. */
  NO_SIGNATURE;

  /**
   * The indication as the reports for other programs give it (CLI JSON, REST API): one of ETSI's
   * three. A file without any signature cannot pass as a signed document: TOTAL_FAILED, with the
   * sub-indication NO_SIGNATURE_FOUND (see {@link VerificationReport#subIndication()}).
   */
  public Indication etsi() {
    return this == NO_SIGNATURE ? TOTAL_FAILED : this;
  }
}
