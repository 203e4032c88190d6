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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The buku register, for the Dinas roles (kk-workflow decides; others get 403). */
@Path("register")
@ApiAuthenticated
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "registers", description = "Buku register and buku permasalahan")
@SecurityRequirement(name = "basic")
public class RegisterResource {

  @Inject Transactions tx;
  @Inject DinasReads dinas;
  @Inject ApiCaller caller;
  @Inject Clock clock;
  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "The buku register of a year, in register order, a page at a time",
      description = "tahun: the year (default: this year); first, size as for the worklist.")
  public String register(@QueryParam("tahun") String tahun, @QueryParam("first") String first,
      @QueryParam("size") String size) {
    int year = Requests.number(tahun, "tahun", LocalDate.now(clock).getYear(), 2000, 9999);
    int from = Requests.first(first);
    int rows = Requests.size(size);
    return PermohonanJson.page(tx.call(em -> dinas.register(em, caller.actor(), year, from, rows)), from, rows,
        PermohonanJson::register).toString();
  }
}
