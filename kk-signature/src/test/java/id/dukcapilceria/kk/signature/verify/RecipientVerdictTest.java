package id.dukcapilceria.kk.signature.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.signature.verify.RecipientVerdict.Colour;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The colour a recipient sees for each combination of signature result and register status. */
class RecipientVerdictTest {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private static VerificationReport report(Indication indication, String sub, IssuedDocuments.IssuedDocument issued) {
    return new VerificationReport(indication == Indication.NO_SIGNATURE ? 0 : 1, indication, sub, "DEMO Kadis",
        Instant.EPOCH, "PAdES-BASELINE-LT", () -> "", () -> "",
        new SignatureChecks(indication == Indication.TOTAL_PASSED, true, "GOOD", false), issued);
  }

  @Test
  void onlyAPassedSignatureOnTheActiveCardIsGreen() {
    var active = new IssuedDocuments.IssuedDocument("1305011203260001", true);
    var superseded = new IssuedDocuments.IssuedDocument("1305011203260001", false);

    assertEquals(RecipientVerdict.VALID_ACTIVE, RecipientVerdict.of(report(Indication.TOTAL_PASSED, null, active)));
    assertEquals(RecipientVerdict.VALID_SUPERSEDED, RecipientVerdict.of(report(Indication.TOTAL_PASSED, null, superseded)));
    assertEquals(RecipientVerdict.VALID_UNREGISTERED, RecipientVerdict.of(report(Indication.TOTAL_PASSED, null, null)));
    VerificationReport changed = new VerificationReport(1, Indication.TOTAL_PASSED, null, "DEMO Kadis", Instant.EPOCH,
        "PAdES-BASELINE-LT", () -> "", () -> "", new SignatureChecks(true, true, "GOOD", true), active);
    assertEquals(RecipientVerdict.CHANGED_AFTER_SIGNING, RecipientVerdict.of(changed),
        "a passed signature over a file changed since is not green, even for the active card");
    assertEquals(Colour.GREEN, RecipientVerdict.VALID_ACTIVE.colour());
    assertEquals(Colour.YELLOW, RecipientVerdict.VALID_SUPERSEDED.colour());
    assertEquals(Colour.YELLOW, RecipientVerdict.VALID_UNREGISTERED.colour());
  }

  @Test
  void anythingButAPassedSignatureIsRedEvenForTheActiveCard() {
    var active = new IssuedDocuments.IssuedDocument("1305011203260001", true);
    for (Indication failing : new Indication[] {Indication.TOTAL_FAILED, Indication.INDETERMINATE, Indication.NO_SIGNATURE}) {
      RecipientVerdict verdict = RecipientVerdict.of(report(failing, "HASH_FAILURE", active));
      assertEquals(RecipientVerdict.NOT_VALID, verdict, failing.name());
      assertEquals(Colour.RED, verdict.colour());
    }
  }

  @Test
  void everyVerdictHasASentenceInBothLanguages() {
    for (RecipientVerdict verdict : RecipientVerdict.values()) {
      String indonesian = verdict.sentence(INDONESIAN);
      String english = verdict.sentence(Locale.ENGLISH);
      assertTrue(!indonesian.startsWith("verdict.") && !english.startsWith("verdict."), verdict.name());
      assertTrue(!indonesian.equals(english), verdict.name());
    }
    assertTrue(RecipientVerdict.VALID_SUPERSEDED.sentence(INDONESIAN).contains("KK yang lebih baru"));
  }

  @Test
  void subIndicationsAreExplainedInPlainWordsAndUnknownOnesAreNamed() {
    assertEquals("Isi dokumen telah diubah setelah ditandatangani.",
        RecipientVerdict.explainSubIndication("HASH_FAILURE", INDONESIAN));
    assertEquals("The document was changed after it was signed.",
        RecipientVerdict.explainSubIndication("HASH_FAILURE", Locale.ENGLISH));
    assertEquals("Alasan menurut standar ETSI: POLICY_PROCESSING_ERROR.",
        RecipientVerdict.explainSubIndication("POLICY_PROCESSING_ERROR", INDONESIAN));
    assertEquals("", RecipientVerdict.explainSubIndication(null, INDONESIAN));
  }
}
