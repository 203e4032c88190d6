package id.dukcapilceria.kk.portal.api;

import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.domain.kontak.CitizenContact;
import id.dukcapilceria.kk.domain.kontak.MessageLanguage;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import id.dukcapilceria.kk.domain.validasi.Violation;
import id.dukcapilceria.kk.portal.permohonan.Transactions;
import id.dukcapilceria.kk.portal.security.ApiAccess;
import id.dukcapilceria.kk.workflow.dokumen.DocumentStore;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import id.dukcapilceria.kk.workflow.permohonan.ProblemCategory;
import id.dukcapilceria.kk.workflow.permohonan.WorkflowException;
import id.dukcapilceria.kk.workflow.sop.PermohonanReads;
import id.dukcapilceria.kk.workflow.sop.PermohonanSteps;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
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

/**
 * Applications and the SOP steps, for other systems. Each request is one transaction
 * ({@link Transactions}) around kk-workflow's calls, exactly as the portal's pages make them:
 * kk-workflow decides who may take which step, from which status, for which nagari; nothing here
 * decides a rule. The contract of each operation (its body, its answers) is {@link ApiContract}'s.
 */
@Path("permohonan")
@ApiAuthenticated
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "permohonan", description = "Applications for a Kartu Keluarga and the steps of the SOP")
@SecurityRequirement(name = "basic")
public class PermohonanResource {

