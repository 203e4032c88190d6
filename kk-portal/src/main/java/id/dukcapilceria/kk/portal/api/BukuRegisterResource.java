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
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The buku register, for the Dinas roles (kk-workflow decides; others get 403). */
@Path("buku-register")
@ApiAuthenticated
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "buku-register", description = "The buku register: the cards issued, numbered per year")
@SecurityRequirement(name = "basic")
public class BukuRegisterResource {

  @Inject Transactions tx;
  @Inject DinasReads dinas;
  @Inject ApiCaller caller;
  @Inject Clock clock;
  @Context HttpHeaders headers;

  @GET
  @Operation(operationId = "getBukuRegister", summary = "The buku register of a year, in register order, a page at a time",
      description = "tahun: the year (default: this year); first, size as for the worklist.")
  @APIResponse(responseCode = "200", description = "The buku register",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BukuRegisterEntryPage")))
  public String register(@Parameter(ref = "Tahun") @QueryParam("tahun") String tahun, @Parameter(ref = "First") @QueryParam("first") String first,
      @Parameter(ref = "Size") @QueryParam("size") String size) {
    int year = Requests.number(tahun, "tahun", LocalDate.now(clock).getYear(), 2000, 9999);
    int from = Requests.first(first);
    int rows = Requests.size(size);
    return PermohonanJson.page(tx.call(em -> dinas.bukuRegister(em, caller.actor(), year, from, rows)), from, rows,
        PermohonanJson::register).toString();
  }
}
