package id.dukcapilceria.kk.portal.web.kadis;

import id.dukcapilceria.kk.portal.web.Workspace;
import id.dukcapilceria.kk.portal.config.PortalConfig;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The Kadis: SOP step 4, electronic signature, often from a phone. The passphrase lives only for
 * the request that signs: it is never kept in the view, the session or the database.
 */
@Named
@ViewScoped
public class KadisWorkspace extends Workspace {

  private static final long serialVersionUID = 1L;

  @Inject PortalConfig config;

  private transient String passphrase;

  public void sign() {
    char[] secret = passphrase == null ? new char[0] : passphrase.toCharArray();
    passphrase = null;
    try {
      perform(() -> service.sign(actor(), selectedId(), secret), "kadis.signed");
    } finally {
      java.util.Arrays.fill(secret, '\0');
    }
  }

  /** Shown only in demo mode, where the passphrase of the demo key is public anyway. */
  public String getDemoPassphrase() {
    return config.isDemo() ? DemoPki.DEMO_PASSPHRASE : null;
  }

  public String getPassphrase() {
    return null;
  }

  public void setPassphrase(String passphrase) {
    this.passphrase = passphrase;
  }
}
