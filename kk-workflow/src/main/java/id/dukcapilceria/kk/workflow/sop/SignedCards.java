package id.dukcapilceria.kk.workflow.sop;

import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusKartuKeluarga;
import id.dukcapilceria.kk.workflow.dokumen.SignedKkDocument;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;

/**
 * The standing of a card this office signed, for whoever holds it: found by the token its QR code
 * carries or by the SHA-256 of its PDF; a card found by neither is unknown here. Public: it tells
 * nothing about the family beyond the card's number (which the holder has on paper) and who
 * signed it when.
 */
public final class SignedCards {

  /** Whether a card this office signed is still the family's card. */
  public enum Standing {
    /** The family's valid card. */
    ACTIVE,
    /** Replaced by a newer card of the same family (or the family's card was closed). */
    SUPERSEDED
  }

  /** What may be said of a card found here. */
  public record SignedCard(Standing standing, Optional<NomorKk> nomorKk, Instant signedAt, String signer,
      Optional<String> registerNumber) {}

  private SignedCards() {}

  /** The card whose QR code carries {@code token}; empty for an unknown token. */
  public static Optional<SignedCard> byToken(EntityManager em, String token) {
    if (token == null || token.isBlank() || token.length() > 64) {
      return Optional.empty();
    }
    return em.createQuery("select d from SignedKkDocument d where d.verificationToken = :t", SignedKkDocument.class)
        .setParameter("t", token)
        .getResultStream()
        .findFirst()
        .map(document -> standingOf(em, document));
  }

  /** The card whose PDF has this SHA-256 (lower-case hex); empty for a PDF this office did not sign. */
  public static Optional<SignedCard> bySha256(EntityManager em, String sha256) {
    return em.createQuery("select d from SignedKkDocument d where d.sha256 = :sha", SignedKkDocument.class)
        .setParameter("sha", sha256)
        .getResultStream()
        .findFirst()
        .map(document -> standingOf(em, document));
  }

  private static SignedCard standingOf(EntityManager em, SignedKkDocument document) {
    Permohonan permohonan = em.find(Permohonan.class, document.permohonanId());
    var card = permohonan.kartuKeluarga();
    return new SignedCard(card.status() == StatusKartuKeluarga.AKTIF ? Standing.ACTIVE : Standing.SUPERSEDED,
        card.nomorKk(), document.signedAt(), document.signer(), permohonan.registerNumber());
  }
}
