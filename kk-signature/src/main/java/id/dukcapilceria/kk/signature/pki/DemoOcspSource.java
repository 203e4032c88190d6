package id.dukcapilceria.kk.signature.pki;

import eu.europa.esig.dss.enumerations.RevocationOrigin;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.x509.revocation.ocsp.OCSPSource;
import eu.europa.esig.dss.spi.x509.revocation.ocsp.OCSPToken;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * An in-process OCSP responder for the demo PKI: it answers "good" for every certificate the demo
 * root issued, signing the response with the root key itself (an issuer-signed response, RFC 6960
 * §4.2.2.2, so no separate responder certificate is needed). The demo PKI keeps no revocation list.
 *
 * <p>DSS pitfalls handled here: the token's origin must be set, or augmentation to LT fails with
 * "The origin is null"; and the production time is rounded up to the next whole second, because
 * the OCSP encoding drops the milliseconds and DSS would otherwise see the response as produced
 * <em>before</em> the signature time-stamp.
 */
public final class DemoOcspSource implements OCSPSource {
  private static final long serialVersionUID = 1L;

  private final transient X509Certificate issuer;
  private final transient PrivateKey issuerKey;

  DemoOcspSource(X509Certificate issuer, PrivateKey issuerKey) {
    this.issuer = issuer;
    this.issuerKey = issuerKey;
  }

  @Override
  public OCSPToken getRevocationToken(
      CertificateToken certificate, CertificateToken issuerCertificate) {
    if (issuerCertificate == null
        || !issuerCertificate.getCertificate().equals(issuer)
        || !certificate.isSignedBy(issuerCertificate)) {
      return null; // not ours: another source may know it
    }
    try {
      BasicOCSPResp response = respond(certificate.getCertificate());
      SingleResp single = response.getResponses()[0];
      OCSPToken token = new OCSPToken(response, single, certificate, issuerCertificate);
      token.setExternalOrigin(RevocationOrigin.EXTERNAL);
      token.setSourceURL(CertificateIssuer.OCSP_URL);
      return token;
    } catch (GeneralSecurityException | OCSPException | IOException e) {
      throw new DSSException("Demo OCSP response could not be built", e);
    }
  }

  private BasicOCSPResp respond(X509Certificate certificate)
      throws GeneralSecurityException, OCSPException, IOException {
    try {
      DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
      X509CertificateHolder issuerHolder = new JcaX509CertificateHolder(issuer);
      CertificateID id =
          new CertificateID(
              digests.get(CertificateID.HASH_SHA1), issuerHolder, certificate.getSerialNumber());
      Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
      Date thisUpdate = Date.from(now);
      Date nextUpdate = Date.from(now.plus(Duration.ofDays(1)));
      BasicOCSPRespBuilder builder =
          new BasicOCSPRespBuilder(
              new RespID(X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded())));
      builder.addResponse(id, CertificateStatus.GOOD, thisUpdate, nextUpdate, null);
      return builder.build(
          new JcaContentSignerBuilder(CertificateIssuer.SIGNATURE_ALGORITHM).build(issuerKey),
          new X509CertificateHolder[] {issuerHolder},
          thisUpdate);
    } catch (OperatorCreationException e) {
      throw new GeneralSecurityException(e);
    }
  }
}
