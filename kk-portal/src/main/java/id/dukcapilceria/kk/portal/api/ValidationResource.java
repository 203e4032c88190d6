package id.dukcapilceria.kk.portal.api;

import id.dukcapilceria.kk.domain.input.KkInput;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.validasi.KartuKeluargaValidator;
import id.dukcapilceria.kk.domain.validasi.Violation;
import id.dukcapilceria.kk.workflow.sop.PermohonanSteps;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Checks KK data against the domain's rules without saving anything. */
@Path("validation")
@ApiAuthenticated
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "validation", description = "The domain's rules for a card, without saving")
@SecurityRequirement(name = "basic")
public class ValidationResource {

  @Inject PermohonanSteps steps;
  @Inject ApiCaller caller;
  @Context HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "validateKkData", summary = "Validate KK data without saving it",
      description = "The body of a new application (jenisLayanan and the card; documents are ignored). 200 with "
          + "valid (no ERROR) and violations[] {code, path (e.g. members[2].nik), severity ERROR/WARNING, message}; "
          + "422 when a value cannot even be read (a malformed NIK, a missing required column).")
  @RequestBody(required = true,
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SubmitRequest")))
  @APIResponse(responseCode = "200", description = "What the domain's rules say of the data",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ValidationReport")))
  public String validate(InputStream body) {
    JsonInput json = JsonInput.parse(Requests.body(body), false);
    JenisLayanan jenisLayanan = json.code("jenisLayanan", JenisLayanan.class);
    if (jenisLayanan == null) {
      throw PermohonanResource.required("jenisLayanan");
    }
    KartuKeluarga kk = KkJson.toKartuKeluarga(json, caller.actor().nagari());
    List<Violation> violations = steps.check(jenisLayanan, kk);
    Locale locale = Problems.locale(headers);
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (Violation v : violations) {
      list.add(Json.createObjectBuilder()
          .add("code", v.code())
          .add("path", KkInput.pathOf(v.path()))
          .add("severity", v.severity().name())
          .add("message", v.message(locale)));
    }
    return Json.createObjectBuilder()
        .add("valid", !KartuKeluargaValidator.hasErrors(violations))
        .add("violations", list)
        .build()
        .toString();
  }
}
