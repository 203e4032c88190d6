package id.dukcapilceria.kk.portal.draft;

/** A draft cannot be saved, opened or deleted; {@link #key()} names the reason in the portal's texts. */
public class DraftRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final String key;
  private final transient Object[] arguments;

  public DraftRefused(String key, Object... arguments) {
    super(key);
    this.key = key;
    this.arguments = arguments.clone();
  }

  public String key() {
    return key;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
