package id.dukcapilceria.kk.signature.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.signature.pki.DemoPkiServices;
import id.dukcapilceria.kk.signature.pki.DemoToken;
import id.dukcapilceria.kk.signature.render.KkPdfRenderer;
import id.dukcapilceria.kk.signature.setup.SigningAuthorities;
import id.dukcapilceria.kk.signature.testdata.Commands;
import id.dukcapilceria.kk.signature.testdata.KkTestData;
import id.dukcapilceria.kk.signature.verify.Indication;
import id.dukcapilceria.kk.signature.verify.KkSignatureVerifier;
import id.dukcapilceria.kk.signature.verify.TrustAnchors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cards signed on a real PKCS#11 token: SoftHSM2, its token initialised here in a folder of this
 * build with the demo PKI's Kadis key ({@link DemoToken}; failsafe sets {@code SOFTHSM2_CONF}).
 */
class Pkcs11AuthorityIT {

  private static final Path LIBRARY = DemoToken.LIBRARY;
  private static final String PIN = "246810";
  private static final char[] PKI_PASSPHRASE = "token-uji-2026".toCharArray();
  private static final Signatory KADIS = new Signatory("KADIS UJI", "19700101 199001 1 001", null);

  private static DemoPki pki;
  private static DemoPkiServices services;
  private static Path work;

  /** The token's certificate names real OCSP and CRL addresses, served here, as a production one does. */
  @BeforeAll
  static void token() throws Exception {
    work = Path.of(System.getenv("SOFTHSM2_CONF")).getParent();
    services = DemoPkiServices.listen(0);
    pki = DemoPki.createWithServices(work.resolve("pki-" + System.nanoTime()), PKI_PASSPHRASE, services.base());
    services.answerFor(pki);
    DemoToken.create(pki, PKI_PASSPHRASE, PIN);
  }

  @AfterAll
  static void stop() {
    services.close();
  }

  private static SigningAuthority authority() {
    return SigningAuthorities.configured(Map.of(SigningAuthorities.AUTHORITY, "pkcs11",
        SigningAuthorities.PKCS11_LIBRARY, LIBRARY.toString()), pki);
  }

  @Test
  void cardsSignedOnTheTokenVerifyForUsPdfsigAndQpdfAtBtAndBlt() throws Exception {
    SigningAuthority authority = authority();
    assertEquals("pkcs11", authority.name());
    assertEquals(SignerStatus.READY, authority.status(KADIS));
    byte[] card = new KkPdfRenderer().render(KkTestData.document(true));
    // B-T carries no revocation data: it verifies with the demo PKI's OCSP responder; B-LT alone
    KkSignatureVerifier withRevocation = new KkSignatureVerifier(List.of(pki.rootCertificate()), pki.ocspSource());
    KkSignatureVerifier offline = new KkSignatureVerifier(List.of(pki.rootCertificate()));
    try (Authorisation pin = Authorisation.passphrase(PIN.toCharArray());
        SigningSession session = authority.open(KADIS, pin)) {
      assertFalse(session.signerName().isBlank());
      for (SignatureLevel level : List.of(SignatureLevel.PAdES_BASELINE_T, SignatureLevel.PAdES_BASELINE_LT)) {
        List<SigningSession.Result> results = session.signAll(List.of(card, card, card), level, (r, d, t) -> { });
        for (SigningSession.Result result : results) {
          assertTrue(result.isSigned(), String.valueOf(result.refusal()));
          KkSignatureVerifier verifier = level == SignatureLevel.PAdES_BASELINE_T ? withRevocation : offline;
          assertEquals(Indication.TOTAL_PASSED, verifier.verify(result.signed()).indication(), level.name());
        }
        Path file = Files.write(work.resolve(level.name() + ".pdf"), results.get(0).signed());
        assertTrue(Commands.succeeded("/usr/bin/pdfsig", file.toString()).contains("Signature is Valid"), level.name());
        assertTrue(Commands.succeeded("/usr/bin/qpdf", "--check", file.toString()).contains("No syntax or stream encoding errors found"));
      }
    }
  }

  @Test
  void withAProductionChainTheTokenSignsCardsThatAreNotSpecimensWithTimeStampsAndAnswersFetchedOverHttp()
      throws Exception {
    Path anchors = Files.writeString(work.resolve("anchors.pem"),
        TrustAnchors.pem(pki.rootCertificate(), pki.issuingCertificate()));
    SigningAuthority authority = SigningAuthorities.configured(Map.of(SigningAuthorities.AUTHORITY, "pkcs11",
        SigningAuthorities.PKCS11_LIBRARY, LIBRARY.toString(), SigningAuthorities.TRUST_ANCHORS, anchors.toString(),
        SigningAuthorities.TSA_URL, services.base().resolve("tsa").toString()), null);
    assertFalse(authority.issuesSpecimens());
    int stamps = services.calls("/tsa");
    int answers = services.calls("/ocsp");
    byte[] card = new KkPdfRenderer().render(KkTestData.document(false));
    try (Authorisation pin = Authorisation.passphrase(PIN.toCharArray());
        SigningSession session = authority.open(KADIS, pin)) {
      byte[] signed = session.sign(card, SignatureLevel.PAdES_BASELINE_LT);
      assertEquals(Indication.TOTAL_PASSED, new KkSignatureVerifier(List.of(pki.rootCertificate())).verify(signed).indication());
      Path file = Files.write(work.resolve("production-LT.pdf"), signed);
      assertTrue(Commands.succeeded("/usr/bin/pdfsig", file.toString()).contains("Signature is Valid"));
    }
    assertTrue(services.calls("/tsa") > stamps, "time-stamped by the configured authority over HTTP");
    assertTrue(services.calls("/ocsp") > answers, "the chain's status asked over HTTP");
  }

  @Test
  void aWrongPinOpensNothingAndAMissingModuleIsUnavailable() {
    try (Authorisation wrong = Authorisation.passphrase("000000".toCharArray())) {
      assertEquals(SigningRefusal.Reason.WRONG_AUTHORISATION,
          assertThrows(SigningRefusal.class, () -> authority().open(KADIS, wrong)).reason());
    }
    SigningAuthority missing = new Pkcs11Authority(Path.of("/tidak/ada/libpkcs11.so"), 0, pki.padesSigner(), true, 1);
    assertEquals(SignerStatus.UNAVAILABLE, missing.status(KADIS));
    try (Authorisation pin = Authorisation.passphrase(PIN.toCharArray())) {
      assertEquals(SigningRefusal.Reason.UNAVAILABLE,
          assertThrows(SigningRefusal.class, () -> missing.open(KADIS, pin)).reason());
    }
  }
}
