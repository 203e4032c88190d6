package id.dukcapilceria.kk.signature.verify;

import java.util.Optional;

/**
 * The register of KK documents this system issued, looked up by the SHA-256 of the signed PDF: so
 * a verification can also say which card it is and whether it is still the family's valid card or
 * has been replaced by a newer one (docs/domain.md §0.3, the green/yellow states of Dukcapil's page).
 */
@FunctionalInterface
public interface IssuedDocuments {

  Optional<IssuedDocument> find(String sha256);

  /** Nobody's register: documents are verified without telling whether they are ours. */
  IssuedDocuments NONE = sha256 -> Optional.empty();

  /** One issued card: its KK number and whether it is still the family's active card. */
  record IssuedDocument(String nomorKk, boolean active) {}
}
