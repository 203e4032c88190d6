package id.dukcapilceria.kk.signature.bsre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import id.dukcapilceria.kk.signature.authority.Authorisation;
import id.dukcapilceria.kk.signature.authority.Signatory;
import id.dukcapilceria.kk.signature.authority.SignerStatus;
import id.dukcapilceria.kk.signature.authority.SigningAuthority;
import id.dukcapilceria.kk.signature.authority.SigningRefusal;
import id.dukcapilceria.kk.signature.authority.SigningSession;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.signature.render.KkDocument;
import id.dukcapilceria.kk.signature.render.KkPdfRenderer;
import id.dukcapilceria.kk.signature.render.SignatureBox;
import id.dukcapilceria.kk.signature.setup.SigningAuthorities;
import id.dukcapilceria.kk.signature.testdata.Commands;
import id.dukcapilceria.kk.signature.testdata.KkTestData;
import id.dukcapilceria.kk.signature.verify.Indication;
import id.dukcapilceria.kk.signature.verify.KkSignatureVerifier;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * BSrE's gateway over real HTTP: the simulator on a free port of this machine, the client as the
 * portal configures it. Every card that comes back is checked for what it must be; every error
 * BSrE gives, and those a gateway may make, reach the officer as a reason.
 */
class BsreAuthorityIT {

  private static final String NIK = "1305010101700001";
  private static final String NIK_NO_CERTIFICATE = "1305010101700002";
  private static final String NIK_UNKNOWN = "1305010101700003";
  private static final String PASSPHRASE = "rahasia-bsre-2026";
  private static final char[] PKI_PASSPHRASE = "simulator-2026".toCharArray();

  @TempDir static Path dir;
  private static DemoPki pki;
  private static BsreSimulator simulator;
  private static URI gateway;
  private static byte[] card;

