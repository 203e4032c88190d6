package id.dukcapilceria.kk.portal.signing;

import id.dukcapilceria.kk.signature.verify.IssuedDocuments;
import id.dukcapilceria.kk.workflow.sop.SignedCards;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The cards this portal signed, found by the SHA-256 of the PDF, for verification reports. */
@ApplicationScoped
public class IssuedDocumentRegister implements IssuedDocuments {

  @PersistenceContext EntityManager em;

  @Override
  @Transactional
  public Optional<IssuedDocument> find(String sha256) {
    return SignedCards.bySha256(em, sha256).map(card -> new IssuedDocument(
        card.nomorKk().map(Object::toString).orElse(""), card.standing() == SignedCards.Standing.ACTIVE));
  }
}
