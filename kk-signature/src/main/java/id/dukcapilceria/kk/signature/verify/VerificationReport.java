package id.dukcapilceria.kk.signature.verify;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The outcome of verifying a signed KK. With several signatures, the fields describe the worst
 * one (the one that decides the overall indication).
 *
 * <p>DSS's XML reports are written only when asked for: most callers need the indication, and
 * writing the detailed report costs about as much as a tenth of the verification.
 */
public final class VerificationReport {

  private final int signatureCount;
  private final Indication indication;
  private final String subIndication;
  private final String signerName;
  private final Instant signingTime;
  private final String level;
  private final Supplier<String> simpleReportXml;
  private final Supplier<String> detailedReportXml;
  private final SignatureChecks checks;
  private final IssuedDocuments.IssuedDocument issued;

  /**
   * @param signatureCount number of signatures found (document time-stamps are not counted)
   * @param indication overall result, see {@link Indication}
   * @param subIndication ETSI sub-indication such as {@code HASH_FAILURE}, or null when passed
   * @param signerName the signer's name from the certificate, or null without signature
   * @param signingTime the best signature time: the signature time-stamp where present, otherwise
   *     the time claimed by the signer; null without signature
   * @param level the detected format, e.g. {@code PAdES-BASELINE-LT}; null without signature
   * @param simpleReportXml writes the DSS simple report, for archiving and display
   * @param detailedReportXml writes the DSS detailed report (every check of the ETSI process)
   * @param checks the deciding signature's integrity, trust, revocation and modification checks
   * @param issued for a document this system issued: which KK and whether it is still active;
   *     null for any other document
   */
  public VerificationReport(
      int signatureCount,
      Indication indication,
      String subIndication,
      String signerName,
      Instant signingTime,
      String level,
      Supplier<String> simpleReportXml,
      Supplier<String> detailedReportXml,
      SignatureChecks checks,
      IssuedDocuments.IssuedDocument issued) {
    this.signatureCount = signatureCount;
    this.indication = Objects.requireNonNull(indication, "indication");
    this.subIndication = subIndication;
    this.signerName = signerName;
    this.signingTime = signingTime;
    this.level = level;
    this.simpleReportXml = once(simpleReportXml);
    this.detailedReportXml = once(detailedReportXml);
    this.checks = Objects.requireNonNull(checks, "checks");
    this.issued = issued;
  }

  public int signatureCount() {
    return signatureCount;
  }

  public Indication indication() {
    return indication;
  }

  public String subIndication() {
    return subIndication;
  }

  public String signerName() {
    return signerName;
  }

  public Instant signingTime() {
    return signingTime;
  }

  public String level() {
    return level;
  }

  public String simpleReportXml() {
    return simpleReportXml.get();
  }

  public String detailedReportXml() {
    return detailedReportXml.get();
  }

  public SignatureChecks checks() {
    return checks;
  }

  public IssuedDocuments.IssuedDocument issued() {
    return issued;
  }

  public boolean isValid() {
    return indication == Indication.TOTAL_PASSED;
  }

  @Override
  public String toString() {
    return "VerificationReport[" + indication + (subIndication == null ? "" : "/" + subIndication)
        + ", signatures=" + signatureCount + ", level=" + level + ", signer=" + signerName + "]";
  }

  private static Supplier<String> once(Supplier<String> writer) {
    Objects.requireNonNull(writer, "writer");
    return new Supplier<>() {
      private volatile String written;

      @Override
      public String get() {
        String result = written;
        if (result == null) {
          result = writer.get();
          written = result;
        }
        return result;
      }
    };
  }
}
