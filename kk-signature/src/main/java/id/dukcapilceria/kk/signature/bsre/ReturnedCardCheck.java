package id.dukcapilceria.kk.signature.bsre;

import id.dukcapilceria.kk.signature.authority.SigningRefusal;
import id.dukcapilceria.kk.signature.verify.Indication;
import id.dukcapilceria.kk.signature.verify.KkSignatureVerifier;
import id.dukcapilceria.kk.signature.verify.VerificationReport;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

/**
 * What a signing service returned is accepted only if it is the card we sent, signed once by the
 * configured officer, and valid: the returned file begins with exactly the bytes sent (the
 * signature is an incremental update after them) and its one signature covers them; the signing
 * certificate is the officer's; the signature verifies against the trust anchors. Anything else is
 * refused ({@link SigningRefusal.Reason#RETURNED_DOCUMENT_REFUSED}) with the reason in the detail.
 */
final class ReturnedCardCheck {

  private final X509Certificate officer;
  private final KkSignatureVerifier verifier;

  /**
   * @param officer the officer's signing certificate, as configured
   * @param verifier trusts the signing authority's roots, with the revocation sources the level
   *     signed at needs
   */
  ReturnedCardCheck(X509Certificate officer, KkSignatureVerifier verifier) {
    this.officer = Objects.requireNonNull(officer);
    this.verifier = Objects.requireNonNull(verifier);
  }

  X509Certificate officer() {
    return officer;
  }

  /** Refuses {@code returned} unless it is {@code sent}, signed by the officer; checked before it is extended. */
  void requireSignedOriginal(byte[] sent, byte[] returned) {
    if (returned.length <= sent.length || !Arrays.equals(sent, 0, sent.length, returned, 0, sent.length)) {
      throw refused("the returned file does not begin with the document sent");
    }
    try (PDDocument document = Loader.loadPDF(returned)) {
      List<PDSignature> signatures = document.getSignatureDictionaries();
      if (signatures.size() != 1) {
        throw refused(signatures.size() + " signatures instead of one");
      }
      PDSignature signature = signatures.get(0);
      int[] range = signature.getByteRange();
      if (range == null || range.length != 4 || range[0] != 0 || (long) range[2] + range[3] < sent.length
          || (long) range[2] + range[3] > returned.length) {
        throw refused("the signature does not cover the document sent");
      }
      if (!officer.equals(signingCertificate(signature.getContents(returned)))) {
        throw refused("signed by someone other than the configured officer");
      }
    } catch (IOException e) {
      throw refused("the returned file is not a readable PDF");
    }
  }

  /** Refuses a signed card whose signature does not verify (after it was extended, if it was). */
  void requireValid(byte[] signed) {
    VerificationReport report = verifier.verify(signed);
    if (report.indication() != Indication.TOTAL_PASSED) {
      throw refused("the signature does not verify: " + report.indication() + " " + report.subIndication());
    }
  }

  private static X509Certificate signingCertificate(byte[] cms) {
    try {
      CMSSignedData data = new CMSSignedData(cms);
      Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
      if (signers.size() != 1) {
        throw refused(signers.size() + " signers in the signature");
      }
      @SuppressWarnings("unchecked")
      Collection<X509CertificateHolder> matches = data.getCertificates().getMatches(signers.iterator().next().getSID());
      if (matches.isEmpty()) {
        throw refused("the signature does not carry its signing certificate");
      }
      return new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
    } catch (CMSException | CertificateException e) {
      throw refused("the signature cannot be read");
    }
  }

  private static SigningRefusal refused(String why) {
    return new SigningRefusal(SigningRefusal.Reason.RETURNED_DOCUMENT_REFUSED, why);
  }
}
