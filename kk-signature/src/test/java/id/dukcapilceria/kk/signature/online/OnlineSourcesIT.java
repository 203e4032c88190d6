package id.dukcapilceria.kk.signature.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.spi.exception.DSSExternalResourceException;
import id.dukcapilceria.kk.signature.authority.Authorisation;
import id.dukcapilceria.kk.signature.authority.LocalKeyAuthority;
import id.dukcapilceria.kk.signature.authority.Signatory;
import id.dukcapilceria.kk.signature.authority.SigningAuthority;
import id.dukcapilceria.kk.signature.authority.SigningRefusal;
import id.dukcapilceria.kk.signature.authority.SigningSession;
import id.dukcapilceria.kk.signature.bsre.BsreSimulator;
import id.dukcapilceria.kk.signature.pades.KkPadesSigner;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.signature.pki.DemoPkiServices;
import id.dukcapilceria.kk.signature.render.KkPdfRenderer;
import id.dukcapilceria.kk.signature.setup.SigningAuthorities;
import id.dukcapilceria.kk.signature.testdata.Commands;
import id.dukcapilceria.kk.signature.testdata.KkTestData;
import id.dukcapilceria.kk.signature.timestamp.TimeStamps;
import id.dukcapilceria.kk.signature.verify.Indication;
import id.dukcapilceria.kk.signature.verify.KkSignatureVerifier;
import id.dukcapilceria.kk.signature.verify.TrustAnchors;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Signing for a production certificate: its chain, officer and time-stamp authority configured as
 * for BSrE under Root CA Indonesia, every time stamp and revocation answer fetched over real HTTP
 * from the addresses its certificates name ({@link DemoPkiServices} stands in for BSrE's services),
 * and nothing fetched from any other address.
 */
class OnlineSourcesIT {

  private static final String NIK = "1305010101700001";
  private static final String PASSPHRASE = "rahasia-bsre-2026";
  private static final char[] PKI_PASSPHRASE = "produksi-uji-2026".toCharArray();
  private static final Signatory KADIS = new Signatory("KADIS UJI", "19700101 199001 1 001", NIK);

  @TempDir static Path dir;
  private static DemoPkiServices services;
  private static DemoPki pki;
  private static BsreSimulator simulator;
  private static URI gateway;
  private static Path anchors;
  private static Path officer;
  private static byte[] card;

  @BeforeAll
  static void start() throws IOException {
    services = DemoPkiServices.listen(0);
    pki = DemoPki.createWithServices(dir.resolve("pki"), PKI_PASSPHRASE, services.base());
    services.answerFor(pki).timeStampAccount("kk-portal", "tsa-rahasia");
    simulator = new BsreSimulator(pki, PKI_PASSPHRASE, "kk-portal", "gateway-secret").officer(NIK, PASSPHRASE);
    gateway = simulator.start(0);
    anchors = Files.writeString(dir.resolve("anchors.pem"), TrustAnchors.pem(pki.rootCertificate(), pki.issuingCertificate()));
    officer = Files.writeString(dir.resolve("officer.pem"), TrustAnchors.pem(pki.kadisCertificate()));
    card = new KkPdfRenderer().render(KkTestData.document(true));
  }

  @AfterAll
  static void stop() {
    simulator.close();
    services.close();
  }

  private static Map<String, String> production(String authority) {
    Map<String, String> settings = new HashMap<>(Map.of(SigningAuthorities.AUTHORITY, authority,
        SigningAuthorities.BSRE_URL, gateway.toString(), SigningAuthorities.BSRE_USER, "kk-portal",
        SigningAuthorities.BSRE_PASSWORD, "gateway-secret", SigningAuthorities.TRUST_ANCHORS, anchors.toString(),
        SigningAuthorities.OFFICER_CERTIFICATE, officer.toString(),
        SigningAuthorities.TSA_URL, services.base().resolve("tsa").toString()));
    settings.put(SigningAuthorities.TSA_USER, "kk-portal");
    settings.put(SigningAuthorities.TSA_PASSWORD, "tsa-rahasia");
    return settings;
  }

  /** The demo PKI's own in-process sources are never given: what is not fetched is missing. */
  private static SigningAuthority configured(Map<String, String> settings) {
    return SigningAuthorities.configured(settings, null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"bsre-v1", "bsre-v2"})
  void bsreCardsAreExtendedWithAnswersFetchedOverHttpAndAreNotSpecimens(String name) throws Exception {
    SigningAuthority authority = configured(production(name));
    assertFalse(authority.issuesSpecimens(), "a production certificate's cards are not specimens");
    KkSignatureVerifier offline = new KkSignatureVerifier(List.of(pki.rootCertificate()));
    KkSignatureVerifier online = new KkSignatureVerifier(List.of(pki.rootCertificate()), pki.ocspSource());
    for (SignatureLevel level : List.of(SignatureLevel.PAdES_BASELINE_T, SignatureLevel.PAdES_BASELINE_LT)) {
      int ocspBefore = services.calls("/ocsp");
      byte[] signed;
      try (Authorisation passphrase = Authorisation.passphrase(PASSPHRASE.toCharArray());
          SigningSession session = authority.open(KADIS, passphrase)) {
        SigningSession.Result result = session.signAll(List.of(card), level, (r, d, t) -> { }).get(0);
        assertTrue(result.isSigned(), String.valueOf(result.refusal()));
        signed = result.signed();
      }
      assertTrue(services.calls("/ocsp") > ocspBefore, "the officer's status was asked over HTTP at " + level);
      KkSignatureVerifier verifier = level == SignatureLevel.PAdES_BASELINE_LT ? offline : online;
      assertEquals(Indication.TOTAL_PASSED, verifier.verify(signed).indication(), name + " " + level);
      Path file = Files.write(dir.resolve(name + "-" + level.name() + ".pdf"), signed);
      assertTrue(Commands.output("/usr/bin/pdfsig", file.toString()).contains("Signature is Valid"), name + " " + level);
      Commands.succeeded("/usr/bin/qpdf", "--check", file.toString());
    }
  }

  @Test
  void aKeyHeldHereTimeStampsWithTheConfiguredAuthorityAndItsAccount() throws Exception {
    OnlineSources online = OnlineSources.of(services.base().resolve("tsa"), "kk-portal", "tsa-rahasia".toCharArray(),
        List.of(pki.rootCertificate(), pki.issuingCertificate(), pki.kadisCertificate()), List.of(), Duration.ofSeconds(10));
    KkPadesSigner signer = new KkPadesSigner(online.timeStamps(), online.ocsp(), online.crls(),
        List.of(pki.rootCertificate(), pki.issuingCertificate()));
    LocalKeyAuthority authority = new LocalKeyAuthority(pki::openKadisKey, signer, false, 2);
    int stampsBefore = services.calls("/tsa");
    try (Authorisation passphrase = Authorisation.passphrase(PKI_PASSPHRASE.clone());
        SigningSession session = authority.open(KADIS, passphrase)) {
      List<SigningSession.Result> results = session.signAll(List.of(card, card), SignatureLevel.PAdES_BASELINE_LT, (r, d, t) -> { });
      for (SigningSession.Result result : results) {
        assertTrue(result.isSigned(), String.valueOf(result.refusal()));
        assertEquals(Indication.TOTAL_PASSED,
            new KkSignatureVerifier(List.of(pki.rootCertificate())).verify(result.signed()).indication());
      }
    }
    assertTrue(services.calls("/tsa") >= stampsBefore + 2, "each card time-stamped over HTTP");

    OnlineSources wrongAccount = OnlineSources.of(services.base().resolve("tsa"), "kk-portal", "salah".toCharArray(),
        List.of(pki.rootCertificate(), pki.issuingCertificate(), pki.kadisCertificate()), List.of(), Duration.ofSeconds(10));
    LocalKeyAuthority refused = new LocalKeyAuthority(pki::openKadisKey, new KkPadesSigner(wrongAccount.timeStamps(),
        wrongAccount.ocsp(), wrongAccount.crls(), List.of(pki.rootCertificate(), pki.issuingCertificate())), false, 1);
    try (Authorisation passphrase = Authorisation.passphrase(PKI_PASSPHRASE.clone());
        SigningSession session = refused.open(KADIS, passphrase)) {
      SigningSession.Result result = session.signAll(List.of(card), SignatureLevel.PAdES_BASELINE_T, (r, d, t) -> { }).get(0);
      assertFalse(result.isSigned(), "no card without its time stamp");
      assertEquals(SigningRefusal.Reason.FAILED, result.refusal().reason());
    }
  }

  @Test
  void thisSystemsOwnSealsAreTimeStampedByTheConfiguredAuthority() {
    TimeStamps stamps = SigningAuthorities.timeStamps(production("bsre-v2"), null);
    int before = services.calls("/tsa");
    byte[] content = "segel jejak audit".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] token = stamps.stamp(content);
    assertEquals(before + 1, services.calls("/tsa"));
    assertTrue(stamps.verify(content, token).isBefore(java.time.Instant.now().plusSeconds(5)));
    DemoPki other = DemoPki.createOrOpen(dir.resolve("lain"), "lain".toCharArray());
    TimeStamps demo = SigningAuthorities.timeStamps(Map.of(), other);
    assertThrows(TimeStamps.InvalidTimeStampException.class, () -> stamps.verify(content, demo.stamp(content)),
        "a seal stamped by the demo authority is not trusted under the production chain");
  }

  @Test
  void nothingIsFetchedFromAnAddressOffTheAllowList() throws Exception {
    try (DemoPkiServices elsewhere = DemoPkiServices.listen(0)) {
      elsewhere.answerFor(pki);
      AllowedHostsLoader loader = new AllowedHostsLoader(Set.of(AllowedHostsLoader.originOf(services.base().toString())),
          Duration.ofSeconds(5), 100, null, null);
      String off = elsewhere.base().resolve("crl").toString();
      assertThrows(DSSExternalResourceException.class, () -> loader.get(off));
      assertThrows(DSSExternalResourceException.class, () -> loader.get("file:///etc/passwd"));
      assertThrows(DSSExternalResourceException.class, () -> loader.get("ldap://127.0.0.1/cn=x"));
      assertEquals(0, elsewhere.calls("/crl"), "the address off the list was never contacted");
      // on the list, but larger than the loader reads: refused, not read on
      assertThrows(DSSExternalResourceException.class, () -> loader.get(services.base().resolve("crl").toString()));
      assertTrue(new AllowedHostsLoader(Set.of(AllowedHostsLoader.originOf(services.base().toString())),
          Duration.ofSeconds(5), 1024 * 1024, null, null).get(services.base().resolve("crl").toString()).length > 0);
    }
    Map<String, String> settings = production("bsre-v2");
    settings.remove(SigningAuthorities.OFFICER_CERTIFICATE);
    IllegalArgumentException noOfficer = assertThrows(IllegalArgumentException.class, () -> configured(settings));
    assertTrue(noOfficer.getMessage().contains(SigningAuthorities.OFFICER_CERTIFICATE), noOfficer.getMessage());
    Map<String, String> demoKey = production("pkcs12");
    assertThrows(IllegalArgumentException.class, () -> configured(demoKey));
  }

  @Test
  void aCardSignedByAnotherCertificateOfTheSameChainIsRefused() throws Exception {
    Map<String, String> settings = production("bsre-v2");
    settings.put(SigningAuthorities.OFFICER_CERTIFICATE,
        Files.writeString(dir.resolve("other.pem"), TrustAnchors.pem(pki.tsaCertificate())).toString());
    try (Authorisation passphrase = Authorisation.passphrase(PASSPHRASE.toCharArray());
        SigningSession session = configured(settings).open(KADIS, passphrase)) {
      SigningSession.Result result = session.signAll(List.of(card), SignatureLevel.PAdES_BASELINE_LT, (r, d, t) -> { }).get(0);
      assertEquals(SigningRefusal.Reason.RETURNED_DOCUMENT_REFUSED, result.refusal().reason());
    }
  }
}
