package id.dukcapilceria.kk.signature.online;

import eu.europa.esig.dss.spi.client.http.DataLoader;
import eu.europa.esig.dss.spi.exception.DSSExternalResourceException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;

/**
 * DSS's way out to the network for a production certificate's time stamps and revocation answers,
 * and the only one: a URL is fetched only if its scheme is http or https and its host and port are
 * on the allow-list, which is made from configuration (the time-stamp authority's address, the OCSP
 * and CRL addresses written in the configured certificates, and hosts an operator adds). A
 * certificate inside a signed file therefore cannot make the server fetch an address of its
 * choosing. Redirects are not followed, every call has a timeout, and no answer is read beyond
 * {@link #maxBytes} (a CRL of a national CA is a few megabytes at most).
 */
public final class AllowedHostsLoader implements DataLoader {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(AllowedHostsLoader.class.getName());

  private final Set<String> origins;
  private final Duration timeout;
  private final int maxBytes;
  private final String authorization;
  private String contentType;
  private transient HttpClient http;

  /**
   * @param origins {@code host:port} pairs (lower case) that may be asked; see {@link #originOf}
   * @param timeout for connecting and for the whole answer
   * @param maxBytes the largest answer read
   * @param user with {@code password}, HTTP Basic credentials sent with every call (a TSA's); null
   *     for none
   */
  AllowedHostsLoader(Set<String> origins, Duration timeout, int maxBytes, String user, char[] password) {
    this.origins = Set.copyOf(origins);
    this.timeout = Objects.requireNonNull(timeout);
    this.maxBytes = maxBytes;
    this.authorization = user == null ? null : "Basic " + Base64.getEncoder().encodeToString(
        (user + ":" + new String(password)).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The {@code host:port} of an http or https URL (the scheme's port when none is written), or
   * null for anything else.
   */
  static String originOf(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        return null;
      }
      int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
      return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  @Override
  public byte[] get(String url) {
    return fetch(url, null);
  }

  @Override
  public DataAndUrl get(List<String> urls) {
    List<String> failures = new ArrayList<>();
    for (String url : urls) {
      try {
        return new DataAndUrl(url, get(url));
      } catch (DSSExternalResourceException e) {
        failures.add(e.getMessage());
      }
    }
    throw new DSSExternalResourceException("None of the addresses answered: " + failures);
  }

  @Override
  public byte[] post(String url, byte[] content) {
    return fetch(url, Objects.requireNonNull(content));
  }

  @Override
  public void setContentType(String contentType) {
    this.contentType = contentType;
  }

  private byte[] fetch(String url, byte[] body) {
    String origin = originOf(url);
    if (origin == null || !origins.contains(origin)) {
      LOG.warning(() -> "Not fetched, its host is not allowed (kk.signing.online.hosts): " + url);
      throw new DSSExternalResourceException("The address " + url + " is not on the allow-list");
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (body == null) {
      request.GET();
    } else {
      request.header("Content-Type", contentType == null ? "application/octet-stream" : contentType)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }
    try {
      HttpResponse<InputStream> answer = client().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = answer.body()) {
        if (answer.statusCode() != 200) {
          throw new DSSExternalResourceException(url + " answered HTTP " + answer.statusCode());
        }
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
          throw new DSSExternalResourceException(url + " answered more than " + maxBytes + " bytes");
        }
        return bytes;
      }
    } catch (IOException e) {
      throw new DSSExternalResourceException(url + " could not be fetched: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DSSExternalResourceException(url + " was interrupted");
    }
  }

  private synchronized HttpClient client() {
    if (http == null) {
      // redirects are never followed: they would lead off the allow-list
      http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }
    return http;
  }
}
