package id.dukcapilceria.kk.signature.pki;

import eu.europa.esig.dss.enumerations.RevocationOrigin;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.x509.revocation.ocsp.OCSPSource;
import eu.europa.esig.dss.spi.x509.revocation.ocsp.OCSPToken;
import id.dukcapilceria.kk.signature.pades.KeptRevocationAnswers;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * An in-process OCSP responder for the demo PKI: each CA answers for the certificates it issued,
 * "good" or "revoked" from the PKI's {@link RevocationRegistry}, signing with its own key (an
 * issuer-signed response, RFC 6960 §4.2.2.2, so no separate responder certificate is needed).
 * Responses are kept and handed out again for a while ({@link ResponseCache}).
 *
 * <p>DSS pitfall handled here: the token's origin must be set, or augmentation to LT fails with
 * "The origin is null".
 */
public final class DemoOcspSource implements OCSPSource, KeptRevocationAnswers {
  private static final long serialVersionUID = 1L;

  private final transient List<DemoAuthority> authorities;
  private final transient RevocationRegistry registry;
  private final transient ResponseCache<BasicOCSPResp> responses;

  DemoOcspSource(List<DemoAuthority> authorities, RevocationRegistry registry, Clock clock) {
    this.authorities = List.copyOf(authorities);
    this.registry = registry;
    this.responses = new ResponseCache<>(clock);
  }

  @Override
  public OCSPToken getRevocationToken(
      CertificateToken certificate, CertificateToken issuerCertificate) {
    DemoAuthority authority = DemoAuthority.answering(authorities, certificate, issuerCertificate);
    if (authority == null) {
      return null; // not ours: another source may know it
    }
    X509Certificate subject = certificate.getCertificate();
    BasicOCSPResp response = responses.get(key(subject), producedAt -> respond(authority, subject, producedAt));
    try {
      // a fresh token each time: DSS keeps per-validation state in it
      OCSPToken token =
          new OCSPToken(response, response.getResponses()[0], certificate, issuerCertificate);
      token.setExternalOrigin(RevocationOrigin.EXTERNAL);
      token.setSourceURL(CertificateIssuer.OCSP_URL);
      return token;
    } catch (RuntimeException e) {
      throw new DSSException("Demo OCSP response could not be read", e);
    }
  }

  @Override
  public Object keptAnswer(X509Certificate certificate) {
    return responses.kept(key(certificate));
  }

  private static String key(X509Certificate certificate) {
    return certificate.getIssuerX500Principal().getName() + "#" + certificate.getSerialNumber();
  }

  /** Forgets the kept responses, so that a revocation shows at once. */
  void forgetResponses() {
    responses.clear();
  }

  private BasicOCSPResp respond(DemoAuthority authority, X509Certificate certificate, Instant producedAt) {
    try {
      X509CertificateHolder issuerHolder = new JcaX509CertificateHolder(authority.certificate());
      CertificateID id = new CertificateID(
          new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
          issuerHolder,
          certificate.getSerialNumber());
      CertificateStatus status = registry.revokedAt(certificate)
          .<CertificateStatus>map(at -> new RevokedStatus(Date.from(at), CRLReason.keyCompromise))
          .orElse(CertificateStatus.GOOD);
      Date thisUpdate = Date.from(producedAt);
      Date nextUpdate = Date.from(producedAt.plus(ResponseCache.VALIDITY));
      BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(
          new RespID(X500Name.getInstance(authority.certificate().getSubjectX500Principal().getEncoded())));
      builder.addResponse(id, status, thisUpdate, nextUpdate, null);
      return builder.build(
          new JcaContentSignerBuilder(CertificateIssuer.SIGNATURE_ALGORITHM).build(authority.key()),
          new X509CertificateHolder[] {issuerHolder},
          thisUpdate);
    } catch (OperatorCreationException | OCSPException | CertificateEncodingException e) {
      throw new DSSException("Demo OCSP response could not be built", e);
    }
  }
}
