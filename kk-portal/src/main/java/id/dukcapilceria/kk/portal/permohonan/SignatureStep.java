package id.dukcapilceria.kk.portal.permohonan;

import id.dukcapilceria.kk.domain.pejabat.SigningOfficial;
import id.dukcapilceria.kk.portal.security.AuditLog;
import id.dukcapilceria.kk.portal.security.PassphraseAttempts;
import id.dukcapilceria.kk.portal.signing.KkSigningService;
import id.dukcapilceria.kk.signature.authority.Authorisation;
import id.dukcapilceria.kk.signature.authority.SigningRefusal;
import id.dukcapilceria.kk.signature.authority.SigningSession;
import id.dukcapilceria.kk.workflow.audit.AuditEvent;
import id.dukcapilceria.kk.workflow.dokumen.SignedKkDocument;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import id.dukcapilceria.kk.workflow.permohonan.Transition;
import id.dukcapilceria.kk.workflow.sop.PermohonanSteps;
import id.dukcapilceria.kk.workflow.sop.PermohonanSteps.SignedPdf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;

/**
 * SOP step 4 for one application, in three parts of which only the first and the last touch the
 * database: check and render (one transaction), sign (none: the key or the signing authority may
 * take seconds, and a remote one may not answer), record (another transaction, which checks again
 * that the application still waits for this signature). A failure or a crash before the record
 * leaves the application DIKONFIRMASI, signable again, with nothing stored.
 */
@ApplicationScoped
public class SignatureStep {

  @Inject Transactions tx;
  @Inject PermohonanSteps steps;
  @Inject KkSigningService signing;
  @Inject PassphraseAttempts passphrases;
  @Inject AuditLog audit;
  @Inject id.dukcapilceria.kk.portal.security.ActingOfficials actingOfficials;

  /** Signs one application's card with the passphrase typed for it (wiped whatever happens). */
  public void sign(Actor actor, long id, char[] passphrase) {
    sign(actor, id, Authorisation.Kind.PASSPHRASE, passphrase);
  }

  /** Signs one application's card with the passphrase or one-time code typed for it (wiped whatever happens). */
  public void sign(Actor actor, long id, Authorisation.Kind kind, char[] passphrase) {
    try {
      CardToSign card = prepare(actor, id);
      try (SigningSession session = open(actor, kind, passphrase)) {
        SigningSession.Result result = signing.signAll(List.of(card.unsigned()), session, (r, done, total) -> { }).get(0);
        settle(actor, List.of(result), index -> card.nomor());
        if (!result.isSigned()) {
          throw result.refusal();
        }
        record(actor, card, signing.signedPdf(result.signed(), session, card.token(), card.official()));
      }
    } finally {
      Arrays.fill(passphrase, '\0');
    }
  }

  /** A card rendered for signing, with what is needed to record its signature. */
  public record CardToSign(long id, String nomor, String fingerprint, String token, byte[] unsigned,
      SigningOfficial official) {}

  /**
   * The first part, in one transaction: the workflow checks that the Kadis may sign this
   * application now, and its card is rendered with a new verification token. Nothing is stored.
   */
  CardToSign prepare(Actor actor, long id) {
    return tx.call(em -> {
      Permohonan permohonan = steps.requireAllowed(em, actor, id, Transition.SIGN);
      String token = SignedKkDocument.newVerificationToken();
      SigningOfficial official = actingOfficials.officialFor(actor);
      return new CardToSign(id, permohonan.nomor(), permohonan.kartuKeluarga().fingerprint(), token,
          signing.renderCard(permohonan.kartuKeluarga(), token, official), official);
    });
  }

  /**
   * The last part, in a transaction of its own: the workflow checks again that the application
   * still waits for this signature (someone may have acted meanwhile) and that the data signed are
   * the data stored, then records the signed card.
   */
  void record(Actor actor, CardToSign card, SignedPdf signed) {
    tx.run(em -> steps.recordSignature(em, actor, card.id(), card.fingerprint(), signed));
  }

  /**
   * Opens a signing session with the passphrase or one-time code (wiped), counting wrong ones for this officer
   * ({@link PassphraseAttempts}: audited, then growing waits).
   *
   * @throws SigningRefusal before anything is signed
   * @throws PassphraseAttempts.PassphraseWaitException while the officer must still wait
   */
  SigningSession open(Actor actor, Authorisation.Kind kind, char[] passphrase) {
    try {
      passphrases.requireMayTry(actor);
      return signing.openSession(actingOfficials.officialFor(actor), actingOfficials.nikFor(actor), kind, passphrase);
    } catch (SigningRefusal refusal) {
      if (refusal.reason() == SigningRefusal.Reason.WRONG_AUTHORISATION) {
        passphrases.failed(actor);
      } else {
        refused(actor, null, refusal);
      }
      throw refusal;
    } finally {
      Arrays.fill(passphrase, '\0');
    }
  }

  /**
   * After the cards of a session were signed or refused: a passphrase that signed something clears
   * the officer's count of wrong ones; one refused by a remote authority (which learns it only with
   * a card) counts once, as at opening; every other refusal is audited per card.
   */
  void settle(Actor actor, List<SigningSession.Result> results, java.util.function.IntFunction<String> nomorOf) {
    boolean wrongPassphrase = false;
    for (SigningSession.Result result : results) {
      if (result.isSigned()) {
        continue;
      }
      if (result.refusal().reason() == SigningRefusal.Reason.WRONG_AUTHORISATION) {
        wrongPassphrase = true;
      } else {
        refused(actor, nomorOf.apply(result.index()), result.refusal());
      }
    }
    if (results.stream().anyMatch(SigningSession.Result::isSigned)) {
      passphrases.succeeded(actor);
    } else if (wrongPassphrase) {
      passphrases.failed(actor);
    }
  }

  /** A signing the authority refused, in the audit trail with its reason (never the passphrase). */
  private void refused(Actor actor, String nomor, SigningRefusal refusal) {
    audit.record(actor.username(), actor.role(), AuditEvent.SIGNING_REFUSED,
        AuditLog.subject((nomor == null ? "" : nomor + " ") + refusal.reason().name()));
  }
}
