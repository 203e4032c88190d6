package id.dukcapilceria.kk.portal.draft;

import id.dukcapilceria.kk.portal.text.PortalRefusal;

/** A draft cannot be saved, opened or deleted; {@link #key()} names the reason in the portal's texts. */
public class DraftRefused extends PortalRefusal {

  private static final long serialVersionUID = 1L;

  public DraftRefused(String key, Object... arguments) {
    super(key, arguments);
  }
}
