package id.dukcapilceria.kk.signature.online;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.CertificateExtensionsUtils;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import eu.europa.esig.dss.spi.x509.revocation.ocsp.OCSPSource;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The time-stamp authority and the revocation services of a production certificate (BSrE's under
 * Root CA Indonesia), asked over the network through DSS's online sources, all of them through one
 * {@link AllowedHostsLoader} allow-list: the time-stamp authority's address, the OCSP and CRL
 * addresses written in the configured certificates (the officer's and its chain, which a signed
 * file cannot change), and the hosts an operator adds for certificates not configured (the
 * time-stamp authority's own chain, when it is served elsewhere).
 *
 * @param timeStamps RFC 3161 over HTTP, with the authority's Basic credentials if it wants them
 * @param ocsp OCSP at the addresses in each certificate
 * @param crls CRLs at the addresses in each certificate, when OCSP gives no answer
 * @param allowed the {@code host:port} pairs that may be asked, for logs and documentation
 */
public record OnlineSources(TSPSource timeStamps, OCSPSource ocsp, CRLSource crls, Set<String> allowed) {

  /** The largest answer read: an OCSP answer is a few kilobytes, a national CA's CRL a few megabytes. */
  static final int MAX_ANSWER_BYTES = 16 * 1024 * 1024;

  public OnlineSources {
    Objects.requireNonNull(timeStamps);
    Objects.requireNonNull(ocsp);
    Objects.requireNonNull(crls);
    allowed = Set.copyOf(allowed);
  }

  /**
   * @param timeStampAuthority the TSA's http(s) address
   * @param user the TSA account, or null if it wants none
   * @param password the TSA account's password (ignored without a user)
   * @param certificates the configured certificates whose OCSP and CRL addresses may be asked
   * @param extraHosts {@code host} (ports 80 and 443) or {@code host:port} entries also allowed
   * @param timeout for each call
   * @throws IllegalArgumentException when the TSA address or a host is not usable
   */
  public static OnlineSources of(URI timeStampAuthority, String user, char[] password,
      Collection<X509Certificate> certificates, Collection<String> extraHosts, Duration timeout) {
    String tsa = AllowedHostsLoader.originOf(timeStampAuthority.toString());
    if (tsa == null) {
      throw new IllegalArgumentException("The time-stamp authority must be an http or https address: " + timeStampAuthority);
    }
    Set<String> origins = new TreeSet<>();
    origins.add(tsa);
    for (X509Certificate certificate : certificates) {
      CertificateToken token = new CertificateToken(certificate);
      Stream.concat(CertificateExtensionsUtils.getOCSPAccessUrls(token).stream(),
              CertificateExtensionsUtils.getCRLAccessUrls(token).stream())
          .map(AllowedHostsLoader::originOf).filter(Objects::nonNull).forEach(origins::add);
    }
    for (String host : extraHosts) {
      origins.addAll(originsOfHost(host));
    }
    OnlineTSPSource timeStamps = new OnlineTSPSource(timeStampAuthority.toString(),
        loader(origins, timeout, "application/timestamp-query", user, password));
    OnlineOCSPSource ocsp = new OnlineOCSPSource(loader(origins, timeout, "application/ocsp-request", null, null));
    OnlineCRLSource crls = new OnlineCRLSource(loader(origins, timeout, null, null, null));
    return new OnlineSources(timeStamps, ocsp, crls, origins);
  }

  private static AllowedHostsLoader loader(Set<String> origins, Duration timeout, String contentType,
      String user, char[] password) {
    AllowedHostsLoader loader = new AllowedHostsLoader(origins, timeout, MAX_ANSWER_BYTES, user, password);
    loader.setContentType(contentType);
    return loader;
  }

  private static List<String> originsOfHost(String entry) {
    String host = entry.strip().toLowerCase(Locale.ROOT);
    if (!host.matches("[a-z0-9.-]+(:[0-9]{1,5})?")) {
      throw new IllegalArgumentException("Not a host or host:port: " + entry);
    }
    return host.contains(":") ? List.of(host) : List.of(host + ":80", host + ":443");
  }
}
