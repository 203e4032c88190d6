package id.dukcapilceria.kk.portal.api;

import id.dukcapilceria.kk.portal.permohonan.Transactions;
import id.dukcapilceria.kk.workflow.permohonan.WorklistFilter;
import id.dukcapilceria.kk.workflow.sop.PermohonanReads;
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

/** The caller's worklist: what waits for their role (a nagari operator: in their nagari). */
@Path("worklist")
@ApiAuthenticated
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "worklist", description = "What waits for the caller")
@SecurityRequirement(name = "basic")
public class WorklistResource {

  @Inject Transactions tx;
  @Inject PermohonanReads reads;
  @Inject ApiCaller caller;
  @Context HttpHeaders headers;

  @GET
  @Operation(operationId = "getWorklist",
      summary = "The applications waiting for the caller's role, oldest first, a page at a time",
      description = "first: 0-based row (default 0); size: rows, 1 to 100 (default 20). Answers first, size, total, items.")
  @APIResponse(responseCode = "200", description = "The caller's worklist",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApplicationPage")))
  public String worklist(@Parameter(ref = "First") @QueryParam("first") String first,
      @Parameter(ref = "Size") @QueryParam("size") String size) {
    int from = Requests.first(first);
    int rows = Requests.size(size);
    var locale = Problems.locale(headers);
    return PermohonanJson.page(tx.call(em -> reads.worklistRows(em, caller.actor(), WorklistFilter.NONE, from, rows)), from, rows,
        p -> PermohonanJson.summary(p, locale)).toString();
  }
}
