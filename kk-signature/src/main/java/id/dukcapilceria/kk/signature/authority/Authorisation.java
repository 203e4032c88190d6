package id.dukcapilceria.kk.signature.authority;

import java.util.Arrays;
import java.util.Objects;

/**
 * What the officer typed to authorise signing: the passphrase of their key (or a token's PIN), or
 * a one-time code from BSrE's BeSign app. Held only as long as the signing needs it and wiped on
 * {@link #close}; never stored, logged or put in a message.
 */
public final class Authorisation implements AutoCloseable {

  /** How the officer authorises. */
  public enum Kind {
    PASSPHRASE,
    ONE_TIME_CODE
  }

  private final Kind kind;
  private final char[] secret;

  /** Takes a copy of {@code secret}; the caller wipes its own. */
  public Authorisation(Kind kind, char[] secret) {
    this.kind = Objects.requireNonNull(kind);
    this.secret = Arrays.copyOf(Objects.requireNonNull(secret), secret.length);
  }

  public static Authorisation passphrase(char[] passphrase) {
    return new Authorisation(Kind.PASSPHRASE, passphrase);
  }

  public Kind kind() {
    return kind;
  }

  /** The secret itself, for the authority to use at once; do not keep it. */
  public char[] secret() {
    return secret;
  }

  @Override
  public void close() {
    Arrays.fill(secret, '\0');
  }

  @Override
  public String toString() {
    return "Authorisation[" + kind + "]";
  }
}
