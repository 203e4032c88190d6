package id.dukcapilceria.kk.signature.authority;

/** Whether an officer can sign with an authority now (BSrE's user status, or the local key's). */
public enum SignerStatus {
  /** Has a usable certificate (BSrE: ISSUE). */
  READY,
  /** Unknown to the authority (BSrE: NOT_REGISTERED, code 2011). */
  NOT_REGISTERED,
  /** Known, without an active certificate (BSrE: NO_CERTIFICATE, code 2021). */
  NO_CERTIFICATE,
  /** The authority cannot be asked now. */
  UNAVAILABLE
}
