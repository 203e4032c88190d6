package id.dukcapilceria.kk.signature.verify;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDefaultObjectFactory;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.simplereport.jaxb.XmlTimestamp;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import eu.europa.esig.dss.spi.x509.revocation.ocsp.OCSPSource;
import eu.europa.esig.dss.validation.policy.ValidationPolicyLoader;
import eu.europa.esig.dss.validation.reports.Reports;
import id.dukcapilceria.kk.signature.verify.dss.ConcurrentPageComparison;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Verifies the PAdES signatures of a KK with DSS and the default ETSI validation policy, trusting
 * only the given roots (the demo root, or later the Indonesian root used by BSrE). Nothing is
 * fetched: the document may come from anyone, so the chain is built from the roots and the
 * certificates the PDF carries, never from addresses it names.
 *
 * <p>Levels LT and LTA carry their own revocation data. B and T do not: verifying them offline
 * needs a revocation source, otherwise the result is INDETERMINATE.
 *
 * <p>Every check of DSS's modification detection runs: the object-level comparison of the signed
 * revision with the final document, annotation overlaps, added or removed pages, and the visual
 * comparison of every page, whose two renderings run side by side ({@link
 * ConcurrentPageComparison}). The policy is read once per verifier, and its cryptographic suites
 * are built once ({@link RememberedCryptographicSuites}); a verifier is thread-safe.
 */
public final class KkSignatureVerifier {

  private final List<X509Certificate> trustedRoots;
  private final OCSPSource ocspSource;
  private final CRLSource crlSource;
  private final IssuedDocuments issuedDocuments;
  private final ValidationPolicy policy;

  /** Verifier for self-contained (LT/LTA) signatures. */
  public KkSignatureVerifier(Collection<X509Certificate> trustedRoots) {
    this(trustedRoots, null);
  }

  /**
   * @param ocspSource revocation data for B and T signatures; may be null
   */
  public KkSignatureVerifier(Collection<X509Certificate> trustedRoots, OCSPSource ocspSource) {
    this(trustedRoots, ocspSource, null, IssuedDocuments.NONE);
  }

  /**
   * @param issuedDocuments this system's register of issued cards, to say which KK a document is
   *     and whether it is still active
   */
  public KkSignatureVerifier(
      Collection<X509Certificate> trustedRoots, OCSPSource ocspSource, IssuedDocuments issuedDocuments) {
    this(trustedRoots, ocspSource, null, issuedDocuments);
  }

  /**
   * @param ocspSource revocation data for B and T signatures; may be null
   * @param crlSource revocation lists, asked when OCSP gives no answer; may be null
   * @param issuedDocuments this system's register of issued cards
   */
  public KkSignatureVerifier(
      Collection<X509Certificate> trustedRoots,
      OCSPSource ocspSource,
      CRLSource crlSource,
      IssuedDocuments issuedDocuments) {
    this.issuedDocuments = Objects.requireNonNull(issuedDocuments, "issuedDocuments");
    // no trusted root is allowed: every chain is then untrusted and the result INDETERMINATE
    this.trustedRoots = List.copyOf(trustedRoots);
    this.ocspSource = ocspSource;
    this.crlSource = crlSource;
    this.policy = RememberedCryptographicSuites.of(ValidationPolicyLoader.fromDefaultValidationPolicy().create());
  }

  public VerificationReport verify(byte[] pdf) {
    Objects.requireNonNull(pdf, "pdf");
    if (!looksLikePdf(pdf)) {
      throw new InvalidPdfException("Berkas bukan dokumen PDF.", null);
    }
    Reports reports;
    try {
      DSSDocument document = new InMemoryDocument(pdf, "kk.pdf");
      PDFDocumentValidator validator = new PDFDocumentValidator(document);
      validator.setCertificateVerifier(certificateVerifier());
      PdfBoxDefaultObjectFactory pdfObjects = new PdfBoxDefaultObjectFactory();
      pdfObjects.setPdfDifferencesFinder(new ConcurrentPageComparison());
      validator.setPdfObjFactory(pdfObjects);
      reports = validator.validateDocument(policy);
    } catch (RuntimeException e) {
      throw new InvalidPdfException("Berkas PDF rusak atau tidak dapat dibaca.", e);
    }
    IssuedDocuments.IssuedDocument issued =
        issuedDocuments.find(id.dukcapilceria.kk.domain.shared.Sha256.hex(pdf)).orElse(null);
    return summarise(reports, issued);
  }

