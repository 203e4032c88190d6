package id.dukcapilceria.kk.portal.api;

import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.portal.permohonan.Transactions;
import id.dukcapilceria.kk.portal.security.ClientAddress;
import id.dukcapilceria.kk.portal.security.PublicRateLimit;
import id.dukcapilceria.kk.portal.text.PortalTexts;
import id.dukcapilceria.kk.workflow.permohonan.Labels;
import id.dukcapilceria.kk.workflow.tracking.ApplicationTracking;
import id.dukcapilceria.kk.workflow.tracking.PublicStatus;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The citizen's status page as an API, without signing in: the application number and the kode
 * lacak of the tanda terima give the stage the application has reached, as the page at {@code
 * /lacak.xhtml} shows it (kk-workflow's {@link ApplicationTracking} decides what). The number and
 * code travel in the body, never in the URL, where logs would keep the code. A wrong code answers
 * exactly as an unknown number: 404 with one and the same problem. Limited in rate with the other
 * public services ({@link PublicRateLimit}).
 */
@Path("lacak")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tracking", description = "Public: how far is my application?")
public class TrackingResource {

  @Inject Transactions tx;
  @Inject ApplicationTracking tracking;
  @Inject PublicRateLimit rateLimit;
  @Inject ClientAddress clientAddress;
  @Inject WilayahDirectory wilayah;
  @Context HttpServletRequest request;
  @Context HttpHeaders headers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "trackApplication", summary = "The status of an application (no authentication)",
      description = "The body names the application number and the kode lacak printed on the citizen's tanda terima. "
          + "200 with the stage (DITERIMA, DIPROSES, PERLU_DILENGKAPI, DITANDATANGANI, SIAP_DIAMBIL, SELESAI, DITOLAK) "
          + "in plain words, the stages passed, and what to bring while the application is returned; no personal data. "
          + "404 when the number is unknown or the code is not its own: the two are answered alike. "
          + "422 naming the field (nomor, kodeLacak) for a value that cannot be a number or a code.")
  @RequestBody(required = true,
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TrackingRequest")))
  @APIResponse(responseCode = "200", description = "Where the application stands",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PublicStatus")))
  @APIResponse(responseCode = "404", ref = "NotTracked")
  @APIResponse(responseCode = "429", ref = "TooManyRequests")
  public String track(InputStream body) {
    if (!rateLimit.tryAcquire(clientAddress.of(request))) {
      throw new ApiProblem(429, "api.problem.tooManyRequests", List.of(), PublicRateLimit.PER_MINUTE);
    }
    JsonInput json = JsonInput.parse(Requests.body(body), false);
    String nomor = json.string("nomor");
    String kodeLacak = json.string("kodeLacak");
    PublicStatus status = tx.call(em -> tracking.find(em, nomor, kodeLacak))
        .orElseThrow(() -> new ApiProblem(404, "api.problem.notTracked", List.of()));
    Locale locale = Problems.locale(headers);
    JsonArrayBuilder stages = Json.createArrayBuilder();
    for (PublicStatus.StageReached reached : status.stages()) {
      stages.add(Json.createObjectBuilder()
          .add("stage", reached.stage().name())
          .add("stageLabel", Labels.of(reached.stage(), locale))
          .add("at", reached.at().toString()));
    }
    JsonObjectBuilder answer = Json.createObjectBuilder()
        .add("nomor", status.nomor())
        .add("jenisLayanan", status.jenisLayanan().name())
        .add("jenisLayananLabel", status.jenisLayanan().label(locale))
        .add("kodeNagari", status.kodeNagari().value())
        .add("nagari", wilayah.nameOf(status.kodeNagari()))
        .add("receivedAt", status.receivedAt().toString())
        .add("stage", status.stage().name())
        .add("stageLabel", Labels.of(status.stage(), locale))
        .add("explanation", PortalTexts.in(locale, "tracking.explain." + status.stage().name()))
        .add("since", status.since().toString())
        .add("stages", stages);
    status.returnCategory().ifPresent(category -> answer.add("returnCategory", category.name()));
    status.returnReason().ifPresent(reason -> answer.add("returnReason", reason));
    return answer.build().toString();
  }
}