  @BeforeAll
  static void start() throws IOException {
    pki = DemoPki.createOrOpen(dir.resolve("pki"), PKI_PASSPHRASE);
    simulator = new BsreSimulator(pki, PKI_PASSPHRASE, "kk-portal", "gateway-secret")
        .officer(NIK, PASSPHRASE).officerWithoutCertificate(NIK_NO_CERTIFICATE);
    gateway = simulator.start(0);
    card = new KkPdfRenderer().render(KkTestData.document(true));
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @AfterEach
  void normal() {
    simulator.fault(BsreSimulator.Fault.NONE);
    simulator.delay(Duration.ZERO);
  }

  private static SigningAuthority authority(String name, Map<String, String> more) {
    Map<String, String> settings = new HashMap<>(Map.of(SigningAuthorities.AUTHORITY, name,
        SigningAuthorities.BSRE_URL, gateway.toString(), SigningAuthorities.BSRE_USER, "kk-portal",
        SigningAuthorities.BSRE_PASSWORD, "gateway-secret", SigningAuthorities.BSRE_FILES_PER_CALL, "2"));
    settings.putAll(more);
    return SigningAuthorities.configured(settings, pki);
  }

  private static Signatory officer(String nik) {
    return new Signatory("KADIS UJI", "19700101 199001 1 001", nik);
  }

  private static List<SigningSession.Result> sign(SigningAuthority authority, String passphrase, int cards,
      SignatureLevel level) {
    try (Authorisation authorisation = Authorisation.passphrase(passphrase.toCharArray());
        SigningSession session = authority.open(officer(NIK), authorisation)) {
      return session.signAll(java.util.Collections.nCopies(cards, card), level, (r, d, t) -> { });
    }
  }

  @ParameterizedTest
  @EnumSource(value = BsreAuthority.Api.class)
  void cardsSignedThroughTheGatewayVerifyAtBtAndAreRaisedToBlt(BsreAuthority.Api api) throws Exception {
    SigningAuthority authority = authority(api == BsreAuthority.Api.V1 ? "bsre-v1" : "bsre-v2", Map.of());
    assertEquals(SignerStatus.READY, authority.status(officer(NIK)));
    assertTrue(authority.issuesSpecimens(), "the simulator signs with the demo PKI");
    KkSignatureVerifier withRevocation = new KkSignatureVerifier(List.of(pki.rootCertificate()), pki.ocspSource());
    KkSignatureVerifier offline = new KkSignatureVerifier(List.of(pki.rootCertificate()));
    for (SignatureLevel level : List.of(SignatureLevel.PAdES_BASELINE_T, SignatureLevel.PAdES_BASELINE_LT)) {
      List<SigningSession.Result> results = sign(authority, PASSPHRASE, 3, level);
      for (SigningSession.Result result : results) {
        assertTrue(result.isSigned(), String.valueOf(result.refusal()));
        var report = (level == SignatureLevel.PAdES_BASELINE_T ? withRevocation : offline).verify(result.signed());
        assertEquals(Indication.TOTAL_PASSED, report.indication(), api + " " + level);
        assertEquals(level == SignatureLevel.PAdES_BASELINE_T ? "PAdES-BASELINE-T" : "PAdES-BASELINE-LT", report.level());
      }
      Path file = Files.write(dir.resolve(api + "-" + level + ".pdf"), results.get(0).signed());
      assertTrue(Commands.output("/usr/bin/pdfsig", file.toString()).contains("Signature is Valid"), api + " " + level);
      assertTrue(Commands.output("/usr/bin/qpdf", "--check", file.toString()).contains("No syntax or stream encoding errors found"));
    }
  }

  @ParameterizedTest
  @CsvSource({"bsre-v1,tag", "bsre-v1,coordinates", "bsre-v2,tag", "bsre-v2,coordinates", "bsre-v2,invisible"})
  void aVisibleSignatureIsTheQrCodeOfTheCardsLinkInTheSignatureBox(String name, String mode) throws Exception {
    SigningAuthority authority = authority(name, Map.of(SigningAuthorities.BSRE_APPEARANCE, mode));
    assertEquals(mode.equals("tag") ? Optional.of("[qr_bsre]") : Optional.empty(), authority.signatureTag());
    KkDocument document = KkTestData.document(true);
    byte[] rendered = new KkPdfRenderer(authority.signatureTag().orElse(null)).render(document);
    byte[] signed;
    try (Authorisation passphrase = Authorisation.passphrase(PASSPHRASE.toCharArray());
        SigningSession session = authority.open(officer(NIK), passphrase)) {
      List<SigningSession.Result> results =
          session.signAll(List.of(rendered, rendered), SignatureLevel.PAdES_BASELINE_LT, (r, d, t) -> { });
      assertTrue(results.stream().allMatch(SigningSession.Result::isSigned), String.valueOf(results.get(0).refusal()));
      signed = results.get(1).signed();
    }
    assertEquals(Indication.TOTAL_PASSED, new KkSignatureVerifier(List.of(pki.rootCertificate())).verify(signed).indication());
    try (PDDocument pdf = Loader.loadPDF(signed)) {
      PDSignatureField field = (PDSignatureField) pdf.getDocumentCatalog().getAcroForm().getFields().stream()
          .filter(PDSignatureField.class::isInstance).findFirst().orElseThrow();
      PDAnnotationWidget widget = field.getWidgets().get(0);
      PDRectangle where = widget.getRectangle();
      if (mode.equals("invisible")) {
        assertEquals(0f, where.getWidth(), "an invisible signature has no place on the page");
        return;
      }
      // the stamp's top-left corner is the signature box's, whose height it takes as its side
      SignatureBox box = KkPdfRenderer.signatureBox();
      float pageHeight = pdf.getPage(0).getMediaBox().getHeight();
      assertEquals(box.x(), where.getLowerLeftX(), 1.5f, mode);
      assertEquals(pageHeight - box.y(), where.getUpperRightY(), 1.5f, mode);
      assertEquals(box.height(), where.getHeight(), 1.5f, mode);
      assertEquals(document.verificationUrl(), qrCodeIn(widget.getNormalAppearanceStream().getResources()),
          "the stamp is the QR code of the card's own link");
    }
  }

  /** Decodes the first picture found in the appearance (or a form inside it) as a QR code. */
  private static String qrCodeIn(PDResources resources) throws Exception {
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDImageXObject image) {
        BufferedImage picture = image.getImage();
        int[] pixels = picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0, picture.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
            new RGBLuminanceSource(picture.getWidth(), picture.getHeight(), pixels)))).getText();
      }
      if (object instanceof PDFormXObject form && form.getResources() != null) {
        String inside = qrCodeIn(form.getResources());
        if (inside != null) {
          return inside;
        }
      }
    }
    return null;
  }

  @Test
  void aOneTimeCodeSignsOneCardOnlyWhenTheSignatureIsVisible() {
    SigningAuthority authority = authority("bsre-v2", Map.of(SigningAuthorities.BSRE_APPEARANCE, "coordinates"));
    simulator.oneTimeCode(NIK, "731904");
    int before = simulator.signCalls();
    try (Authorisation code = new Authorisation(Authorisation.Kind.ONE_TIME_CODE, "731904".toCharArray());
        SigningSession session = authority.open(officer(NIK), code)) {
      List<SigningSession.Result> results = session.signAll(List.of(card, card), SignatureLevel.PAdES_BASELINE_T, (r, d, t) -> { });
      assertTrue(results.stream().allMatch(r -> r.refusal().reason() == SigningRefusal.Reason.ONE_CARD_PER_CODE));
    }
    assertEquals(before, simulator.signCalls(), "nothing was sent, and the code is still good");
    try (Authorisation code = new Authorisation(Authorisation.Kind.ONE_TIME_CODE, "731904".toCharArray());
        SigningSession session = authority.open(officer(NIK), code)) {
      assertTrue(session.signAll(List.of(card), SignatureLevel.PAdES_BASELINE_T, (r, d, t) -> { }).get(0).isSigned());
    }
  }

  @ParameterizedTest
  @EnumSource(value = BsreAuthority.Api.class)
  void eachOfBsresRefusalsReachesTheOfficerAsItsReason(BsreAuthority.Api api) {
    SigningAuthority authority = authority(api == BsreAuthority.Api.V1 ? "bsre-v1" : "bsre-v2",
        Map.of(SigningAuthorities.BSRE_FILES_PER_CALL, "1"));
    int before = simulator.signCalls();
    List<SigningSession.Result> wrong = sign(authority, "salah", 3, SignatureLevel.PAdES_BASELINE_T);
    assertTrue(wrong.stream().allMatch(r -> r.refusal().reason() == SigningRefusal.Reason.WRONG_AUTHORISATION));
    assertEquals(before + 1, simulator.signCalls(), "one call told the wrong passphrase; the other cards were not sent");

    try (Authorisation passphrase = Authorisation.passphrase(PASSPHRASE.toCharArray())) {
      assertEquals(SigningRefusal.Reason.NOT_REGISTERED, assertThrows(SigningRefusal.class,
          () -> authority.open(officer(NIK_UNKNOWN), passphrase)).reason());
      assertEquals(SigningRefusal.Reason.NO_CERTIFICATE, assertThrows(SigningRefusal.class,
          () -> authority.open(officer(NIK_NO_CERTIFICATE), passphrase)).reason());
    }
    assertEquals(SignerStatus.NOT_REGISTERED, authority.status(officer(NIK_UNKNOWN)));
    assertEquals(SignerStatus.NO_CERTIFICATE, authority.status(officer(NIK_NO_CERTIFICATE)));
  }

  @ParameterizedTest
  @EnumSource(value = BsreAuthority.Api.class)
  void aReturnedCardThatIsNotOursOrNotTheOfficersIsRefused(BsreAuthority.Api api) {
    SigningAuthority authority = authority(api == BsreAuthority.Api.V1 ? "bsre-v1" : "bsre-v2", Map.of());
    for (BsreSimulator.Fault fault : List.of(BsreSimulator.Fault.CHANGED_DOCUMENT, BsreSimulator.Fault.OTHER_SIGNER)) {
      simulator.fault(fault);
      List<SigningSession.Result> results = sign(authority, PASSPHRASE, 2, SignatureLevel.PAdES_BASELINE_LT);
      for (SigningSession.Result result : results) {
        assertFalse(result.isSigned(), fault.name());
        assertEquals(SigningRefusal.Reason.RETURNED_DOCUMENT_REFUSED, result.refusal().reason(), fault.name());
      }
    }
    simulator.fault(BsreSimulator.Fault.SERVER_ERROR);
    assertEquals(SigningRefusal.Reason.UNAVAILABLE,
        sign(authority, PASSPHRASE, 1, SignatureLevel.PAdES_BASELINE_T).get(0).refusal().reason());
  }

  @org.junit.jupiter.api.Test
  void aOneTimeCodeFromBeSignSignsTheWholeBatchInOneCallAndOnlyOnce() {
    SigningAuthority v2 = authority("bsre-v2", Map.of(SigningAuthorities.BSRE_FILES_PER_CALL, "1"));
    SigningAuthority v1 = authority("bsre-v1", Map.of());
    assertTrue(v2.acceptsOneTimeCodes());
    assertFalse(v1.acceptsOneTimeCodes());
    simulator.oneTimeCode(NIK, "482913");
    int before = simulator.signCalls();
    try (Authorisation code = new Authorisation(Authorisation.Kind.ONE_TIME_CODE, "482913".toCharArray());
        SigningSession session = v2.open(officer(NIK), code)) {
      List<SigningSession.Result> results =
          session.signAll(java.util.Collections.nCopies(3, card), SignatureLevel.PAdES_BASELINE_LT, (r, d, t) -> { });
      assertTrue(results.stream().allMatch(SigningSession.Result::isSigned), results.toString());
      assertEquals(before + 1, simulator.signCalls(), "three cards, one call, although one file per call is configured");
      SigningRefusal again = assertThrows(SigningRefusal.class, () -> session.sign(card, SignatureLevel.PAdES_BASELINE_T));
      assertEquals(SigningRefusal.Reason.WRONG_AUTHORISATION, again.reason(), "the code is used up");
    }
    try (Authorisation code = new Authorisation(Authorisation.Kind.ONE_TIME_CODE, "482913".toCharArray())) {
      assertEquals(SigningRefusal.Reason.WRONG_AUTHORISATION,
          assertThrows(SigningRefusal.class, () -> v1.open(officer(NIK), code)).reason(), "v1 takes a passphrase only");
    }
  }

  @ParameterizedTest
  @EnumSource(value = BsreAuthority.Api.class)
  void aSilentGatewayIsAnUnknownOutcomeAndIsNotAskedAgain(BsreAuthority.Api api) throws InterruptedException {
    SigningAuthority authority = authority(api == BsreAuthority.Api.V1 ? "bsre-v1" : "bsre-v2",
        Map.of(SigningAuthorities.BSRE_READ_TIMEOUT, "2"));
    try (Authorisation passphrase = Authorisation.passphrase(PASSPHRASE.toCharArray());
        SigningSession session = authority.open(officer(NIK), passphrase)) {
      simulator.delay(Duration.ofSeconds(4));
      int before = simulator.signCalls();
      long started = System.nanoTime();
      SigningSession.Result result = session.signAll(List.of(card), SignatureLevel.PAdES_BASELINE_T, (r, d, t) -> { }).get(0);
      assertEquals(SigningRefusal.Reason.OUTCOME_UNKNOWN, result.refusal().reason());
      assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(4), "the read timeout, not the gateway, decides");
      // the gateway reads the call once its delay is over; a retry would be a second call
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (simulator.signCalls() == before && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      Thread.sleep(1_000);
      simulator.delay(Duration.ZERO);
      assertEquals(before + 1, simulator.signCalls(), "no retry of a call whose outcome is unknown");
    }
  }

  @ParameterizedTest
  @EnumSource(value = BsreAuthority.Api.class)
  void aGatewayThatRefusesThisSystemOrIsNotThereIsUnavailable(BsreAuthority.Api api) throws IOException {
    String name = api == BsreAuthority.Api.V1 ? "bsre-v1" : "bsre-v2";
    SigningAuthority wrongAccount = authority(name, Map.of(SigningAuthorities.BSRE_PASSWORD, "bukan-ini"));
    assertEquals(SignerStatus.UNAVAILABLE, wrongAccount.status(officer(NIK)));
    int free;
    try (ServerSocket socket = new ServerSocket(0)) {
      free = socket.getLocalPort();
    }
    SigningAuthority nobody = authority(name, Map.of(SigningAuthorities.BSRE_URL, "http://127.0.0.1:" + free + "/"));
    try (Authorisation passphrase = Authorisation.passphrase(PASSPHRASE.toCharArray())) {
      assertEquals(SigningRefusal.Reason.UNAVAILABLE,
          assertThrows(SigningRefusal.class, () -> wrongAccount.open(officer(NIK), passphrase)).reason());
      assertEquals(SigningRefusal.Reason.UNAVAILABLE,
          assertThrows(SigningRefusal.class, () -> nobody.open(officer(NIK), passphrase)).reason());
    }
  }
}
