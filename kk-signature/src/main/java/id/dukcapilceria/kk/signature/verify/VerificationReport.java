package id.dukcapilceria.kk.signature.verify;

import java.time.Instant;

/**
 * The outcome of verifying a signed KK. With several signatures, the fields describe the worst
 * one (the one that decides the overall indication).
 *
 * @param signatureCount number of signatures found (document time-stamps are not counted)
 * @param indication overall result, see {@link Indication}
 * @param subIndication ETSI sub-indication such as {@code HASH_FAILURE}, or null when passed
 * @param signerName the signer's name from the certificate, or null without signature
 * @param signingTime the best signature time: the signature time-stamp where present, otherwise
 *     the time claimed by the signer; null without signature
 * @param level the detected format, e.g. {@code PAdES-BASELINE-LT}; null without signature
 * @param simpleReportXml the DSS simple report, for archiving and display
 * @param detailedReportXml the DSS detailed report (every check of the ETSI validation process)
 * @param checks the deciding signature's integrity, trust, revocation and modification checks
 * @param issued for a document this system issued: which KK and whether it is still active; null
 *     for any other document
 */
public record VerificationReport(
    int signatureCount,
    Indication indication,
    String subIndication,
    String signerName,
    Instant signingTime,
    String level,
    String simpleReportXml,
    String detailedReportXml,
    SignatureChecks checks,
    IssuedDocuments.IssuedDocument issued) {

  public boolean isValid() {
    return indication == Indication.TOTAL_PASSED;
  }
}
