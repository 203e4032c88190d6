package id.dukcapilceria.kk.signature.verify;

/** The bytes given for verification are not a readable PDF. */
public class InvalidPdfException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidPdfException(String message, Throwable cause) {
    super(message, cause);
  }
}
