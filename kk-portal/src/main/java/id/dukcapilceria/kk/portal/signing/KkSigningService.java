package id.dukcapilceria.kk.portal.signing;

import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.shared.Sha256;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.portal.config.PortalConfig;
import id.dukcapilceria.kk.portal.health.PortalMetrics;
import id.dukcapilceria.kk.signature.pades.BatchSigner;
import id.dukcapilceria.kk.signature.pades.KkPadesSigner;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.signature.pki.KadisCredentials;
import id.dukcapilceria.kk.signature.render.KkDocument;
import id.dukcapilceria.kk.signature.render.KkPdfRenderer;
import id.dukcapilceria.kk.signature.render.PagePictures;
import id.dukcapilceria.kk.signature.verify.KkSignatureVerifier;
import id.dukcapilceria.kk.signature.verify.VerificationReport;
import id.dukcapilceria.kk.workflow.permohonan.PermohonanWorkflow.SignedPdf;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Wires kk-signature into the portal: renders a card, signs it with the Kadis's key opened by the
 * passphrase typed for this signing, and verifies signed PDFs against the trusted root. In demo
 * mode the PKI is the offline demo PKI created on first start under the data directory, and every
 * card carries the SPESIMEN marking.
 */
@ApplicationScoped
public class KkSigningService {

  static final boolean SIGNED_WITH_DEMO_PKI = true;

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
  private KkPadesSigner signer;
  private KkSignatureVerifier verifier;
  private id.dukcapilceria.kk.signature.timestamp.TimeStamps timeStamps;

  @PostConstruct
  void start() {
    pki = DemoPki.createOrOpen(config.dataDirectory().resolve("demo-pki"));
    renderer = new KkPdfRenderer();
    signer = new KkPadesSigner(pki);
    verifier = new KkSignatureVerifier(List.of(pki.rootCertificate()), null, issuedDocuments);
    timeStamps = new id.dukcapilceria.kk.signature.timestamp.TimeStamps(pki.tspSource(), List.of(pki.rootCertificate()));
  }

  /** Renders the card with a QR code to its verification page and signs it (PAdES, default level). */
  public SignedPdf signCard(KartuKeluarga kk, String verificationToken, char[] passphrase) {
    long started = System.nanoTime();
    byte[] unsigned = renderCard(kk, verificationToken);
    try (KadisCredentials credentials = pki.openKadisKey(passphrase)) {
      byte[] signed = signer.sign(unsigned, credentials, config.signatureLevel());
      metrics.signed(1, Duration.ofNanos(System.nanoTime() - started));
      return signedPdf(signed, credentials, verificationToken);
    }
  }

  /** The unsigned card, with the QR code that leads to its verification page. */
  public byte[] renderCard(KartuKeluarga kk, String verificationToken) {
    return renderer.render(document(kk, verificationToken));
  }

  /**
   * The card as the Kadis will sign it, drawn as a picture and marked across every page as an
   * unsigned preview: a phone shows a picture where it would not show a PDF, and a picture cannot
   * be passed off as a signed card. Its QR code leads to no card (the token is only issued at
   * signing), so the verification page answers "unknown" for it.
   */
  public byte[] previewPicture(KartuKeluarga kk) {
    return PagePictures.png(renderer.renderPreview(document(kk, PREVIEW_TOKEN)), PagePictures.DEFAULT_DPI);
  }

  private KkDocument document(KartuKeluarga kk, String verificationToken) {
    WilayahDirectory.RegionNames names = wilayah.hierarchyOf(kk.alamat().kodeDesa());
    return new KkDocument(
        kk,
        names.desa(),
        names.kecamatan(),
        names.kabupaten(),
        names.provinsi(),
        LocalDate.now(clock),
        config.namaKadis(),
        config.nipKadis(),
        config.baseUrl() + "/verifikasi.xhtml?t=" + verificationToken,
        // the only key this portal has is the demo PKI's: every card it signs is a specimen,
        // whatever kk.demo says, until a BSrE signer is configured
        SIGNED_WITH_DEMO_PKI);
  }

  /**
   * Opens the Kadis key with the passphrase typed once for a batch. The caller closes it.
   *
   * @throws id.dukcapilceria.kk.signature.pki.WrongPassphraseException before anything is signed
   */
  public KadisCredentials openKey(char[] passphrase) {
    return pki.openKadisKey(passphrase);
  }

  /**
   * Signs many rendered cards with one opened key on both cores (kk-signature's {@link
   * BatchSigner}); each document's outcome is told to {@code progress} as soon as it is known.
   */
  public List<BatchSigner.Result> signAll(
      List<byte[]> unsignedCards, KadisCredentials credentials, BatchSigner.Progress progress) {
    long started = System.nanoTime();
    List<BatchSigner.Result> results =
        new BatchSigner(signer).signAll(unsignedCards, credentials, config.signatureLevel(), progress);
    metrics.signed((int) results.stream().filter(BatchSigner.Result::isSigned).count(),
        Duration.ofNanos(System.nanoTime() - started));
    return results;
  }

  /** A signed card as the workflow records it. */
  public SignedPdf signedPdf(byte[] signed, KadisCredentials credentials, String verificationToken) {
    return new SignedPdf(signed, Sha256.hex(signed), KkPadesSigner.commonName(credentials.certificate()),
        verificationToken);
  }

  public VerificationReport verify(byte[] pdf) {
    return verifier.verify(pdf);
  }

  /** The time-stamp authority's RFC 3161 service for bytes that are not cards (the audit seals). */
  public id.dukcapilceria.kk.signature.timestamp.TimeStamps timeStamps() {
    return timeStamps;
  }

  public X509Certificate trustedRoot() {
    return pki.rootCertificate();
  }
}
