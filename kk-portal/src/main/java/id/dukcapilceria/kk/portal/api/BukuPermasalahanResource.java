package id.dukcapilceria.kk.portal.api;

import id.dukcapilceria.kk.portal.permohonan.Transactions;
import id.dukcapilceria.kk.workflow.sop.DinasReads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The buku permasalahan, for the Dinas roles (kk-workflow decides; others get 403). */
@Path("buku-permasalahan")
@ApiAuthenticated
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "buku-permasalahan", description = "The buku permasalahan: applications returned with a reason")
@SecurityRequirement(name = "basic")
public class BukuPermasalahanResource {

  @Inject Transactions tx;
  @Inject DinasReads dinas;
  @Inject ApiCaller caller;
  @Context HttpHeaders headers;

  @GET
  @Operation(operationId = "getBukuPermasalahan", summary = "The buku permasalahan, newest first, a page at a time",
      description = "first, size as for the worklist.")
  @APIResponse(responseCode = "200", description = "The buku permasalahan",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BukuPermasalahanEntryPage")))
  public String problemLog(@Parameter(ref = "First") @QueryParam("first") String first,
      @Parameter(ref = "Size") @QueryParam("size") String size) {
    int from = Requests.first(first);
    int rows = Requests.size(size);
    var locale = Problems.locale(headers);
    return PermohonanJson.page(tx.call(em -> dinas.bukuPermasalahan(em, caller.actor(), null, from, rows)), from, rows,
        r -> PermohonanJson.problem(r, locale)).toString();
  }
}
