package id.dukcapilceria.kk.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who is on the other end of a request, and whether it came over TLS. Behind a reverse proxy
 * (nginx terminating TLS) the connection is the proxy's: only when its address is listed in
 * {@code kk.proxy.addresses} are its {@code X-Forwarded-For} and {@code X-Forwarded-Proto}
 * believed, so that nobody else can claim another address (and escape the sign-in throttle or the
 * public rate limit) or claim TLS.
 */
@ApplicationScoped
public class ClientAddress {

  private Set<String> proxies = Set.of();
  private Set<String> metricsReaders = Set.of("127.0.0.1", "::1", "0:0:0:0:0:0:0:1");

  /** For CDI. */
  ClientAddress() {}

  ClientAddress(String proxies) {
    this.proxies = parse(proxies);
  }

  @Inject
  void configure(@ConfigProperty(name = "kk.proxy.addresses", defaultValue = " ") String listed,
      @ConfigProperty(name = "kk.metrics.addresses", defaultValue = "127.0.0.1,::1,0:0:0:0:0:0:0:1") String readers) {
    proxies = parse(listed);
    metricsReaders = parse(readers);
  }

  /** Whether the client may read the metrics: its address is in kk.metrics.addresses (this machine by default). */
  public boolean mayReadMetrics(HttpServletRequest request) {
    return metricsReaders.contains(of(request));
  }

  private static Set<String> parse(String listed) {
    return Arrays.stream(listed.split(",")).map(String::strip).filter(a -> !a.isEmpty()).collect(Collectors.toUnmodifiableSet());
  }

  /** The client's address: the connection's, or what a configured proxy says it forwarded for. */
  public String of(HttpServletRequest request) {
    String connection = request.getRemoteAddr();
    String forwarded = request.getHeader("X-Forwarded-For");
    if (!proxies.contains(connection) || forwarded == null || forwarded.isBlank()) {
      return connection;
    }
    // each proxy appends the address it received from; the nearest one not ours is the client
    List<String> hops = Arrays.stream(forwarded.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      if (!proxies.contains(hops.get(i))) {
        return hops.get(i).length() > 45 ? hops.get(i).substring(0, 45) : hops.get(i);
      }
    }
    return connection;
  }

  /** Whether the browser's connection is TLS: this server's own, or a configured proxy's. */
  public boolean isSecure(HttpServletRequest request) {
    return request.isSecure()
        || proxies.contains(request.getRemoteAddr()) && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
  }
}
