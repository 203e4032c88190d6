package id.dukcapilceria.kk.signature.pades;

/**
 * DSS refused to sign because the signing certificate cannot be relied on: revoked, expired, not
 * yet valid, or its revocation status could not be obtained. The message is for the signer.
 */
public final class SigningRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SigningRefusedException(Throwable cause) {
    super("Penandatanganan ditolak: sertifikat penandatangan dicabut, kedaluwarsa, belum berlaku, "
        + "atau status pencabutannya tidak dapat diperiksa.", cause);
  }
}
