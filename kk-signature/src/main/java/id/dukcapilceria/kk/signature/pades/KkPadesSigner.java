package id.dukcapilceria.kk.signature.pades;

import eu.europa.esig.dss.alert.LogOnStatusAlert;
import eu.europa.esig.dss.alert.exception.AlertException;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.signature.AbstractSignatureParameters;
import eu.europa.esig.dss.spi.DSSASN1Utils;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonCertificateSource;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import eu.europa.esig.dss.spi.x509.revocation.ocsp.OCSPSource;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import id.dukcapilceria.kk.signature.pades.dss.KkPdfObjectFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs a rendered KK as PAdES with the Kadis's key: one signature, visible in the empty box the
 * renderer left in the Kadis block. The default level is B-LT, so the file carries its own
 * revocation data and can be verified offline for years; BSrE's current service returns B-T
 * (docs/domain.md §5.2).
 *
 * <p>The service is thread-safe and can be shared; each call creates its own signature
 * parameters, as DSS caches per-document state in them.
 */
public final class KkPadesSigner {

  public static final SignatureLevel DEFAULT_LEVEL = SignatureLevel.PAdES_BASELINE_LT;
  public static final String REASON = "Penerbitan Kartu Keluarga";

  private final PAdESService service;
  /**
   * DSS's view of each certificate, made once: DSS reads a certificate's extensions again for every
   * new token (a fifth of the revocation check of a B-B signature in a JFR profile), and shares
   * tokens between validations itself (its trusted sources hold one for every root).
   */
  private final Map<X509Certificate, CertificateToken> tokens = new ConcurrentHashMap<>();

  /** The revocation answers DSS last accepted for each signing certificate. */
  private final CheckedRevocationStatus checkedStatus;

  /** What a visible signature shows: drawn once per signer and kept. */
  private final SignatureAppearances appearances = new SignatureAppearances();

  /** Where the signatures say they were made; none unless set. */
  private volatile String location;

  /**
   * Names {@code location} (the issuing office's regency, "Kabupaten Padang Pariaman") as where
   * every following signature is made; set once, before the signer is shared.
   *
   * @return this signer
   */
  public KkPadesSigner locatedAt(String location) {
    this.location = location == null || location.isBlank() ? null : location.strip();
    return this;
  }

  /**
   * @param tspSource time-stamp authority for levels T and above
   * @param ocspSource the signing certificate's status before every signature, and the revocation
   *     data added at level LT and above; may be null with a CRL source
   * @param trustAnchor the root the signing certificate chains to
   */
  public KkPadesSigner(TSPSource tspSource, OCSPSource ocspSource, X509Certificate trustAnchor) {
    this(tspSource, ocspSource, null, trustAnchor);
  }

  /**
   * @param crlSource revocation lists, asked when OCSP gives no answer; may be null
   */
  public KkPadesSigner(
      TSPSource tspSource, OCSPSource ocspSource, CRLSource crlSource, X509Certificate trustAnchor) {
    this(tspSource, ocspSource, crlSource, List.of(trustAnchor));
  }

  /**
   * @param authorities the certification authorities of the signing certificate: the self-signed
   *     ones are the trust anchors, the others (an issuing CA such as BSrE's) help build the chain
   *     and have their own status checked
   */
  public KkPadesSigner(
      TSPSource tspSource, OCSPSource ocspSource, CRLSource crlSource, Collection<X509Certificate> authorities) {
    CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
    CommonCertificateSource between = new CommonCertificateSource();
    for (X509Certificate authority : authorities) {
      CertificateToken token = new CertificateToken(authority);
      if (token.isSelfSigned()) {
        trusted.addCertificate(token);
      } else {
        between.addCertificate(token);
      }
    }
    if (trusted.getNumberOfCertificates() == 0) {
      throw new IllegalArgumentException("No self-signed root among the signing certificate's authorities");
    }
    CommonCertificateVerifier verifier = new CommonCertificateVerifier();
    verifier.setTrustedCertSources(trusted);
    verifier.setAdjunctCertSources(between);
    verifier.setOcspSource(ocspSource);
    verifier.setCrlSource(crlSource);
    // revocation answers are reused for a while (pki.ResponseCache), so the one embedded at LT is
    // usually a few minutes older than the signature's time-stamp; DSS then logs a warning on
    // every card, although the validation policy accepts it. Told at INFO level instead.
    verifier.setAlertOnNoRevocationAfterBestSignatureTime(new LogOnStatusAlert(org.slf4j.event.Level.INFO));
    if (ocspSource == null && crlSource == null) {
      // the signing certificate's status is asked at every level, and LT and LTA embed the answers
      throw new IllegalArgumentException("An OCSP or a CRL source is needed");
    }
    this.checkedStatus = new CheckedRevocationStatus(ocspSource, crlSource);
    this.service = new CheckedOnceService(verifier);
    this.service.setTspSource(Objects.requireNonNull(tspSource, "tspSource"));
    // the native drawer writes real text with an embedded font instead of a raster image
    this.service.setPdfObjFactory(new KkPdfObjectFactory());
  }

