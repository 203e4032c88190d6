package id.dukcapilceria.kk.signature.pki;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Issues the three certificates of the demo PKI with BouncyCastle (RSA 2048, SHA-256). */
final class CertificateIssuer {

  /**
   * Placeholder addresses for the revocation services. They are never contacted (the revocation
   * data comes from {@link DemoOcspSource} in-process) but validators expect the extensions.
   */
  static final String OCSP_URL = "http://ocsp.demo.invalid/dukcapil-ceria";

  static final String CRL_URL = "http://crl.demo.invalid/dukcapil-ceria.crl";

  static final String SIGNATURE_ALGORITHM = "SHA256withRSA";

  /** The OCSP and CRL addresses written in the certificates issued. */
  record Addresses(String ocsp, String crl) {
    /** The placeholders of the embedded demo, answered in-process. */
    static final Addresses PLACEHOLDERS = new Addresses(OCSP_URL, CRL_URL);
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private CertificateIssuer() {}

  static KeyPair newKeyPair() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048, RANDOM);
    return generator.generateKeyPair();
  }

  static X509Certificate root(String subject, KeyPair keys, Duration validity)
      throws GeneralSecurityException {
    X500Name name = new X500Name(subject);
    try {
      JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
      X509v3CertificateBuilder builder = builder(name, name, keys, validity);
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      builder.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      builder.addExtension(
          Extension.subjectKeyIdentifier,
          false,
          utils.createSubjectKeyIdentifier(keys.getPublic()));
      return sign(builder, keys.getPrivate());
    } catch (CertIOException e) {
      throw new GeneralSecurityException(e);
    }
  }

  /**
   * An issuing CA under the root, as BSrE's certificates sit under the Indonesian root: a CA that
   * may sign end-entity certificates only (path length 0).
   */
  static X509Certificate intermediate(String subject, KeyPair keys, X509Certificate issuer, PrivateKey issuerKey,
      Duration validity, Addresses addresses) throws GeneralSecurityException {
    X500Name issuerName = X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
    X509v3CertificateBuilder builder = builder(issuerName, new X500Name(subject), keys, validity);
    try {
      JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
      builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuer));
      builder.addExtension(
          Extension.authorityInfoAccess,
          false,
          new AuthorityInformationAccess(
              new AccessDescription(
                  AccessDescription.id_ad_ocsp,
                  new GeneralName(GeneralName.uniformResourceIdentifier, addresses.ocsp()))));
    } catch (CertIOException e) {
      throw new GeneralSecurityException(e);
    }
    return sign(builder, issuerKey);
  }

  /** An end-entity certificate for signing documents (the Kadis). */
  static X509Certificate signer(String subject, KeyPair keys, X509Certificate issuer, PrivateKey issuerKey,
      Duration validity, Addresses addresses) throws GeneralSecurityException {
    X509v3CertificateBuilder builder = endEntity(subject, keys, issuer, validity, addresses);
    try {
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
    } catch (CertIOException e) {
      throw new GeneralSecurityException(e);
    }
    return sign(builder, issuerKey);
  }

  /** An end-entity certificate for the time-stamp authority. */
  static X509Certificate timeStamping(String subject, KeyPair keys, X509Certificate issuer, PrivateKey issuerKey,
      Duration validity, Addresses addresses) throws GeneralSecurityException {
    X509v3CertificateBuilder builder = endEntity(subject, keys, issuer, validity, addresses);
    try {
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
      // RFC 3161 §2.3: the TSA certificate has exactly this EKU, marked critical
      builder.addExtension(
          Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
    } catch (CertIOException e) {
      throw new GeneralSecurityException(e);
    }
    return sign(builder, issuerKey);
  }

  private static X509v3CertificateBuilder endEntity(
      String subject, KeyPair keys, X509Certificate issuer, Duration validity, Addresses addresses)
      throws GeneralSecurityException {
    X500Name issuerName = X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
    X509v3CertificateBuilder builder =
        builder(issuerName, new X500Name(subject), keys, validity);
    try {
      JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(
          Extension.subjectKeyIdentifier,
          false,
          utils.createSubjectKeyIdentifier(keys.getPublic()));
      builder.addExtension(
          Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuer));
      builder.addExtension(
          Extension.authorityInfoAccess,
          false,
          new AuthorityInformationAccess(
              new AccessDescription(
                  AccessDescription.id_ad_ocsp,
                  new GeneralName(GeneralName.uniformResourceIdentifier, addresses.ocsp()))));
      builder.addExtension(
          Extension.cRLDistributionPoints,
          false,
          new CRLDistPoint(
              new DistributionPoint[] {
                new DistributionPoint(
                    new DistributionPointName(
                        new GeneralNames(
                            new GeneralName(GeneralName.uniformResourceIdentifier, addresses.crl()))),
                    null,
                    null)
              }));
      return builder;
    } catch (CertIOException e) {
      throw new GeneralSecurityException(e);
    }
  }

  private static X509v3CertificateBuilder builder(
      X500Name issuer, X500Name subject, KeyPair keys, Duration validity) {
    // back-dated by an hour so that a freshly created PKI is usable on machines with clock skew
    Instant notBefore = Instant.now().minus(Duration.ofHours(1));
    BigInteger serial = new BigInteger(63, RANDOM).add(BigInteger.ONE);
    return new JcaX509v3CertificateBuilder(
        issuer,
        serial,
        Date.from(notBefore),
        Date.from(notBefore.plus(validity)),
        subject,
        keys.getPublic());
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
      throws GeneralSecurityException {
    try {
      return new JcaX509CertificateConverter()
          .getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(issuerKey)));
    } catch (OperatorCreationException e) {
      throw new GeneralSecurityException(e);
    }
  }
}
