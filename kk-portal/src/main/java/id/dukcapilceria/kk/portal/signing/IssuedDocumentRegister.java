package id.dukcapilceria.kk.portal.signing;

import id.dukcapilceria.kk.domain.kartukeluarga.StatusKartuKeluarga;
import id.dukcapilceria.kk.signature.verify.IssuedDocuments;
import id.dukcapilceria.kk.workflow.dokumen.SignedKkDocument;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
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
    return em.createQuery("select d from SignedKkDocument d where d.sha256 = :sha", SignedKkDocument.class)
        .setParameter("sha", sha256)
        .getResultStream()
        .findFirst()
        .map(document -> em.find(Permohonan.class, document.permohonanId()).kartuKeluarga())
        .map(kk -> new IssuedDocument(
            kk.nomorKk().map(Object::toString).orElse(""), kk.status() == StatusKartuKeluarga.AKTIF));
  }
}
