package id.dukcapilceria.kk.portal.api;

import id.dukcapilceria.kk.portal.permohonan.BatchSigning;
import id.dukcapilceria.kk.portal.permohonan.Refusals;
import id.dukcapilceria.kk.portal.signing.KkSigningService;
import id.dukcapilceria.kk.portal.text.PortalRefusal;
import id.dukcapilceria.kk.portal.text.PortalTexts;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Kadis's batch signature (SOP step 4) for other systems, as the Kadis's page starts it
 * ({@link BatchSigning}): several confirmed applications signed with one passphrase entry in the
 * background, and its progress, which any node of a cluster answers.
 */
@Path("penandatanganan")
@ApiAuthenticated
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "penandatanganan", description = "The Kadis's batch signatures")
@SecurityRequirement(name = "basic")
public class BatchSigningResource {

  /** Applications one batch may name: a page of the Kadis's worklist. */
  static final int MAX_BATCH = Requests.MAX_SIZE;

  @Inject BatchSigning batchSigning;
  @Inject KkSigningService signing;
  @Inject ApiCaller caller;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "startBatchSigning",
      summary = "Sign several confirmed applications with one passphrase entry (Kadis, SOP step 4), in the background",
      description = "Query: permohonan, an application id, repeated for each (1 to 100). Body: as for signing one "
          + "application, {\"passphrase\": …} or {\"totp\": …}, never stored or logged. The passphrase is checked "
          + "before anything starts (422 when wrong). 202 with Location: the batch's progress, which any node of "
          + "the cluster answers. A card that cannot be signed is reported in outcomes[] with its reason; the others "
          + "go on. When the node running the batch stops, the progress says interrupted: the cards recorded are "
          + "signed and registered, the others stay DIKONFIRMASI and can be signed again.")
  @RequestBody(required = true,
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SignRequest")))
  @APIResponse(responseCode = "202", description = "Started; Location names its progress",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BatchProgress")))
  @APIResponse(responseCode = "429", ref = "TooManyRequests")
  @APIResponse(responseCode = "503", ref = "SigningUnavailable")
  public Response start(@Parameter(description = "An application's id, repeated for each") @QueryParam("permohonan")
      List<String> ids, InputStream body) {
    List<Long> chosen = chosen(ids);
    PassphraseBody.Secret secret = PassphraseBody.read(Requests.body(body), signing.acceptsOneTimeCodes());
    try {
      Locale locale = Problems.locale(headers);
      BatchSigning.Progress progress;
      try {
        progress = batchSigning.start(caller.actor(), chosen, secret.kind(), secret.value(),
            e -> Refusals.explain(e, locale).orElseGet(() -> PortalTexts.in(locale, "api.batch.cardFailed")));
      } catch (PortalRefusal refused) {
        if (!BatchSigning.STOPPING.equals(refused.key())) {
          throw refused;
        }
        // this node is being stopped: another node (or this one, restarted) takes the batch
        throw new ApiProblem(503, refused.key(), List.of());
      }
      return Response.accepted(json(progress))
          .location(uriInfo.getBaseUriBuilder().path("penandatanganan").path(progress.id()).build())
          .type(MediaType.APPLICATION_JSON_TYPE)
          .build();
    } finally {
      Arrays.fill(secret.value(), '\0');
    }
  }

  @GET
  @Path("{batch}")
  @Operation(operationId = "getBatchSigning",
      summary = "How far a batch signature is, and each application's outcome so far (only to the Kadis who started it)")
  @APIResponse(responseCode = "200", description = "The batch's progress",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BatchProgress")))
  @APIResponse(responseCode = "404", ref = "NotFound")
  public String progress(@Parameter(description = "The batch's id, from Location", required = true) @PathParam("batch") String batch) {
    Actor actor = caller.actor();
    return batchSigning.progress(actor, batch).map(BatchSigningResource::json)
        .orElseThrow(() -> new ApiProblem(404, "api.problem.noSuchBatch", List.of()));
  }

  /** The ids named, each once, in the order given. */
  private static List<Long> chosen(List<String> ids) {
    if (ids == null || ids.isEmpty()) {
      throw new ApiProblem(400, "api.problem.badParameter",
          List.of(FieldError.of("permohonan", "parameter.required", "api.field.required")), "permohonan");
    }
    if (ids.size() > MAX_BATCH) {
      throw new ApiProblem(400, "api.problem.badParameter",
          List.of(FieldError.of("permohonan", "parameter.range", "api.field.batchSize", MAX_BATCH)), "permohonan");
    }
    Set<Long> chosen = new LinkedHashSet<>();
    for (String id : ids) {
      try {
        long value = Long.parseLong(id.strip());
        if (value > 0) {
          chosen.add(value);
          continue;
        }
      } catch (NumberFormatException e) {
        // answered below
      }
      throw new ApiProblem(400, "api.problem.badParameter",
          List.of(FieldError.of("permohonan", "parameter.id", "api.field.id")), "permohonan");
    }
    return List.copyOf(chosen);
  }

  private static String json(BatchSigning.Progress progress) {
    JsonArrayBuilder outcomes = Json.createArrayBuilder();
    for (BatchSigning.Outcome outcome : progress.outcomes()) {
      var one = Json.createObjectBuilder().add("id", outcome.id()).add("signed", outcome.signed());
      if (outcome.nomor() != null) {
        one.add("nomor", outcome.nomor());
      }
      if (outcome.message() != null) {
        one.add("message", outcome.message());
      }
      outcomes.add(one);
    }
    return Json.createObjectBuilder()
        .add("id", progress.id())
        .add("total", progress.total())
        .add("done", progress.done())
        .add("signed", progress.signedCount())
        .add("finished", progress.finished())
        .add("interrupted", progress.interrupted())
        .add("outcomes", outcomes)
        .build().toString();
  }
}
