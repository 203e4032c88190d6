package id.dukcapilceria.kk.signature.cli;

import id.dukcapilceria.kk.signature.verify.VerificationReport;
import java.util.LinkedHashMap;
import java.util.Map;

/** A verification report as one JSON object; field names are stable for scripts. */
final class ReportJson {

  private ReportJson() {}

  static String of(VerificationReport report) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("indication", report.indication().etsi().name());
    // what a recipient should conclude (green/yellow/red); differs from the indication when the
    // file was changed after signing or the card has been superseded
    fields.put("verdict", id.dukcapilceria.kk.signature.verify.RecipientVerdict.of(report).name());
    fields.put("subIndication", report.subIndication());
    fields.put("signatureCount", report.signatureCount());
    fields.put("signer", report.signerName());
    fields.put("signingTime", report.signingTime() == null ? null : report.signingTime().toString());
    fields.put("level", report.level());
    fields.put("valid", report.isValid());
    fields.put("integrity", report.checks().integrity());
    fields.put("chainTrusted", report.checks().chainTrusted());
    fields.put("revocation", report.checks().revocation());
    fields.put("modifiedAfterSigning", report.checks().modifiedAfterSigning());
    if (report.issued() != null) {
      fields.put("nomorKk", report.issued().nomorKk());
      fields.put("activeCard", report.issued().active());
    }
    StringBuilder json = new StringBuilder("{");
    String reasons = report.checks().reasons(java.util.Locale.forLanguageTag("id")).stream()
        .map(ReportJson::quote).collect(java.util.stream.Collectors.joining(",", "[", "]"));
    fields.forEach((name, value) -> {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append(quote(name)).append(':').append(value(value));
    });
    return json.append(",\"reasons\":").append(reasons).append('}').toString();
  }

  private static String value(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    return quote(value.toString());
  }

  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