  private CommonCertificateVerifier certificateVerifier() {
    CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
    trustedRoots.forEach(root -> trusted.addCertificate(new CertificateToken(root)));
    CommonCertificateVerifier verifier = new CommonCertificateVerifier();
    verifier.setTrustedCertSources(trusted);
    verifier.setOcspSource(ocspSource);
    verifier.setCrlSource(crlSource);
    // Offline: DSS would otherwise download the issuers named in a certificate's AIA extension.
    // The PDF being checked comes from anyone (the public page), so what it names must not make
    // this server connect anywhere (a local address, a slow listener, file:///dev/zero). The
    // chain is built from the trusted roots and the certificates the PDF carries; OCSP and CRLs
    // only from the sources given here, which are in-process.
    verifier.setAIASource(null);
    return verifier;
  }

  /** The PDF header must appear within the first 1024 bytes (ISO 32000-1, implementation note). */
  public static boolean looksLikePdf(byte[] pdf) {
    String start =
        new String(pdf, 0, Math.min(pdf.length, 1024), StandardCharsets.ISO_8859_1);
    return start.contains("%PDF-");
  }

  private static VerificationReport summarise(Reports reports, IssuedDocuments.IssuedDocument issued) {
    SimpleReport simple = reports.getSimpleReport();
    Supplier<String> simpleXml = reports::getXmlSimpleReport;
    Supplier<String> detailedXml = reports::getXmlDetailedReport;
    List<String> ids = simple.getSignatureIdList();
    if (ids.isEmpty()) {
      return new VerificationReport(0, Indication.NO_SIGNATURE, "NO_SIGNATURE_FOUND", null, null, null,
          simpleXml, detailedXml, SignatureChecks.NONE, issued);
    }
    String worst =
        ids.stream().max(Comparator.comparingInt(id -> severity(of(simple, id)))).orElseThrow();
    var subIndication = simple.getSubIndication(worst);
    var format = simple.getSignatureFormat(worst);
    return new VerificationReport(
        ids.size(),
        of(simple, worst),
        subIndication == null ? null : subIndication.name(),
        simple.getSignedBy(worst),
        signingTime(simple, worst),
        format == null ? null : format.toString(),
        simpleXml,
        detailedXml,
        checks(reports.getDiagnosticData().getSignatureById(worst)),
        issued);
  }

  private static SignatureChecks checks(SignatureWrapper signature) {
    if (signature == null) {
      return SignatureChecks.NONE;
    }
    boolean trusted = signature.getCertificateChain().stream().anyMatch(CertificateWrapper::isTrusted);
    String revocation = "UNKNOWN";
    CertificateWrapper signer = signature.getSigningCertificate();
    if (signer != null && !signer.getCertificateRevocationData().isEmpty()) {
      revocation = signer.getCertificateRevocationData().stream().anyMatch(r -> r.isRevoked()) ? "REVOKED" : "GOOD";
    }
    return new SignatureChecks(
        signature.isSignatureIntact() && signature.isSignatureValid(),
        trusted,
        revocation,
        signature.arePdfModificationsDetected() || !signature.getPdfUndefinedChanges().isEmpty());
  }

  private static Indication of(SimpleReport simple, String id) {
    eu.europa.esig.dss.enumerations.Indication indication = simple.getIndication(id);
    if (indication == null) {
      return Indication.INDETERMINATE;
    }
    return switch (indication) {
      case TOTAL_PASSED, PASSED -> Indication.TOTAL_PASSED;
      case TOTAL_FAILED, FAILED -> Indication.TOTAL_FAILED;
      case NO_SIGNATURE_FOUND -> Indication.NO_SIGNATURE;
      default -> Indication.INDETERMINATE;
    };
  }

  private static int severity(Indication indication) {
    return switch (indication) {
      case TOTAL_PASSED -> 0;
      case INDETERMINATE -> 1;
      case NO_SIGNATURE -> 2;
      case TOTAL_FAILED -> 3;
    };
  }

  private static Instant signingTime(SimpleReport simple, String id) {
    List<XmlTimestamp> timestamps = simple.getSignatureTimestamps(id);
    if (timestamps != null) {
      Date earliest =
          timestamps.stream()
              .map(XmlTimestamp::getProductionTime)
              .filter(Objects::nonNull)
              .min(Comparator.naturalOrder())
              .orElse(null);
      if (earliest != null) {
        return earliest.toInstant();
      }
    }
    Date claimed = simple.getSigningTime(id);
    return claimed == null ? null : claimed.toInstant();
  }
}
