package id.dukcapilceria.kk.portal.api;

import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.portal.security.PublicRateLimit;
import id.dukcapilceria.kk.portal.signing.KkSigningService;
import id.dukcapilceria.kk.signature.verify.RecipientVerdict;
import id.dukcapilceria.kk.signature.verify.VerificationReport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Public verification of a signed PDF, without signing in: the ETSI indication and the checks
 * behind it, under the same names as kk-signature's CLI report ({@code ReportJson}). For a card this
 * system issued it also says whether it is still the family's valid card, with the KK number masked
 * as on the public verification page. Limited in size ({@link BodySizeLimit}) and rate ({@link
 * PublicRateLimit}, shared with the public upload page).
 */
@Path("verification")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "verification", description = "Public: is this PDF a genuine, unchanged KK?")
public class VerificationResource {

  @Inject KkSigningService signing;
  @Inject PublicRateLimit rateLimit;
  @Inject id.dukcapilceria.kk.portal.security.ClientAddress clientAddress;
  @Context HttpServletRequest request;
  @Context HttpHeaders headers;

  @POST
  @Consumes("application/pdf")
  @Operation(operationId = "verifySignedPdf", summary = "Verify a signed PDF (no authentication)",
      description = "The PDF is the request body (Content-Type: application/pdf, at most 10 MB). 200 with indication "
          + "TOTAL_PASSED, TOTAL_FAILED or INDETERMINATE, subIndication, signatureCount, signer, signingTime, level, "
          + "valid, integrity, chainTrusted, revocation, modifiedAfterSigning, verdict (VALID_ACTIVE, VALID_SUPERSEDED, "
          + "VALID_UNREGISTERED, CHANGED_AFTER_SIGNING or NOT_VALID) with verdictColour (GREEN, YELLOW, RED), "
          + "nomorKk (masked) and activeCard for a "
          + "card this system issued, and reasons[]. 400 for a body that is not a PDF, 415 for another content type.")
  @RequestBody(required = true,
      content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "200", description = "What the PDF proves",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VerificationReport")))
  @APIResponse(responseCode = "429", ref = "TooManyRequests")
  public String verify(InputStream body) {
    // the same allowance per address as the public upload page: both cost a full validation
    if (!rateLimit.tryAcquire(clientAddress.of(request))) {
      throw new ApiProblem(429, "api.problem.tooManyRequests", List.of(), PublicRateLimit.PER_MINUTE);
    }
    byte[] pdf = Requests.body(body);
    if (pdf.length == 0) {
      throw new ApiProblem(400, "api.problem.bodyRequired", List.of());
    }
    VerificationReport report = signing.verify(pdf);
    Locale locale = Problems.locale(headers);
    JsonObjectBuilder json = Json.createObjectBuilder()
        .add("indication", report.indication().etsi().name())
        // what the recipient should conclude: it differs from the indication for a superseded card
        // or a file changed after signing (kk-signature's RecipientVerdict, as on the public page)
        .add("verdict", RecipientVerdict.of(report).name())
        .add("verdictColour", RecipientVerdict.of(report).colour().name());
    KkJson.put(json, "subIndication", report.subIndication());
    json.add("signatureCount", report.signatureCount());
    KkJson.put(json, "signer", report.signerName());
    KkJson.put(json, "signingTime", report.signingTime() == null ? null : report.signingTime().toString());
    KkJson.put(json, "level", report.level());
    json.add("valid", report.isValid())
        .add("integrity", report.checks().integrity())
        .add("chainTrusted", report.checks().chainTrusted());
    KkJson.put(json, "revocation", report.checks().revocation());
    json.add("modifiedAfterSigning", report.checks().modifiedAfterSigning());
    if (report.issued() != null) {
      json.add("nomorKk", report.issued().nomorKk().isEmpty() ? "" : NomorKk.of(report.issued().nomorKk()).masked());
      json.add("activeCard", report.issued().active());
    }
    JsonArrayBuilder reasons = Json.createArrayBuilder();
    report.checks().reasons(locale).forEach(reasons::add);
    return json.add("reasons", reasons).build().toString();
  }
}
