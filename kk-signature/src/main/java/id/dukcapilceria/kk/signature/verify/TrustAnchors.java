package id.dukcapilceria.kk.signature.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

/**
 * The certificates a verifier trusts, read from a PEM file an operator keeps: for BSrE's cards, Root
 * CA Indonesia and, if wanted, BSrE's issuing certificate (docs/signing.md). Every certificate must
 * be a certification authority's; anything else in the file refuses the whole file, so that a
 * mistaken file never quietly trusts an end entity.
 */
public final class TrustAnchors {

  /** A configuration file holds a handful of certificates; more is not a trust-anchor file. */
  static final long MAX_BYTES = 1024 * 1024;

  private TrustAnchors() {}

  /** {@code certificates} as PEM text, the form a trust-anchor file and a download take. */
  public static String pem(X509Certificate... certificates) {
    StringBuilder pem = new StringBuilder();
    for (X509Certificate certificate : certificates) {
      try {
        pem.append("-----BEGIN CERTIFICATE-----\n")
            .append(Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded()))
            .append("\n-----END CERTIFICATE-----\n");
      } catch (CertificateEncodingException e) {
        throw new IllegalArgumentException("A certificate that cannot be encoded", e);
      }
    }
    return pem.toString();
  }

  /**
   * The CA certificates in {@code file} (PEM or DER, one or more).
   *
   * @throws IllegalArgumentException naming the file and what is wrong with it
   */
  public static List<X509Certificate> fromFile(Path file) {
    Collection<? extends Certificate> read;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new IllegalArgumentException(file + " is larger than a trust-anchor file can be");
      }
      try (InputStream in = Files.newInputStream(file)) {
        read = CertificateFactory.getInstance("X.509").generateCertificates(in);
      }
    } catch (IOException | CertificateException e) {
      throw new IllegalArgumentException(file + " holds no readable certificates: " + e.getMessage(), e);
    }
    if (read.isEmpty()) {
      throw new IllegalArgumentException(file + " holds no certificates");
    }
    List<X509Certificate> anchors = new ArrayList<>();
    for (Certificate certificate : read) {
      X509Certificate x509 = (X509Certificate) certificate;
      if (x509.getBasicConstraints() < 0) {
        throw new IllegalArgumentException(file + ": " + x509.getSubjectX500Principal().getName()
            + " is not a certification authority's certificate");
      }
      anchors.add(x509);
    }
    return List.copyOf(anchors);
  }
}
