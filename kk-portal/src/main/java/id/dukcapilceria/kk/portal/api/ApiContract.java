package id.dukcapilceria.kk.portal.api;

import id.dukcapilceria.kk.domain.input.CodeInput;
import id.dukcapilceria.kk.domain.input.KkInput;
import id.dukcapilceria.kk.domain.input.MemberInput;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusKartuKeluarga;
import id.dukcapilceria.kk.domain.layanan.JenisDokumen;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.sintetis.SyntheticFamilies;
import id.dukcapilceria.kk.domain.validasi.Violation;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.signature.verify.RecipientVerdict;
import id.dukcapilceria.kk.workflow.permohonan.ProblemCategory;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import id.dukcapilceria.kk.workflow.permohonan.Status;
import id.dukcapilceria.kk.workflow.permohonan.Transition;
import id.dukcapilceria.kk.workflow.tracking.PublicStage;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The API's contract: every request and answer body as a schema, and the problem answers shared by
 * the operations, which the resources' annotations name ({@code @Schema(ref = "Application")},
 * {@code @APIResponse(ref = "NotFound")}). The KK data's schema is made from the domain's input
 * shape itself ({@link KkInput}, {@link MemberInput}: one property per record component), so the
 * contract cannot describe another shape than the one the API reads. Payara Micro merges this model
 * with the annotations and serves it at {@code /openapi} (microprofile-config: {@code
 * mp.openapi.model.reader}).
 */
public class ApiContract implements OASModelReader, OASFilter {

  static final String PROBLEM_JSON = "application/problem+json";

  @Override
  public OpenAPI buildModel() {
    Components components = OASFactory.createComponents();
    schemas().forEach(components::addSchema);
    problems().forEach(components::addResponse);
    parameters().forEach(components::addParameter);
    String address = ConfigProvider.getConfig().getOptionalValue("kk.base.url", String.class)
        .orElse("http://localhost:8080").replaceAll("/+$", "");
    return OASFactory.createOpenAPI()
        .servers(List.of(OASFactory.createServer().url(address).description("This portal (kk.base.url)")))
        .components(components);
  }

