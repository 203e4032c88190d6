package id.dukcapilceria.kk.portal.api;

import id.dukcapilceria.kk.portal.permohonan.PermohonanService;
import id.dukcapilceria.kk.portal.security.ApiAccess;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The buku permasalahan, for the roles that may download it from the portal ({@link ApiAccess}). */
@Path("problem-log")
@ApiAuthenticated
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "registers", description = "Buku register and buku permasalahan")
@SecurityRequirement(name = "basic")
public class ProblemLogResource {

  @Inject PermohonanService service;
  @Inject ApiCaller caller;
  @Inject ApiAccess access;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "The buku permasalahan, newest first, a page at a time",
      description = "first, size as for the worklist.")
  public String problemLog(@QueryParam("first") String first, @QueryParam("size") String size) {
    int from = Requests.first(first);
    int rows = Requests.size(size);
    requireReader();
    var locale = Problems.locale(headers);
    return PermohonanJson.page(service.problemLog(from, rows), from, rows, r -> PermohonanJson.problem(r, locale))
        .toString();
  }

  private void requireReader() {
    if (!access.mayReadRegisters(caller.actor(), uriInfo.getPath())) {
      throw new ApiProblem(403, "api.problem.forbidden", List.of());
    }
  }
}
