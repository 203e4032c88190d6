package id.dukcapilceria.kk.portal.api;

import id.dukcapilceria.kk.portal.signing.KkSigningService;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Caps every request body before anything reads it: a declared length over the cap is refused at
 * once (413, the body is never read), and a body sent without a length is cut off when it passes
 * the cap. The public verification takes one PDF (10 MB); the citizen's status a number and a code
 * (4 KB); the other calls take JSON with scans in base64 (each scan at most 5 MB, so about 6.7 MB of
 * base64).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimit implements ContainerRequestFilter {

  public static final long VERIFICATION_MAX_BYTES = KkSigningService.PUBLIC_VERIFICATION_MAX_BYTES;
  public static final long JSON_MAX_BYTES = 32L * 1024 * 1024;
  /** The citizen's status: a number and a code, asked without credentials; a few hundred bytes. */
  public static final long TRACKING_MAX_BYTES = 4 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    long max = path.startsWith("verification") ? VERIFICATION_MAX_BYTES
        : path.startsWith("lacak") ? TRACKING_MAX_BYTES : JSON_MAX_BYTES;
    if (request.getLength() > max) {
      request.abortWith(Problems.of(413, "payload-too-large", "api.problem.tooLarge",
          request.getUriInfo().getRequestUri().getRawPath(), List.of(),
          Problems.locale(request.getAcceptableLanguages()), readable(max)));
      return;
    }
    if (request.hasEntity()) {
      request.setEntityStream(new Capped(request.getEntityStream(), max));
    }
  }

  /** A cap as people read it: "10 MB", or "4 KB" under a megabyte. */
  static String readable(long max) {
    return max >= 1024 * 1024 ? max / (1024 * 1024) + " MB" : max / 1024 + " KB";
  }

  /** Throws a 413 problem as soon as more than {@code max} bytes have been read. */
  private static final class Capped extends FilterInputStream {
    private final long max;
    private long count;

    Capped(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    private void counted(int n) {
      count += n;
      if (count > max) {
        throw new ApiProblem(413, "api.problem.tooLarge", List.of(), readable(max));
      }
    }
  }
}
