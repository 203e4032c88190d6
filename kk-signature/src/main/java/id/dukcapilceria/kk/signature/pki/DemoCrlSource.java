package id.dukcapilceria.kk.signature.pki;

import eu.europa.esig.dss.crl.CRLBinary;
import eu.europa.esig.dss.crl.CRLUtils;
import eu.europa.esig.dss.crl.CRLValidity;
import eu.europa.esig.dss.enumerations.RevocationOrigin;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLToken;
import id.dukcapilceria.kk.signature.pades.KeptRevocationAnswers;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * In-process certificate revocation lists for the demo PKI: each CA publishes one CRL of the
 * certificates it revoked ({@link RevocationRegistry}), signed with its own key, kept and handed out
 * again for a while ({@link ResponseCache}). DSS asks OCSP first and falls back to these.
 */
public final class DemoCrlSource implements CRLSource, KeptRevocationAnswers {
  private static final long serialVersionUID = 1L;

  private final transient List<DemoAuthority> authorities;
  private final transient RevocationRegistry registry;
  private final transient ResponseCache<byte[]> lists;

  DemoCrlSource(List<DemoAuthority> authorities, RevocationRegistry registry, Clock clock) {
    this.authorities = List.copyOf(authorities);
    this.registry = registry;
    this.lists = new ResponseCache<>(clock);
  }

  @Override
  public CRLToken getRevocationToken(CertificateToken certificate, CertificateToken issuerCertificate) {
    DemoAuthority authority = DemoAuthority.answering(authorities, certificate, issuerCertificate);
    if (authority == null) {
      return null; // not ours: another source may know it
    }
    byte[] encoded = lists.get(
        authority.certificate().getSubjectX500Principal().getName(),
        producedAt -> publish(authority, producedAt));
    try {
      CRLBinary binary = CRLUtils.buildCRLBinary(encoded);
      CRLValidity validity = CRLUtils.buildCRLValidity(binary, issuerCertificate);
      CRLToken token = new CRLToken(certificate, validity);
      token.setExternalOrigin(RevocationOrigin.EXTERNAL);
      token.setSourceURL(CertificateIssuer.CRL_URL);
      return token;
    } catch (IOException e) {
      throw new DSSException("Demo CRL could not be read", e);
    }
  }

  /** The list kept of the certificate's issuer (lists are kept under the issuing CA's name). */
  @Override
  public Object keptAnswer(X509Certificate certificate) {
    return lists.kept(certificate.getIssuerX500Principal().getName());
  }

  /** Forgets the kept lists, so that a revocation shows at once. */
  void forgetLists() {
    lists.clear();
  }

  private byte[] publish(DemoAuthority authority, Instant producedAt) {
    try {
      JcaX509CertificateHolder issuer = new JcaX509CertificateHolder(authority.certificate());
      X509v2CRLBuilder builder = new X509v2CRLBuilder(issuer.getSubject(), Date.from(producedAt));
      builder.setNextUpdate(Date.from(producedAt.plus(ResponseCache.VALIDITY)));
      registry.issuedBy(authority.certificate()).forEach(
          (serial, at) -> builder.addCRLEntry(serial, Date.from(at), CRLReason.keyCompromise));
      builder.addExtension(Extension.authorityKeyIdentifier, false,
          new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(authority.certificate()));
      builder.addExtension(Extension.cRLNumber, false,
          new org.bouncycastle.asn1.x509.CRLNumber(java.math.BigInteger.valueOf(producedAt.getEpochSecond())));
      return builder.build(
              new JcaContentSignerBuilder(CertificateIssuer.SIGNATURE_ALGORITHM).build(authority.key()))
          .getEncoded();
    } catch (OperatorCreationException | CertificateEncodingException | IOException
        | java.security.NoSuchAlgorithmException e) {
      throw new DSSException("Demo CRL could not be built", e);
    }
  }
}
