package id.dukcapilceria.kk.signature.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.signature.render.KkPdfRenderer;
import id.dukcapilceria.kk.signature.testdata.KkTestData;
import id.dukcapilceria.kk.signature.verify.Indication;
import id.dukcapilceria.kk.signature.verify.KkSignatureVerifier;
import id.dukcapilceria.kk.signature.setup.SigningAuthorities;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKeyAuthorityTest {

  private static final char[] PASSPHRASE = "kunci-uji-2026".toCharArray();
  private static final Signatory KADIS = new Signatory("KADIS UJI", "19700101 199001 1 001", null);

  @TempDir static Path dir;
  private static DemoPki pki;
  private static SigningAuthority authority;

  @BeforeAll
  static void pki() {
    pki = DemoPki.createOrOpen(dir, PASSPHRASE);
    authority = SigningAuthorities.configured(Map.of(), pki);
  }

  @Test
  void theDefaultAuthorityIsTheDemoKeyWhoseCardsAreSpecimens() {
    assertEquals("pkcs12", authority.name());
    assertTrue(authority.issuesSpecimens());
    assertEquals(SignerStatus.READY, authority.status(KADIS));
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> SigningAuthorities.configured(Map.of(SigningAuthorities.AUTHORITY, "bsre-v9"), pki));
    assertTrue(unknown.getMessage().contains(SigningAuthorities.AUTHORITY), unknown.getMessage());
  }

  @Test
  void aWrongPassphraseOrAOneTimeCodeOpensNothing() {
    try (Authorisation wrong = Authorisation.passphrase("salah".toCharArray())) {
      assertEquals(SigningRefusal.Reason.WRONG_AUTHORISATION,
          assertThrows(SigningRefusal.class, () -> authority.open(KADIS, wrong)).reason());
    }
    try (Authorisation code = new Authorisation(Authorisation.Kind.ONE_TIME_CODE, "123456".toCharArray())) {
      assertEquals(SigningRefusal.Reason.WRONG_AUTHORISATION,
          assertThrows(SigningRefusal.class, () -> authority.open(KADIS, code)).reason());
    }
  }

  @Test
  void aSessionSignsEachCardAndRefusesTheOneThatIsNotACard() {
    byte[] card = new KkPdfRenderer().render(KkTestData.document(true));
    List<SigningSession.Result> results;
    String signer;
    try (Authorisation passphrase = Authorisation.passphrase(PASSPHRASE);
        SigningSession session = authority.open(KADIS, passphrase)) {
      signer = session.signerName();
      results = session.signAll(List.of(card, "bukan PDF".getBytes(StandardCharsets.US_ASCII), card),
          SignatureLevel.PAdES_BASELINE_LT, (r, done, total) -> { });
      SigningRefusal refusal = assertThrows(SigningRefusal.class,
          () -> session.sign("bukan PDF".getBytes(StandardCharsets.US_ASCII), SignatureLevel.PAdES_BASELINE_B));
      assertEquals(SigningRefusal.Reason.FAILED, refusal.reason());
    }
    assertFalse(signer.isBlank());
    KkSignatureVerifier verifier = new KkSignatureVerifier(List.of(pki.rootCertificate()));
    assertEquals(Indication.TOTAL_PASSED, verifier.verify(results.get(0).signed()).indication());
    assertEquals(Indication.TOTAL_PASSED, verifier.verify(results.get(2).signed()).indication());
    assertFalse(results.get(1).isSigned());
    assertEquals(SigningRefusal.Reason.FAILED, results.get(1).refusal().reason());
  }

  @Test
  void theOfficerIsToldEachReasonInIndonesianOrEnglish() {
    for (SigningRefusal.Reason reason : SigningRefusal.Reason.values()) {
      SigningRefusal refusal = new SigningRefusal(reason, "detail");
      String indonesian = refusal.message(Locale.forLanguageTag("id"));
      String english = refusal.message(Locale.ENGLISH);
      assertFalse(indonesian.isBlank() || english.isBlank(), reason.name());
      assertNotEquals(indonesian, english, reason.name());
      assertEquals(indonesian, refusal.message(Locale.JAPANESE), "Indonesian for any other language");
    }
    assertTrue(new SigningRefusal(SigningRefusal.Reason.NO_CERTIFICATE, null).message(Locale.ENGLISH)
        .contains("agency's"), "an apostrophe is printed as written");
  }

  @Test
  void anAuthorisationIsWipedWhenClosed() {
    char[] typed = "rahasia".toCharArray();
    Authorisation authorisation = Authorisation.passphrase(typed);
    char[] held = authorisation.secret();
    authorisation.close();
    assertEquals("\0\0\0\0\0\0\0", new String(held));
    assertEquals("rahasia", new String(typed), "the caller wipes its own copy");
    assertFalse(authorisation.toString().contains("rahasia"));
  }
}
