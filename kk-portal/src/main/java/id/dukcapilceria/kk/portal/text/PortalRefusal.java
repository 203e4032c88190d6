package id.dukcapilceria.kk.portal.text;

/**
 * A refusal of the portal's own (not the workflow's or the domain's), whose {@link #key()} names
 * the reason in the portal's texts; the pages show it in the reader's language.
 */
public class PortalRefusal extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final String key;
  private final transient Object[] arguments;

  public PortalRefusal(String key, Object... arguments) {
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
