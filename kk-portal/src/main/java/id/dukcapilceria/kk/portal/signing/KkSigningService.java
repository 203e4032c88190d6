package id.dukcapilceria.kk.portal.signing;

import id.dukcapilceria.kk.domain.kartukeluarga.CardChanges;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.pejabat.SigningOfficial;
import id.dukcapilceria.kk.domain.shared.Sha256;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.portal.config.PortalConfig;
import id.dukcapilceria.kk.portal.health.PortalMetrics;
import id.dukcapilceria.kk.signature.authority.Authorisation;
import id.dukcapilceria.kk.signature.authority.Signatory;
import id.dukcapilceria.kk.signature.authority.SigningAuthority;
import id.dukcapilceria.kk.signature.authority.SigningRefusal;
import id.dukcapilceria.kk.signature.authority.SigningSession;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.signature.render.KkDocument;
import id.dukcapilceria.kk.signature.render.KkPdfRenderer;
import id.dukcapilceria.kk.signature.render.PagePictures;
import id.dukcapilceria.kk.signature.setup.SigningAuthorities;
import id.dukcapilceria.kk.signature.verify.KkSignatureVerifier;
import id.dukcapilceria.kk.signature.verify.TrustAnchors;
import id.dukcapilceria.kk.signature.verify.VerificationReport;
import id.dukcapilceria.kk.workflow.sop.PermohonanSteps.SignedPdf;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Wires kk-signature into the portal: renders a card, has it signed by the configured signing
 * authority ({@code kk.signing.authority}; kk-signature's {@link SigningAuthorities} makes it, the
 * portal never names one) in a session opened with the passphrase typed for this signing, and
 * verifies signed PDFs against the trusted root. The demo PKI, created on first start under the
 * data directory, is the trust anchor and time-stamp authority of the demo, and its key the default
 * authority's: every card that key signs carries the SPESIMEN marking.
 */
@ApplicationScoped
public class KkSigningService {

  private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(KkSigningService.class.getName());

  /** In a preview's QR code: no issued token is this short (they are 32 random characters). */
  static final String PREVIEW_TOKEN = "pratinjau";

  /**
   * The largest PDF that anyone may have verified without signing in (the public page and the
   * API): a signed KK is a few hundred kilobytes; anything far larger is not one.
   */
  public static final int PUBLIC_VERIFICATION_MAX_BYTES = 10 * 1024 * 1024;

  @Inject PortalConfig config;
  @Inject Clock clock;
  @Inject WilayahDirectory wilayah;
  @Inject IssuedDocumentRegister issuedDocuments;
  @Inject PortalMetrics metrics;

  private DemoPki pki;
  private KkPdfRenderer renderer;
  private SigningAuthority authority;
  private List<X509Certificate> trustedRoots;
  private KkSignatureVerifier verifier;
  private id.dukcapilceria.kk.signature.timestamp.TimeStamps timeStamps;

  /**
   * The kk.signing.* settings as configured: each key looked up by name, so that MicroProfile
   * Config finds it as a system property or as an environment variable (KK_SIGNING_BSRE_URL).
   */
  private static java.util.Map<String, String> signingSettings() {
    org.eclipse.microprofile.config.Config all = org.eclipse.microprofile.config.ConfigProvider.getConfig();
    java.util.Map<String, String> settings = new java.util.HashMap<>();
    for (String key : SigningAuthorities.KEYS) {
      all.getOptionalValue(key, String.class).ifPresent(value -> settings.put(key, value));
    }
    return settings;
  }

  @PostConstruct
  void start() {
    pki = DemoPki.createOrOpen(config.dataDirectory().resolve("demo-pki"));
    java.util.Map<String, String> settings = signingSettings();
    // the signatures name the office's regency as where they were made, unless configured otherwise
    settings.putIfAbsent(SigningAuthorities.LOCATION, config.issuingOffice().location());
    authority = SigningAuthorities.configured(settings, pki);
    if (!authority.issuesSpecimens() && config.namaKadis().contains("SPESIMEN")) {
      // a card under a real certificate would print the demo name above the signature
      throw new IllegalStateException("kk.kadis.nama must name the head of office when cards are signed with a"
          + " production certificate; it is " + config.namaKadis());
    }
    // an authority that stamps at a text tag (BSrE) finds it on the card
    renderer = new KkPdfRenderer(authority.signatureTag().orElse(null));
    LOG.info(() -> "Cards are signed by the signing authority " + authority.name()
        + (authority.issuesSpecimens() ? " (demo key: every card is a SPESIMEN)" : ""));
    // the portal verifies its own cards: without verification anchors of their own, those the
    // production certificate is signed under
    java.util.Optional<java.nio.file.Path> anchors = config.verificationTrustAnchors().or(() -> java.util.Optional
        .ofNullable(settings.get(SigningAuthorities.TRUST_ANCHORS)).map(String::strip).filter(f -> !f.isEmpty())
        .map(java.nio.file.Path::of));
    trustedRoots = anchors.map(TrustAnchors::fromFile).orElse(List.of(pki.rootCertificate()));
    LOG.info(() -> "Signed cards are verified against " + anchors
        .map(file -> trustedRoots.size() + " trust anchor(s) from " + file)
        .orElse("the demo PKI's root (kk.verification.trust-anchors not set)"));
    verifier = new KkSignatureVerifier(trustedRoots, null, issuedDocuments);
    timeStamps = SigningAuthorities.timeStamps(settings, pki);
  }