  private CertificateToken token(X509Certificate certificate) {
    return tokens.computeIfAbsent(certificate, CertificateToken::new);
  }

  /** The level named as operators write it: B-B, B-T, B-LT or B-LTA. */
  public static java.util.Optional<SignatureLevel> levelOf(String name) {
    return java.util.Optional.ofNullable(switch (name == null ? "" : name.strip().toUpperCase(java.util.Locale.ROOT)) {
      case "B-B" -> SignatureLevel.PAdES_BASELINE_B;
      case "B-T" -> SignatureLevel.PAdES_BASELINE_T;
      case "B-LT" -> SignatureLevel.PAdES_BASELINE_LT;
      case "B-LTA" -> SignatureLevel.PAdES_BASELINE_LTA;
      default -> null;
    });
  }

  /** Signs at the default level {@link #DEFAULT_LEVEL}. */
  public byte[] sign(byte[] pdf, DigestSigner signer) {
    return sign(pdf, signer, DEFAULT_LEVEL);
  }

  /**
   * Signs at the given PAdES baseline level (B-B, B-T, B-LT or B-LTA). Only the digest of the
   * signed attributes goes to the {@link DigestSigner}.
   *
   * @throws SigningRefusedException when the signing certificate is revoked, expired or not yet
   *     valid, or its revocation status cannot be obtained (at every level)
   */
  public byte[] sign(byte[] pdf, DigestSigner signer, SignatureLevel level) {
    return sign(pdf, signer, level, VisibleSignature.TEXT_BOX);
  }