  @Inject Transactions tx;
  @Inject PermohonanSteps steps;
  @Inject PermohonanReads reads;
  @Inject DocumentStore documentStore;
  @Inject id.dukcapilceria.kk.portal.permohonan.SignatureStep signatureStep;
  @Inject id.dukcapilceria.kk.portal.signing.KkSigningService signing;
  @Inject ApiCaller caller;
  @Inject id.dukcapilceria.kk.portal.dokumen.VirusScan virusScan;
  @Inject Clock clock;
  @Inject ApiAccess access;
  @Context HttpHeaders headers;
  @Context UriInfo uriInfo;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createApplication",
      summary = "Create and submit an application (nagari operator, SOP step 1)",
      description = "Body: jenisLayanan, the card (alamat, rt, rw, kodeDesa (default: the operator's nagari), "
          + "kodePos, members[]) with code lists by enum name (\"ISLAM\") or SIAK code (1), "
          + "warningsAcknowledged, and documents[] {jenis, fileName, content (base64; PDF/JPEG/PNG by content, "
          + "at most 5 MB, no JavaScript or embedded files)}. 201 with Location and the application.")
  @RequestBody(required = true,
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SubmitRequest")))
  @APIResponse(responseCode = "201", description = "The application, submitted, with the kode lacak for the citizen's "
      + "tanda terima (given in this answer only); Location names it",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SubmittedApplication")))
  public Response create(InputStream body) {
    Actor actor = caller.actor();
    JsonInput json = JsonInput.parse(Requests.body(body), false);
    JenisLayanan jenisLayanan = json.code("jenisLayanan", JenisLayanan.class);
    boolean acknowledged = json.bool("warningsAcknowledged", false);
    Instant intakeStartedAt = json.instant("intakeStartedAt");
    if (jenisLayanan == null) {
      throw required("jenisLayanan");
    }
    KartuKeluarga kk = KkJson.toKartuKeluarga(json, actor.nagari());
    CitizenContact contact = contactIn(json.object("kontak"));
    DocumentsJson.Scans scans = DocumentsJson.read(json, actor, virusScan, clock.instant());
    Instant started = intakeStartedAt == null ? clock.instant() : intakeStartedAt;
    try {
      return tx.call(em -> {
        PermohonanSteps.Receipt receipt =
            steps.receive(em, actor, jenisLayanan, kk, scans.documents(), started, acknowledged, contact);
        Permohonan created = receipt.permohonan();
        scans.store(documentStore);
        // the kode lacak for the citizen's tanda terima: in this answer only, the application keeps its hash
        String answer = Json.createObjectBuilder(detailJson(em, actor, created))
            .add("kodeLacak", receipt.trackingCode().toString())
            .build()
            .toString();
        return Response.created(uriInfo.getBaseUriBuilder().path("permohonan").path(String.valueOf(created.id())).build())
            .entity(answer)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .build();
      });
    } catch (WorkflowException refused) {
      throw withViolations(refused, jenisLayanan, kk);
    }
  }

  /**
   * The citizen's optional contact ({@code kontak}: surel, ponsel, bahasa {@code id}/{@code en},
   * persetujuan); a refusal names its path ({@code kontak.ponsel}).
   */
  private static CitizenContact contactIn(JsonInput kontak) {
    if (kontak == null) {
      return CitizenContact.NONE;
    }
    try {
      return CitizenContact.typed(kontak.string("surel"), kontak.string("ponsel"),
          MessageLanguage.chosen(kontak.string("bahasa")), kontak.bool("persetujuan", false));
    } catch (InvalidValueException refused) {
      String field = "persetujuanKontak".equals(refused.field()) ? "persetujuan" : refused.field();
      throw new ApiProblem(422, "api.problem.invalidValue",
          java.util.List.of(new FieldError(kontak.pathOf(field), refused.code(), refused::message)));
    }
  }

  @POST
  @Path("{id}/resubmit")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "resubmitApplication",
      summary = "Correct and resubmit an application sent back to the nagari (nagari operator)",
      description = "The same body as creating one, without jenisLayanan; documents[] are added to those already attached.")
  @RequestBody(required = true,
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ResubmitRequest")))
  @APIResponse(responseCode = "200", description = "The application, submitted again",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Application")))
  public String resubmit(@Parameter(ref = "ApplicationId") @PathParam("id") String idText, InputStream body) {
    Actor actor = caller.actor();
    long id = Requests.id(idText);
    JsonInput json = JsonInput.parse(Requests.body(body), false);
    boolean acknowledged = json.bool("warningsAcknowledged", false);
    KartuKeluarga kk = KkJson.toKartuKeluarga(json, actor.nagari());
    DocumentsJson.Scans scans = DocumentsJson.read(json, actor, virusScan, clock.instant());
    try {
      return tx.call(em -> {
        steps.resubmit(em, actor, id, kk.alamat(), kk.anggota(), scans.documents(), acknowledged);
        scans.store(documentStore);
        return detail(em, actor, reads.find(em, actor, id));
      });
    } catch (WorkflowException refused) {
      // the refused step was rolled back; its service type is read again to name the broken rules
      throw withViolations(refused, tx.call(em -> reads.find(em, actor, id)).jenisLayanan(), kk);
    }
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getApplication",
      summary = "One application: status, KK data, documents, the KK number proposed for verification")
  @APIResponse(responseCode = "200", description = "The application",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Application")))
  public String get(@Parameter(ref = "ApplicationId") @PathParam("id") String idText) {
    Actor actor = caller.actor();
    long id = Requests.id(idText);
    return tx.call(em -> detail(em, actor, reads.read(em, actor, id)));
  }

  @GET
  @Path("{id}/timeline")
  @Operation(operationId = "getApplicationTimeline",
      summary = "The application's steps: who, in which role, when, from which status to which, why")
  @APIResponse(responseCode = "200", description = "The application's steps",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Timeline")))
  public String timeline(@Parameter(ref = "ApplicationId") @PathParam("id") String idText) {
    return PermohonanJson.timeline(tx.call(em -> reads.read(em, caller.actor(), Requests.id(idText))), locale()).toString();
  }

  @POST
  @Path("{id}/verify")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "verifyApplication",
      summary = "Verify and record the KK number from SIAK (operator layanan, SOP step 2)",
      description = "Body: {\"nomorKk\": \"16 digits\"}.")
  @RequestBody(required = true,
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "VerifyRequest")))
  @APIResponse(responseCode = "200", description = "The application, verified",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Application")))
  public String verify(@Parameter(ref = "ApplicationId") @PathParam("id") String idText, InputStream body) {
    JsonInput json = JsonInput.parse(Requests.body(body), false);
    String nomor = json.string("nomorKk");
    if (nomor == null) {
      throw required("nomorKk");
    }
    return step(idText, (em, actor, id) -> steps.verify(em, actor, id, NomorKk.of(nomor)));
  }

  @POST
  @Path("{id}/send-back-to-nagari")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "sendApplicationBackToNagari",
      summary = "Send the application back to the nagari to complete (operator layanan)",
      description = "Body: {\"category\": ProblemCategory, \"reason\": text}.")
  @RequestBody(required = true,
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProblemReport")))
  @APIResponse(responseCode = "200", description = "The application, back at the nagari",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Application")))
  public String sendBackToNagari(@Parameter(ref = "ApplicationId") @PathParam("id") String idText, InputStream body) {
    JsonInput json = JsonInput.parse(Requests.body(body), false);
    ProblemCategory category = category(json);
    String reason = json.string("reason");
    return step(idText, (em, actor, id) -> steps.sendBackToNagari(em, actor, id, category, reason));
  }

  @POST
  @Path("{id}/refuse")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "refuseApplication",
      summary = "Refuse the application (operator layanan)", description = "Body: {\"reason\": text}.")
  @RequestBody(required = true,
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RefuseRequest")))
  @APIResponse(responseCode = "200", description = "The application, refused",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Application")))
  public String refuse(@Parameter(ref = "ApplicationId") @PathParam("id") String idText, InputStream body) {
    String reason = JsonInput.parse(Requests.body(body), false).string("reason");
    return step(idText, (em, actor, id) -> steps.refuse(em, actor, id, reason));
  }

  @POST
  @Path("{id}/confirm")
  @Operation(operationId = "confirmApplication",
      summary = "Confirm the verified data (Kasi/Kabid, SOP step 3)", description = "No body, {} or null.")
  @RequestBody(required = false,
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "NoBody")))
  @APIResponse(responseCode = "200", description = "The application, confirmed",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Application")))
  public String confirm(@Parameter(ref = "ApplicationId") @PathParam("id") String idText, InputStream body) {
    JsonInput.parse(Requests.body(body), true);
    return step(idText, steps::confirm);
  }

  @POST
  @Path("{id}/return-to-operator")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "returnApplicationToOperator",
      summary = "Return the application to the operator, recorded in the buku permasalahan (Kasi/Kabid)",
      description = "Body: {\"category\": ProblemCategory, \"reason\": text}.")
  @RequestBody(required = true,
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProblemReport")))
  @APIResponse(responseCode = "200", description = "The application, back with the operator",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Application")))
  public String returnToOperator(@Parameter(ref = "ApplicationId") @PathParam("id") String idText, InputStream body) {
    JsonInput json = JsonInput.parse(Requests.body(body), false);
    ProblemCategory category = category(json);
    String reason = json.string("reason");
    return step(idText, (em, actor, id) -> steps.returnToOperator(em, actor, id, category, reason));
  }

  @POST
  @Path("{id}/sign")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "signApplication", summary = "Sign the card (Kadis, SOP step 4, PAdES)",
      description = "Body: {\"passphrase\": the Kadis key's passphrase}, or {\"totp\": the BeSign app's one-time code} "
          + "where the signing authority takes one (BSrE v2). It is never stored or logged and is "
          + "wiped from memory after signing. The card is signed by the configured signing authority (the demo key, "
          + "a PKCS#11 token or BSrE's gateway) outside any database transaction. Refusals: 422 wrong passphrase; "
          + "409 the authority refused (not registered, no certificate, certificate not usable, a returned card "
          + "that is not the one sent) or the workflow did (e.g. an acting official outside their period); 503 the "
          + "authority cannot be reached; 504 it did not answer in time (nothing stored; sign again). In each case "
          + "the application stays DIKONFIRMASI.")
  @RequestBody(required = true,
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SignRequest")))
  @APIResponse(responseCode = "200", description = "The application, its card signed",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Application")))
  @APIResponse(responseCode = "429", ref = "TooManyRequests")
  @APIResponse(responseCode = "503", ref = "SigningUnavailable")
  @APIResponse(responseCode = "504", ref = "SigningTimedOut")
  public String sign(@Parameter(ref = "ApplicationId") @PathParam("id") String idText, InputStream body) {
    long id = Requests.id(idText);
    PassphraseBody.Secret secret = PassphraseBody.read(Requests.body(body), signing.acceptsOneTimeCodes());
    Actor actor = caller.actor();
    try {
      signatureStep.sign(actor, id, secret.kind(), secret.value());
    } finally {
      Arrays.fill(secret.value(), '\0');
    }
    return tx.call(em -> detail(em, actor, reads.find(em, actor, id)));
  }

  @POST
  @Path("{id}/register-and-send")
  @Operation(operationId = "registerAndSendApplication",
      summary = "Record the card in the buku register and send it to the nagari (operator layanan, SOP step 5)",
      description = "No body, {} or null.")
  @RequestBody(required = false,
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "NoBody")))
  @APIResponse(responseCode = "200", description = "The application, recorded in the buku register and sent",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Application")))
  public String registerAndSend(@Parameter(ref = "ApplicationId") @PathParam("id") String idText, InputStream body) {
    JsonInput.parse(Requests.body(body), true);
    return step(idText, steps::registerAndSend);
  }

  @POST
  @Path("{id}/hand-over-and-archive")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "handOverAndArchiveApplication",
      summary = "The printed card was handed over and the files archived (nagari operator, SOP step 7)",
      description = "Body: {\"recipient\": the name of whom it was handed to}.")
  @RequestBody(required = true,
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "HandOverRequest")))
  @APIResponse(responseCode = "200", description = "The application, closed",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Application")))
  public String handOverAndArchive(@Parameter(ref = "ApplicationId") @PathParam("id") String idText, InputStream body) {
    String recipient = JsonInput.parse(Requests.body(body), false).string("recipient");
    return step(idText, (em, actor, id) -> steps.handOverAndArchive(em, actor, id, recipient));
  }

  @GET
  @Path("{id}/kk.pdf")
  @Produces("application/pdf")
  @Operation(operationId = "downloadSignedCard",
      summary = "The signed KK as PDF (PAdES), for the roles that may download it in the portal")
  @APIResponse(responseCode = "200", description = "The signed card (PAdES)",
      content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response pdf(@Parameter(ref = "ApplicationId") @PathParam("id") String idText) {
    Actor actor = caller.actor();
    long id = Requests.id(idText);
    if (!access.mayDownloadCards(actor, uriInfo.getPath())) {
      throw new ApiProblem(403, "api.problem.forbidden", List.of());
    }
    PermohonanReads.SignedCardFile card = tx.call(em -> reads.downloadSignedCard(em, actor, id));
    return Response.ok(card.pdf(), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + card.fileName() + "\"")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  /**
   * One transition by the caller, then the application as it is now, in one transaction: the
   * detail reads the application the step has just loaded and changed.
   */
  private String step(String idText, Step step) {
    Actor actor = caller.actor();
    long id = Requests.id(idText);
    return tx.call(em -> {
      step.take(em, actor, id);
      return detail(em, actor, reads.find(em, actor, id));
    });
  }

  @FunctionalInterface
  private interface Step {
    void take(EntityManager em, Actor actor, long id);
  }

  private String detail(EntityManager em, Actor actor, Permohonan permohonan) {
    return detailJson(em, actor, permohonan).toString();
  }

  private JsonObject detailJson(EntityManager em, Actor actor, Permohonan permohonan) {
    // offered to the verifying operator as the portal pre-fills it (the workflow says when and to
    // whom); SIAK assigns the real one
    String proposed = reads.proposedNomorKk(em, actor, permohonan.id()).map(NomorKk::value).orElse(null);
    return PermohonanJson.detail(permohonan, actor, proposed, locale());
  }

  private static ProblemCategory category(JsonInput json) {
    ProblemCategory category = json.code("category", ProblemCategory.class);
    if (category == null) {
      throw required("category");
    }
    return category;
  }

  static ApiProblem required(String field) {
    return new ApiProblem(422, "api.problem.invalidValue",
        List.of(FieldError.of(field, "value.required", "api.field.required")));
  }

  /** A refusal of the card's data, with the domain's violations and their paths. */
  private RuntimeException withViolations(WorkflowException refused, JenisLayanan jenisLayanan, KartuKeluarga kk) {
    if (!refused.code().equals("submit.invalidData") && !refused.code().equals("submit.warningsNotAcknowledged")) {
      return refused;
    }
    boolean errorsOnly = refused.code().equals("submit.invalidData");
    List<Violation> violations = steps.check(jenisLayanan, kk).stream()
        .filter(v -> !errorsOnly || v.isError())
        .toList();
    return new RefusedWithViolations(refused, violations);
  }

  private Locale locale() {
    return Problems.locale(headers);
  }

}
