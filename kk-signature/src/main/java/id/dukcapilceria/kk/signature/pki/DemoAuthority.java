package id.dukcapilceria.kk.signature.pki;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** One CA of the demo PKI with its key: it signs the revocation data for the certificates it issued. */
record DemoAuthority(X509Certificate certificate, PrivateKey key) {

  /**
   * The CA among {@code authorities} that answers for {@code certificate} as issued by {@code
   * issuer}, or null when none does (another revocation source may know it).
   */
  static DemoAuthority answering(
      java.util.List<DemoAuthority> authorities,
      eu.europa.esig.dss.model.x509.CertificateToken certificate,
      eu.europa.esig.dss.model.x509.CertificateToken issuer) {
    if (issuer == null) {
      return null;
    }
    return authorities.stream()
        .filter(ca -> ca.certificate().equals(issuer.getCertificate()))
        .filter(ca -> ca.issued(certificate.getCertificate()))
        .findFirst()
        .orElse(null);
  }

  /** True when this CA issued the certificate (same issuer name, and its key signed it). */
  boolean issued(X509Certificate candidate) {
    if (!candidate.getIssuerX500Principal().equals(certificate.getSubjectX500Principal())) {
      return false;
    }
    try {
      candidate.verify(certificate.getPublicKey());
      return true;
    } catch (java.security.GeneralSecurityException e) {
      return false;
    }
  }
}