  /** The unsigned card, with the QR code that leads to its verification page, and who signs it. */
  public byte[] renderCard(KartuKeluarga kk, String verificationToken, SigningOfficial official) {
    return renderer.render(document(kk, verificationToken, official));
  }

  /**
   * The card as the Kadis will sign it, drawn as a picture and marked across every page as an
   * unsigned preview: a phone shows a picture where it would not show a PDF, and a picture cannot
   * be passed off as a signed card. Its QR code leads to no card (the token is only issued at
   * signing), so the verification page answers "unknown" for it.
   *
   * @param changes what the card changes on the family's active one, marked on the picture; {@code
   *     null} for a new family
   */
  public byte[] previewPicture(KartuKeluarga kk, SigningOfficial official, CardChanges changes) {
    return PagePictures.png(renderer.renderPreview(document(kk, PREVIEW_TOKEN, official), changes),
        PagePictures.DEFAULT_DPI);
  }

  private KkDocument document(KartuKeluarga kk, String verificationToken, SigningOfficial official) {
    WilayahDirectory.RegionNames names = wilayah.hierarchyOf(kk.alamat().kodeDesa());
    return new KkDocument(
        kk,
        names.desa(),
        names.kecamatan(),
        names.kabupaten(),
        names.provinsi(),
        LocalDate.now(clock),
        official,
        config.issuingOffice(),
        config.baseUrl() + "/verifikasi.xhtml?t=" + verificationToken,
        // a card signed with the demo key says so on its face, whatever kk.demo says; only one
        // signed with a BSrE certificate claims it in its footer
        authority.issuesSpecimens() ? KkDocument.Certificate.DEMO
            : authority.certifiedByBsre() ? KkDocument.Certificate.BSRE : KkDocument.Certificate.OTHER);
  }

  /**
   * Opens a signing session for {@code official} (the head of office, or the Plh./Plt. who signs;
   * {@code nik} is theirs at BSrE, if known) with the passphrase or one-time code they typed
   * (wiped here), at the configured signing authority. The caller closes it.
   *
   * @throws SigningRefusal before anything is signed, e.g. for a wrong passphrase
   */
  public SigningSession openSession(SigningOfficial official, String nik, Authorisation.Kind kind, char[] secret) {
    try (Authorisation authorisation = new Authorisation(kind, secret)) {
      return authority.open(new Signatory(official.name(), official.nip(), nik), authorisation);
    } finally {
      java.util.Arrays.fill(secret, '\0');
    }
  }

  /** Whether the officer may type a one-time code (BSrE's BeSign app) instead of the passphrase. */
  public boolean acceptsOneTimeCodes() {
    return authority.acceptsOneTimeCodes();
  }

  /** The configured signing authority's name ({@code pkcs12}, {@code pkcs11}, {@code bsre-v1}, {@code bsre-v2}). */
  public String authorityName() {
    return authority.name();
  }

  /**
   * Signs rendered cards in an open session at the configured level (in parallel where the
   * authority allows); each card's outcome is told to {@code progress} as soon as it is known.
   */
  public List<SigningSession.Result> signAll(
      List<byte[]> unsignedCards, SigningSession session, SigningSession.Progress progress) {
    long started = System.nanoTime();
    List<SigningSession.Result> results = session.signAll(unsignedCards, config.signatureLevel(), progress);
    metrics.signed((int) results.stream().filter(SigningSession.Result::isSigned).count(),
        Duration.ofNanos(System.nanoTime() - started));
    return results;
  }

  /**
   * A signed card as the workflow records it. The signer is the certificate's name; for an acting
   * official also the capacity and name printed on the card, so that the buku register says who
   * signed for whom.
   */
  public SignedPdf signedPdf(byte[] signed, SigningSession session, String verificationToken, SigningOfficial official) {
    String signer = official.isActing()
        ? official.capacity().before("Kepala Dinas") + " " + official.name() + " (sertifikat: " + session.signerName() + ")"
        : session.signerName();
    return new SignedPdf(signed, Sha256.hex(signed), signer.length() > 200 ? signer.substring(0, 200) : signer,
        verificationToken);
  }

  public VerificationReport verify(byte[] pdf) {
    return verifier.verify(pdf);
  }

  /** The time-stamp authority's RFC 3161 service for bytes that are not cards (the audit seals). */
  public id.dukcapilceria.kk.signature.timestamp.TimeStamps timeStamps() {
    return timeStamps;
  }

  /**
   * The certificates cards are verified against: those of {@code kk.verification.trust-anchors}
   * (Root CA Indonesia and BSrE's issuing certificate for BSrE's cards), else the demo PKI's root.
   */
  public List<X509Certificate> trustedRoots() {
    return trustedRoots;
  }

  /** The first trust anchor: the one the public page offers for download (Adobe Reader). */
  public X509Certificate trustedRoot() {
    return trustedRoots.get(0);
  }
}