  /**
   * Signs at {@code level} showing {@code visible} on the page (this system's box, nothing, or a
   * picture, as a remote authority such as BSrE places its stamp).
   */
  public byte[] sign(byte[] pdf, DigestSigner signer, SignatureLevel level, VisibleSignature visible) {
    if (!level.name().startsWith("PAdES_BASELINE")) {
      throw new IllegalArgumentException("Only PAdES baseline levels are supported, not " + level);
    }
    DSSDocument document = new InMemoryDocument(pdf, "kk.pdf");
    SigningParameters parameters = parameters(signer, level, visible);
    CertificateToken signing = parameters.getSigningCertificate();
    List<Object> answers = checkedStatus.answersNow(parameters.getCertificateChain());
    boolean checkedOnTheseAnswers = checkedStatus.alreadyChecked(signing, answers);
    // DSS asks for the chain's revocation status at every level unless it already found it good
    // on the very answers the sources hand out now; the validity period is checked either way
    parameters.setCheckCertificateRevocation(!checkedOnTheseAnswers);
    DSSDocument signed;
    try {
      ToBeSigned dataToSign = service.getDataToSign(document, parameters);
      if (!checkedOnTheseAnswers) {
        checkedStatus.checkedOn(signing, answers, checkedStatus.answersNow(parameters.getCertificateChain()));
      }
      byte[] digest = DSSUtils.digest(parameters.getDigestAlgorithm(), dataToSign.getBytes());
      SignatureValue value = new SignatureValue(
          signer.signatureAlgorithm(), signer.signDigest(parameters.getDigestAlgorithm(), digest));
      // the certificate was checked just above, before anything was signed; DSS would check it
      // again, for the same signing date, a few milliseconds later
      parameters.setCheckCertificateRevocation(false);
      parameters.signingCertificateChecked = true;
      signed = service.signDocument(document, parameters, value);
    } catch (AlertException e) {
      throw new SigningRefusedException(e);
    }
    try (InputStream in = signed.openStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Raises a signed PDF to {@code level} (B-LT: the chain's revocation answers added; B-LTA: and a
   * document time-stamp), as an incremental update that leaves the signature untouched: for a
   * signature made elsewhere (BSrE stops at B-T). A PDF already at or above the level is returned
   * as it is.
   *
   * @throws SigningRefusedException when the revocation data cannot be had
   */
  public byte[] extend(byte[] signedPdf, SignatureLevel level) {
    if (level == SignatureLevel.PAdES_BASELINE_B || level == SignatureLevel.PAdES_BASELINE_T) {
      return signedPdf;
    }
    PAdESSignatureParameters parameters = new PAdESSignatureParameters();
    parameters.setSignatureLevel(level);
    DSSDocument extended;
    try {
      extended = service.extendDocument(new InMemoryDocument(signedPdf, "kk.pdf"), parameters);
    } catch (AlertException e) {
      throw new SigningRefusedException(e);
    }
    try (InputStream in = extended.openStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SigningParameters parameters(DigestSigner signer, SignatureLevel level, VisibleSignature visible) {
    SigningParameters parameters = new SigningParameters();
    parameters.setSignatureLevel(level);
    // the signing certificate's revocation status is asked at every level, not only from LT on,
    // where DSS needs it for the file anyway: without this, a revoked Kadis certificate still
    // signed at B-B and B-T (BSrE's level); sign() skips it only for answers already checked
    parameters.setCheckCertificateRevocation(true);
    parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
    parameters.setSigningCertificate(token(signer.certificate()));
    parameters.setCertificateChain(signer.chain().stream().map(this::token).toList());
    parameters.bLevel().setSigningDate(new Date());
    parameters.setReason(REASON);
    if (location != null) {
      parameters.setLocation(location);
    }
    // VisibleSignature.NONE: DSS's empty image parameters, an invisible signature
    appearances.of(visible, signer).ifPresent(parameters::setImageParameters);
    if (level == SignatureLevel.PAdES_BASELINE_B) {
      parameters.setContentSize(basicContentSize(signer));
    }
    return parameters;
  }

  /**
   * Room for the CMS of a B-B signature, in bytes: its certificates, the signature value (never
   * longer than the encoded public key, for RSA and ECDSA alike) and 2 KB for the signed attributes
   * and the structure around them (DSS's B-B attributes take well under 1 KB). DSS reserves 9,472
   * bytes at every level and writes them out as hexadecimal digits into every card, a sixth of a
   * B-B signature in a JFR profile, while a B-B CMS of the demo chain takes about 3,000. From B-T
   * on the CMS holds the time-stamp authority's token, whose size is the TSA's, so DSS's room stays.
   */
  static int basicContentSize(DigestSigner signer) {
    int size = signer.certificate().getPublicKey().getEncoded().length + 2048;
    Set<X509Certificate> certificates = new LinkedHashSet<>(signer.chain());
    certificates.add(signer.certificate());
    try {
      for (X509Certificate certificate : certificates) {
        size += certificate.getEncoded().length;
      }
    } catch (CertificateEncodingException e) {
      throw new IllegalArgumentException("The signer's certificate chain cannot be encoded", e);
    }
    return size;
  }

  /** DSS's parameters, and whether the signing certificate was checked for this signature. */
  private static final class SigningParameters extends PAdESSignatureParameters {
    private static final long serialVersionUID = 1L;
    transient boolean signingCertificateChecked;
  }

  /**
   * DSS's service, checking the signing certificate (validity period, and revocation where asked)
   * once per signature: DSS checks it when computing the data to sign and again when putting the
   * signature in, with the same certificate, chain and signing date, so the second check can only
   * repeat the first (a twentieth of a B-B signature, mostly building a validation context).
   */
  private static final class CheckedOnceService extends PAdESService {
    private static final long serialVersionUID = 1L;

    CheckedOnceService(CommonCertificateVerifier verifier) {
      super(verifier);
    }

    @Override
    protected void assertSigningCertificateValid(AbstractSignatureParameters<?> parameters) {
      if (parameters instanceof SigningParameters signing && signing.signingCertificateChecked) {
        return;
      }
      super.assertSigningCertificateValid(parameters);
    }
  }

  /** The certificate holder's name as people read it, e.g. for "signed by". */
  public static String commonName(X509Certificate certificate) {
    return DSSASN1Utils.getHumanReadableName(new CertificateToken(certificate));
  }



}