  /**
   * The public verification and the citizen's status are the operations open to anyone: they say
   * so (one empty requirement, OpenAPI's "no credentials needed") rather than saying nothing.
   */
  @Override
  public Operation filterOperation(Operation operation) {
    if (java.util.Set.of("verifySignedPdf", "trackApplication").contains(operation.getOperationId())) {
      operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement())));
    }
    return operation;
  }

  /** Adds to every operation the problem answers it can give ({@link #problemsOf}). */
  @Override
  public void filterOpenAPI(OpenAPI document) {
    if (document.getPaths() == null) {
      return;
    }
    document.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) ->
        problemsOf(path, method, operation).forEach((status, answer) -> {
          if (operation.getResponses().getAPIResponse(status) == null) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().ref(answer));
          }
        })));
  }

  /**
   * The problems an operation can give, from what it is (ProblemMapper answers them): one that needs
   * credentials can be refused them (401) or refuse the caller's role (403); one that names an
   * application by id can get a malformed id (400) or an unknown one (404); one with a JSON or PDF
   * body can get one that is malformed (400), too large (413) or of another type (415), and a JSON
   * one refused field by field (422); a step on an application can find it in another status (409); a list's
   * paging can be malformed (400) or out of range (422).
   */
  static Map<String, String> problemsOf(String path, PathItem.HttpMethod method, Operation operation) {
    Map<String, String> problems = new LinkedHashMap<>();
    boolean signedIn = operation.getSecurity() == null || operation.getSecurity().stream()
        .anyMatch(requirement -> requirement.hasScheme("basic"));
    if (signedIn) {
      problems.put("401", "Unauthorized");
      problems.put("403", "Forbidden");
    }
    if (path.contains("{id}")) {
      problems.put("400", "BadRequest");
      problems.put("404", "NotFound");
    }
    if (operation.getParameters() != null && operation.getParameters().stream()
        .anyMatch(parameter -> parameter.getRef() != null || parameter.getIn() == Parameter.In.QUERY)
        && !path.contains("{id}")) {
      problems.put("400", "BadRequest");
      problems.put("422", "Unprocessable");
    }
    if (operation.getRequestBody() != null) {
      problems.put("400", "BadRequest");
      problems.put("413", "PayloadTooLarge");
      var types = operation.getRequestBody().getContent() == null ? Map.<String, Object>of()
          : operation.getRequestBody().getContent().getMediaTypes();
      if (Boolean.TRUE.equals(operation.getRequestBody().getRequired())) {
        // an optional body (a step that needs none) is read whatever its type says
        problems.put("415", "UnsupportedMediaType");
      }
      if (types.containsKey("application/json")) {
        problems.put("422", "Unprocessable");
      }
    }
    if (method == PathItem.HttpMethod.POST && path.matches(".*/\\{id}/[a-z-]+")) {
      problems.put("409", "Conflict");
      problems.put("422", "Unprocessable");
    }
    return problems;
  }

  /** The parameters the operations share, by name. */
  static Map<String, Parameter> parameters() {
    Map<String, Parameter> parameters = new LinkedHashMap<>();
    parameters.put("ApplicationId", OASFactory.createParameter().name("id").in(Parameter.In.PATH).required(true)
        .description("The application's id").example(1)
        .schema(OASFactory.createSchema().type(SchemaType.INTEGER).format("int64").minimum(java.math.BigDecimal.ONE)));
    parameters.put("First", OASFactory.createParameter().name("first").in(Parameter.In.QUERY)
        .description("The first row, from 0 (default 0)").example(0)
        .schema(OASFactory.createSchema().type(SchemaType.INTEGER).minimum(java.math.BigDecimal.ZERO)));
    parameters.put("Size", OASFactory.createParameter().name("size").in(Parameter.In.QUERY)
        .description("Rows, 1 to 100 (default 20)").example(20)
        .schema(OASFactory.createSchema().type(SchemaType.INTEGER).minimum(java.math.BigDecimal.ONE)
            .maximum(java.math.BigDecimal.valueOf(100))));
    parameters.put("Tahun", OASFactory.createParameter().name("tahun").in(Parameter.In.QUERY)
        .description("The register's year (default: this year)").example(2026)
        .schema(OASFactory.createSchema().type(SchemaType.INTEGER).minimum(java.math.BigDecimal.valueOf(2000))
            .maximum(java.math.BigDecimal.valueOf(9999))));
    return parameters;
  }

  /** Every body the API reads or answers, by name. */
  static Map<String, Schema> schemas() {
    Map<String, Schema> schemas = new LinkedHashMap<>();
    schemas.put("Code", OASFactory.createSchema()
        .description("A value of an official code list: its enum name or printed label (\"KAWIN_TERCATAT\", "
            + "\"Kawin Tercatat\"), SIAK's number (2), or a number of a named code system. Answers give the enum name.")
        .oneOf(List.of(string("Enum name or printed label"), OASFactory.createSchema().type(SchemaType.INTEGER)
            .description("SIAK's number, as OpenSID numbers it"), ref("CodeInSystem"))));
    schemas.put("CodeInSystem", object("A number of a named code system", props(
        "system", enumOf(List.of("SIAK", "F-1.01"), "The code system"),
        "code", OASFactory.createSchema().type(SchemaType.INTEGER)), "system", "code"));
    schemas.put("Member", shapeOf(MemberInput.class,
        "One member of the card, as the domain's input shape (kk-domain input.MemberInput) has it: the domain "
            + "decides what is required and valid, and refuses each field at its path (members[2].nik)."));
    schemas.put("KkData", shapeOf(KkInput.class,
        "The card's data, as the domain's input shape (kk-domain input.KkInput) has it. kodeDesa defaults to "
            + "the nagari operator's own nagari.").example(exampleCard()));
    schemas.put("DocumentUpload", object("A scanned requirement document sent with an application", props(
        "jenis", enumOf(JenisDokumen.class, "Which requirement document it is"),
        "fileName", string("The file's name"),
        "content", string("The file, base64 (PDF, JPEG or PNG by content, at most 5 MB, no JavaScript or embedded "
            + "files)").format("byte")), "jenis", "fileName", "content"));
    schemas.put("SubmitRequest", allOf("KkData", "An application for a card (SOP step 1)", props(
        "jenisLayanan", enumOf(JenisLayanan.class, "The service asked for"),
        "warningsAcknowledged", bool("The operator has seen the data's warnings (default false)"),
        "intakeStartedAt", string("When the intake began (default: now)").format("date-time").nullable(true),
        "documents", array(ref("DocumentUpload"), "The requirement documents"),
        "kontak", ref("CitizenContact")), "jenisLayanan"));
    schemas.put("CitizenContact", object("How the citizen agreed to be told about the application (optional): "
        + "returned for correction, ready to collect. An address is kept only with persetujuan true.", props(
        "surel", string("E-mail address").nullable(true),
        "ponsel", string("Indonesian mobile number (08..., +628...), for WhatsApp/SMS").nullable(true),
        "bahasa", string("Language of the messages: id (default) or en").nullable(true),
        "persetujuan", bool("The citizen's consent; required when surel or ponsel is given"))));
    schemas.put("ResubmitRequest", allOf("KkData", "The corrected data of an application sent back to the nagari",
        props("warningsAcknowledged", bool("The operator has seen the data's warnings (default false)"),
            "documents", array(ref("DocumentUpload"), "Documents added to those already attached"))));
    schemas.put("VerifyRequest", object("The KK number from SIAK", props(
        "nomorKk", string("16 digits").pattern("^\\d{16}$")), "nomorKk"));
    schemas.put("ProblemReport", object("Why an application goes back, as the buku permasalahan records it",
        props("category", enumOf(ProblemCategory.class, "The kind of problem"), "reason", string("What is wrong")),
        "category", "reason"));
    schemas.put("RefuseRequest", object("Why the application is refused", props("reason", string("The reason")),
        "reason"));
    schemas.put("SignRequest", object("The Kadis's authorisation of this one signing: the key's passphrase, or "
        + "the BeSign app's one-time code where the signing authority takes one. Never stored or logged.", props(
        "passphrase", string("The key's passphrase").format("password"),
        "totp", string("The one-time code").pattern("^\\d{6}$"))));
    schemas.put("BatchOutcome", object("What became of one application of a batch signature", props(
        "id", integer("The application's id"), "nomor", string("Its number").nullable(true),
        "signed", bool("Its card was signed and recorded"),
        "message", string("Why not, in the reader's language").nullable(true)), "id", "signed"));
    schemas.put("BatchProgress", object("How far a batch signature is", props(
        "id", string("The batch's id"), "total", integer("Applications in the batch"),
        "done", integer("Applications with an outcome"), "signed", integer("Applications signed"),
        "finished", bool("Nothing more will happen"),
        "interrupted", bool("The node running it stopped first: those without an outcome are still DIKONFIRMASI"),
        "outcomes", array(ref("BatchOutcome"), "Each application's outcome so far")),
        "id", "total", "done", "signed", "finished", "interrupted", "outcomes"));
    schemas.put("NoBody", OASFactory.createSchema().type(SchemaType.OBJECT).nullable(true).maxProperties(0)
        .description("Nothing to send: the step needs no body, or {}, or null"));
    schemas.put("HandOverRequest", object("To whom the printed card was handed", props(
        "recipient", string("The recipient's name")), "recipient"));
    schemas.put("Card", allOf("KkData", "The card's data as stored", props(
        "nomorKk", string("The KK number, once verified").nullable(true),
        "statusKk", enumOf(StatusKartuKeluarga.class, "The card's standing")), "statusKk"));
    schemas.put("StoredDocument", object("A requirement document attached to the application", props(
        "jenis", enumOf(JenisDokumen.class, "Which document"), "fileName", string("Its name"),
        "mediaType", string("Its type by content"), "size", integer("Bytes"),
        "sha256", string("SHA-256 of the content, hex"), "uploadedAt", dateTime("When it was uploaded"),
        "uploadedBy", string("Who uploaded it")),
        "jenis", "fileName", "mediaType", "size", "sha256", "uploadedAt", "uploadedBy"));
    schemas.put("Step", object("A step the caller may take on the application now (kk-workflow decides)", props(
        "transition", enumOf(Transition.class, "The step"), "label", string("Its name in the reader's language"),
        "path", string("The last part of its call: POST /api/v1/permohonan/{id}/{path}"),
        "needsReason", bool("Whether its body needs a reason")), "transition", "label", "path", "needsReason"));
    schemas.put("ApplicationSummary", object("An application as lists show it", summaryProps(),
        "id", "nomor", "jenisLayanan", "status", "statusLabel", "statusSince", "kodeNagari", "namaKepalaKeluarga"));
    Map<String, Schema> detail = new LinkedHashMap<>(summaryProps());
    detail.putAll(props(
        "proposedNomorKk", string("The KK number offered to the verifying operator (SIAK assigns the real one)")
            .nullable(true),
        "lastReason", string("The reason of the last return or refusal").nullable(true),
        "signedDocumentSha256", string("SHA-256 of the signed card, once signed").nullable(true),
        "kk", ref("Card"), "documents", array(ref("StoredDocument"), "Its requirement documents"),
        "steps", array(ref("Step"), "The steps the caller may take now")));
    schemas.put("Application", object("One application in full", detail, "id", "nomor", "jenisLayanan", "status",
        "statusLabel", "statusSince", "kodeNagari", "namaKepalaKeluarga", "kk", "documents", "steps"));
    schemas.put("SubmittedApplication", allOf("Application", "An application just submitted", props(
        "kodeLacak", string("The kode lacak to print on the citizen's tanda terima; given once, in this answer only")
            .example("K7QM-3XHP")), "kodeLacak"));
    schemas.put("TimelineStep", object("One step taken", props(
        "transition", enumOf(Transition.class, "The step"), "transitionLabel", string("Its name"),
        "username", string("Who took it"), "role", enumOf(Role.class, "In which role"),
        "at", dateTime("When"), "from", enumOf(Status.class, "The status before (none for the submission)")
            .nullable(true),
        "to", enumOf(Status.class, "The status after"), "reason", string("Why, where a reason was given")
            .nullable(true)), "transition", "transitionLabel", "username", "role", "at", "to"));
    schemas.put("Timeline", object("The application's steps, oldest first", props(
        "id", integer("The application's id"), "nomor", string("The application's number"),
        "steps", array(ref("TimelineStep"), "Its steps")), "id", "nomor", "steps"));
    schemas.put("ApplicationPage", page("ApplicationSummary", "Applications, a page at a time"));
    schemas.put("TrackingRequest", object("The application number and kode lacak of a citizen's tanda terima", props(
        "nomor", string("The application number, PMH-yyyy-nnnnn").example("PMH-2026-00001"),
        "kodeLacak", string("The kode lacak: 8 letters and digits, case, spaces and hyphens ignored")
            .example("K7QM-3XHP")), "nomor", "kodeLacak"));
    schemas.put("StageReached", object("A stage the application entered", props(
        "stage", enumOf(PublicStage.class, "The stage"), "stageLabel", string("Its name"), "at", dateTime("When")),
        "stage", "stageLabel", "at"));
    schemas.put("PublicStatus", object("Where an application stands, as its citizen may know it: no personal data",
        props(
            "nomor", string("The application number"), "jenisLayanan", enumOf(JenisLayanan.class, "The service"),
            "jenisLayananLabel", string("Its name"), "kodeNagari", string("The nagari's region code"),
            "nagari", string("The nagari's name"), "receivedAt", dateTime("When the nagari office received it"),
            "stage", enumOf(PublicStage.class, "The stage now"), "stageLabel", string("Its name"),
            "explanation", string("What the stage means for the citizen, in plain words"),
            "since", dateTime("Since when"), "stages", array(ref("StageReached"), "The stages passed, oldest first"),
            "returnCategory", enumOf(ProblemCategory.class, "While returned to the nagari: the kind of problem"),
            "returnReason", string("While returned: what to bring; once refused: why")),
        "nomor", "jenisLayanan", "jenisLayananLabel", "kodeNagari", "nagari", "receivedAt", "stage", "stageLabel",
        "explanation", "since", "stages"));
    schemas.put("BukuRegisterEntry", object("One line of the buku register", props(
        "label", string("The register number as printed"), "tahun", integer("Its year"),
        "nomor", integer("Its number in the year"), "registeredAt", dateTime("When it was recorded"),
        "permohonanNomor", string("The application's number"), "nomorKk", string("The KK number"),
        "namaKepalaKeluarga", string("The head of family"), "kodeNagari", string("The nagari's code"),
        "jenisLayanan", enumOf(JenisLayanan.class, "The service"),
        "documentSha256", string("SHA-256 of the signed card"), "signer", string("Who signed it"),
        "registeredBy", string("Who recorded it")), "label", "tahun", "nomor", "registeredAt", "permohonanNomor",
        "nomorKk", "namaKepalaKeluarga", "kodeNagari", "jenisLayanan", "documentSha256", "signer", "registeredBy"));
    schemas.put("BukuRegisterEntryPage", page("BukuRegisterEntry", "The buku register, a page at a time"));
    schemas.put("BukuPermasalahanEntry", object("One line of the buku permasalahan", props(
        "permohonanNomor", string("The application's number"), "reportedAt", dateTime("When it was returned"),
        "atStatus", enumOf(Status.class, "Its status then"), "category", enumOf(ProblemCategory.class, "The kind"),
        "categoryLabel", string("The kind's name"), "description", string("What was wrong"),
        "reportedBy", string("Who returned it"), "open", bool("Not resolved yet"),
        "resolvedAt", dateTime("When it was resolved").nullable(true),
        "resolvedBy", string("Who resolved it").nullable(true), "resolution", string("How").nullable(true)),
        "permohonanNomor", "reportedAt", "atStatus", "category", "categoryLabel", "description", "reportedBy",
        "open"));
    schemas.put("BukuPermasalahanEntryPage", page("BukuPermasalahanEntry", "The buku permasalahan, a page at a time"));
    schemas.put("Violation", object("One rule the card breaks", props(
        "code", string("The rule's stable code"), "path", string("The field, as the request names it (members[2].nik)"),
        "severity", enumOf(Violation.Severity.class, "ERROR refuses the card; WARNING needs acknowledging"),
        "message", string("In the reader's language")), "code", "path", "severity", "message"));
    schemas.put("ValidationReport", object("What the domain's rules say of the data; nothing is stored", props(
        "valid", bool("No ERROR"), "violations", array(ref("Violation"), "Every broken rule")), "valid", "violations"));
    schemas.put("VerificationReport", verificationReport());
    schemas.put("FieldError", object("One refused field", props(
        "field", string("Its path, as the request names it (members[2].nik); empty when none"),
        "code", string("The refusal's stable code"), "message", string("In the reader's language")),
        "field", "code", "message"));
    schemas.put("Problem", object("A refusal or an error (RFC 9457)", props(
        "type", string("urn:dukcapilceria:kk:problem:{slug}"), "title", string("The status's name"),
        "status", integer("The HTTP status"), "detail", string("What happened, in the reader's language"),
        "instance", string("The request's path"), "errors", array(ref("FieldError"), "Every refused field")),
        "type", "title", "status", "detail", "errors"));
    return schemas;
  }

  /** The problem answers the operations share, by name. */
  static Map<String, APIResponse> problems() {
    Map<String, APIResponse> answers = new LinkedHashMap<>();
    answers.put("BadRequest", problem("The request is not well-formed: not JSON, a value of the wrong JSON type, "
        + "nested too deep, or not an id"));
    answers.put("Unauthorized", problem("No credentials, wrong ones, or a missing or wrong authenticator code"));
    answers.put("Forbidden", problem("The caller's role may not do this, here (another nagari) or now"));
    answers.put("NotFound", problem("No such application (or not one the caller may see)"));
    answers.put("Conflict", problem("The application is not in the status this step needs, or was changed meanwhile"));
    answers.put("PayloadTooLarge", problem("The body is larger than the API accepts"));
    answers.put("UnsupportedMediaType", problem("The body is not of the media type the operation reads"));
    answers.put("Unprocessable", problem("A value was refused: every refused field is in errors[], at its path"));
    answers.put("TooManyRequests", problem("Too many requests from this address, or too many wrong passphrases; "
        + "try again after Retry-After"));
    answers.put("NotTracked", problem("No application has this number with this tracking code: an unknown number "
        + "and a wrong code are answered alike"));
    answers.put("SigningUnavailable", problem("The signing authority cannot be reached; nothing was stored"));
    answers.put("SigningTimedOut", problem("The signing authority did not answer in time; nothing was stored, sign again"));
    return answers;
  }

  private static APIResponse problem(String description) {
    return OASFactory.createAPIResponse().description(description)
        .content(OASFactory.createContent().addMediaType(PROBLEM_JSON,
            OASFactory.createMediaType().schema(ref("Problem"))));
  }

  private static Map<String, Schema> summaryProps() {
    return props(
        "id", integer("The application's id"), "nomor", string("Its number, PMH-yyyy-nnnnn"),
        "jenisLayanan", enumOf(JenisLayanan.class, "The service"), "status", enumOf(Status.class, "Its status"),
        "statusLabel", string("The status's name"), "statusSince", dateTime("Since when"),
        "kodeNagari", string("The nagari's code"), "namaKepalaKeluarga", string("The head of family"),
        "waitingFor", enumOf(Role.class, "The role it waits for (none once closed)").nullable(true),
        "nomorKk", string("The KK number, once verified").nullable(true),
        "registerNumber", string("The buku register number, once recorded").nullable(true));
  }

  private static Schema verificationReport() {
    return object("What a signed PDF proves (kk-signature's validation and this system's register)", props(
        "indication", enumOf(List.of("TOTAL_PASSED", "TOTAL_FAILED", "INDETERMINATE"), "ETSI's indication"),
        "subIndication", string("ETSI's sub-indication").nullable(true),
        "verdict", enumOf(RecipientVerdict.class, "What the recipient should conclude"),
        "verdictColour", enumOf(RecipientVerdict.Colour.class, "How the portal shows it"),
        "signatureCount", integer("Signatures in the file"),
        "signer", string("The signer's name").nullable(true),
        "signingTime", dateTime("When it was signed").nullable(true),
        "level", string("The PAdES level reached").nullable(true),
        "valid", bool("The signature is valid"), "integrity", bool("The signed bytes are unchanged"),
        "chainTrusted", bool("The certificate chains to a trusted root"),
        "revocation", string("What is known of the certificate's revocation").nullable(true),
        "modifiedAfterSigning", bool("Something was added after the signature"),
        "nomorKk", string("The card's KK number, masked, for a card this system issued"),
        "activeCard", bool("The card is the family's active one, for a card this system issued"),
        "reasons", array(string("A reason"), "Why, in the reader's language")),
        "indication", "verdict", "verdictColour", "signatureCount", "valid", "integrity", "chainTrusted",
        "modifiedAfterSigning", "reasons");
  }

  /** One property per component of a record of the domain's input shape. */
  static Schema shapeOf(Class<? extends Record> shape, String description) {
    Map<String, Schema> properties = new LinkedHashMap<>();
    for (RecordComponent component : shape.getRecordComponents()) {
      properties.put(component.getName(), componentSchema(component));
    }
    return object(description, properties);
  }

  private static Schema componentSchema(RecordComponent component) {
    Class<?> type = component.getType();
    if (type == String.class) {
      return OASFactory.createSchema().type(SchemaType.STRING).nullable(true);
    }
    if (type == LocalDate.class) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("date").nullable(true);
    }
    if (type == CodeInput.class) {
      return ref("Code"); // absent when not given: KkJson writes no null code
    }
    if (type == List.class) {
      // the only list of the shape: KkInput's members
      return array(ref("Member"), "The family's members, the head of family first");
    }
    throw new IllegalStateException("No schema for " + type + " of " + component);
  }

  /** A real card of the demo's synthetic families, as a request gives it. */
  private static Object exampleCard() {
    var family = new SyntheticFamilies(1, LocalDate.of(2026, 12, 6), WilayahDirectory.shared(),
        KodeWilayah.of("13.05")).next(KodeWilayah.of("13.05.01.2001"));
    return plain(KkJson.write(KkInput.of(family)).build());
  }

  /** A JSON value as plain Java values, as the model's examples hold them. */
  private static Object plain(JsonValue value) {
    if (value instanceof JsonObject object) {
      Map<String, Object> map = new LinkedHashMap<>();
      object.forEach((name, v) -> {
        if (v.getValueType() != JsonValue.ValueType.NULL) {
          map.put(name, plain(v));
        }
      });
      return map;
    }
    if (value instanceof JsonArray array) {
      List<Object> list = new ArrayList<>();
      array.forEach(v -> list.add(plain(v)));
      return list;
    }
    if (value instanceof JsonString text) {
      return text.getString();
    }
    if (value instanceof JsonNumber number) {
      return number.isIntegral() ? number.longValue() : number.doubleValue();
    }
    return value == JsonValue.TRUE;
  }

  private static Map<String, Schema> props(Object... namesAndSchemas) {
    Map<String, Schema> properties = new LinkedHashMap<>();
    for (int i = 0; i < namesAndSchemas.length; i += 2) {
      properties.put((String) namesAndSchemas[i], (Schema) namesAndSchemas[i + 1]);
    }
    return properties;
  }

  private static Schema object(String description, Map<String, Schema> properties, String... required) {
    Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT).description(description).properties(properties);
    return required.length == 0 ? schema : schema.required(Arrays.asList(required));
  }

  private static Schema allOf(String base, String description, Map<String, Schema> properties, String... required) {
    return OASFactory.createSchema().description(description)
        .allOf(List.of(ref(base), object(description, properties, required)));
  }

  private static Schema page(String item, String description) {
    return object(description, props("first", integer("The first row, from 0"), "size", integer("Rows asked for"),
        "total", integer("Rows in all"), "items", array(ref(item), "This page's rows")), "first", "size", "total", "items");
  }

  static Schema ref(String name) {
    return OASFactory.createSchema().ref(name);
  }

  private static Schema string(String description) {
    return OASFactory.createSchema().type(SchemaType.STRING).description(description);
  }

  private static Schema dateTime(String description) {
    return string(description).format("date-time");
  }

  private static Schema integer(String description) {
    return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64").description(description);
  }

  private static Schema bool(String description) {
    return OASFactory.createSchema().type(SchemaType.BOOLEAN).description(description);
  }

  private static Schema array(Schema items, String description) {
    return OASFactory.createSchema().type(SchemaType.ARRAY).items(items).description(description);
  }

  private static Schema enumOf(Class<? extends Enum<?>> list, String description) {
    return enumOf(Arrays.stream(list.getEnumConstants()).map(Enum::name).toList(), description);
  }

  private static Schema enumOf(List<String> names, String description) {
    return string(description).enumeration(new ArrayList<>(names));
  }
}
