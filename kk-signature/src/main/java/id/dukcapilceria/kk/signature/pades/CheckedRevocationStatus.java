package id.dukcapilceria.kk.signature.pades;

import eu.europa.esig.dss.model.x509.CertificateToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, per signing certificate, the revocation answers on which DSS last found the
 * certificate chain not revoked, so that the next signature made on the very same answers skips
 * DSS's online check (a third of a B-B signature in a JFR profile: building the validation context
 * and reading and verifying the OCSP responses again).
 *
 * <p>This is not a verdict kept for a while: the verdict is tied to the signed answers themselves.
 * A signed answer does not change; as soon as a source hands out another one (the old one expired,
 * or a revocation made the demo PKI forget its answers) the answers differ and DSS checks again.
 * Only sources that say which answer they hold ({@link KeptRevocationAnswers}) take part; with any
 * other source, e.g. an online OCSP responder asked for every document, DSS checks every time.
 * The validity period of the certificates is still checked by DSS for every signature.
 */
final class CheckedRevocationStatus {

  private final List<KeptRevocationAnswers> sources;
  private final Map<CertificateToken, List<Object>> accepted = new ConcurrentHashMap<>();

  /**
   * @param revocationSources the signer's sources in the order DSS asks them (OCSP, then CRLs);
   *     null for a source not configured. Unless every configured source says which answer it
   *     holds, nothing is remembered: DSS may have found the status in an answer not compared here.
   */
  CheckedRevocationStatus(Object... revocationSources) {
    List<KeptRevocationAnswers> keeping = new ArrayList<>();
    for (Object source : revocationSources) {
      if (source instanceof KeptRevocationAnswers kept) {
        keeping.add(kept);
      } else if (source != null) {
        keeping.clear();
        break;
      }
    }
    this.sources = List.copyOf(keeping);
  }

  /**
   * The answers the sources hold now for every certificate of the chain that needs a revocation
   * status (all but self-signed roots), in a fixed order; null when there is nothing to compare:
   * no source keeps answers, the first (OCSP first, as DSS asks) holds none for a certificate, or
   * the chain does not reach a root (DSS would check issuers that are not compared here).
   */
  List<Object> answersNow(List<CertificateToken> chain) {
    if (sources.isEmpty() || chain.stream().noneMatch(CertificateToken::isSelfSigned)) {
      return null;
    }
    List<Object> answers = new ArrayList<>();
    for (CertificateToken certificate : chain) {
      if (certificate.isSelfSigned()) {
        continue;
      }
      for (int i = 0; i < sources.size(); i++) {
        Object answer = sources.get(i).keptAnswer(certificate.getCertificate());
        if (answer == null && i == 0) {
          return null;
        }
        answers.add(answer); // a later source (CRLs after OCSP) may hold none: DSS did not ask it
      }
    }
    return answers;
  }

  /** Whether DSS found {@code signing} not revoked on exactly these answers. */
  boolean alreadyChecked(CertificateToken signing, List<Object> answers) {
    return answers != null && sameObjects(accepted.get(signing), answers);
  }

  /**
   * Records that DSS found the chain of {@code signing} not revoked, when the answers held before
   * and after its check are the same objects: then DSS read those answers, since a source never
   * hands out an answer again once it has replaced it.
   */
  void checkedOn(CertificateToken signing, List<Object> before, List<Object> after) {
    if (before != null && sameObjects(before, after)) {
      accepted.put(signing, before);
    } else {
      accepted.remove(signing);
    }
  }

  private static boolean sameObjects(List<Object> a, List<Object> b) {
    if (a == null || b == null || a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }
}
