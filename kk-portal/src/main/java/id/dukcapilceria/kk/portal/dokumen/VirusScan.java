package id.dukcapilceria.kk.portal.dokumen;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every uploaded scan, through the browser or the REST API: first {@link UploadCheck} (kind by
 * content, size, no active PDF content), then a virus scan by a ClamAV daemon when one is
 * configured ({@code kk.clamav.host}, {@code kk.clamav.port}; ASVS 12.4.2). A file clamd finds
 * infected is refused; so is every file while a configured clamd cannot answer (the file's state
 * is unknown). Without {@code kk.clamav.host}, as in the zero-setup demo, nothing is scanned, and
 * the log says so once at start.
 */
@ApplicationScoped
public class VirusScan {

  private static final Logger LOG = Logger.getLogger(VirusScan.class.getName());

  @Inject
  @ConfigProperty(name = "kk.clamav.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "kk.clamav.port", defaultValue = "3310")
  int port;

  @Inject
  @ConfigProperty(name = "kk.clamav.timeout.seconds", defaultValue = "15")
  int timeoutSeconds;

  private ClamdClient clamd;

  /** At start, so that the log says at once whether uploads are scanned. */
  void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    // the observer's instance is created here, and @PostConstruct has run
  }

  @PostConstruct
  void connect() {
    clamd = host.filter(h -> !h.isBlank())
        .map(h -> new ClamdClient(h.strip(), port, Duration.ofSeconds(timeoutSeconds)))
        .orElse(null);
    if (clamd == null) {
      LOG.warning("Uploads are not scanned for viruses: set kk.clamav.host (and kk.clamav.port) to a ClamAV daemon");
    } else {
      LOG.info(() -> "Uploads are scanned for viruses by clamd at " + host.get().strip() + ":" + port);
    }
  }

  /** The scan's verdict on an upload: accepted with its media type, or refused with the reason's key. */
  public UploadCheck.Result check(byte[] content, String uploadedBy) {
    UploadCheck.Result kind = UploadCheck.check(content);
    if (!kind.isAccepted() || clamd == null) {
      return kind;
    }
    return scanned(clamd, kind, content, uploadedBy);
  }

  static UploadCheck.Result scanned(ClamdClient clamd, UploadCheck.Result kind, byte[] content, String uploadedBy) {
    try {
      ClamdClient.Verdict verdict = clamd.scan(content);
      if (verdict.infected()) {
        LOG.warning(() -> "Upload by " + uploadedBy + " refused: ClamAV found " + verdict.signature());
        return UploadCheck.Result.refused("upload.virus");
      }
      return kind;
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Upload by " + uploadedBy + " refused: the virus scan did not answer", e);
      return UploadCheck.Result.refused("upload.scanUnavailable");
    }
  }
}
