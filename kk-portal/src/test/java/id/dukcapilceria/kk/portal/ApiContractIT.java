package id.dukcapilceria.kk.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.dukcapilceria.kk.client.ApiClient;
import id.dukcapilceria.kk.client.ApiException;
import id.dukcapilceria.kk.client.api.BukuPermasalahanApi;
import id.dukcapilceria.kk.client.api.BukuRegisterApi;
import id.dukcapilceria.kk.client.api.PermohonanApi;
import id.dukcapilceria.kk.client.api.TrackingApi;
import id.dukcapilceria.kk.client.api.ValidationApi;
import id.dukcapilceria.kk.client.api.VerificationApi;
import id.dukcapilceria.kk.client.api.WorklistApi;
import id.dukcapilceria.kk.client.model.Application;
import id.dukcapilceria.kk.client.model.Code;
import id.dukcapilceria.kk.client.model.DocumentUpload;
import id.dukcapilceria.kk.client.model.HandOverRequest;
import id.dukcapilceria.kk.client.model.Member;
import id.dukcapilceria.kk.client.model.PublicStatus;
import id.dukcapilceria.kk.client.model.SignRequest;
import id.dukcapilceria.kk.client.model.Step;
import id.dukcapilceria.kk.client.model.SubmitRequest;
import id.dukcapilceria.kk.client.model.SubmittedApplication;
import id.dukcapilceria.kk.client.model.TrackingRequest;
import id.dukcapilceria.kk.client.model.VerificationReport;
import id.dukcapilceria.kk.client.model.VerifyRequest;
import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.layanan.Persyaratan;
import id.dukcapilceria.kk.portal.demo.DemoDocuments;
import id.dukcapilceria.kk.portal.demo.DemoSetup;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API's contract as another system meets it: the document {@code /openapi} serves is the one
 * the test client is generated from ({@code src/test/resources/openapi/kk-api.json}, by
 * openapi-generator in this module's build), it passes Redocly's recommended rules but for the
 * problems named below, and the generated client takes one application through the whole SOP,
 * refusing any answer with a field its schemas do not name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiContractIT {

  private static final Path CONTRACT = Path.of("src/test/resources/openapi/kk-api.json");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.portal();
  }

  @ArquillianResource URL deploymentUrl;

  private String root() {
    return "http://127.0.0.1:" + deploymentUrl.getPort();
  }

  /**
   * The document Payara Micro serves. It builds it after the deployment, in the background, and
   * answers 404 ("No OpenAPI document found") until then: a minute is given.
   */
  private String served(String format) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(root() + "/openapi?format=" + format)).GET().build();
    HttpResponse<String> answer = null;
    for (int attempt = 0; attempt < 60; attempt++) {
      answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 404) {
        break;
      }
      Thread.sleep(1_000);
    }
    assertEquals(200, answer.statusCode(), answer.body());
    return answer.body();
  }

  /**
   * The contract without what names this server (its address) and without Payara Micro 6's own
   * top-level {@code endpoints} list, which is not OpenAPI (Payara names it {@code x-endpoints} from
   * a later release, FISH-12303).
   */
  private static JsonNode contractOf(String json) throws Exception {
    ObjectNode document = (ObjectNode) MAPPER.readTree(json);
    document.remove("endpoints");
    document.remove("servers");
    return document;
  }

  @Test
  void theServedContractIsTheOneTheClientIsGeneratedFrom() throws Exception {
    JsonNode served = contractOf(served("json"));
    if (!served.equals(MAPPER.readTree(CONTRACT.toFile()))) {
      Path now = Path.of("target/openapi-served.json");
      Files.writeString(now, MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsString(
              MAPPER.treeToValue(served, Object.class)));
      throw new AssertionError("The served /openapi differs from " + CONTRACT + ": the generated client would not be "
          + "the API's. If the change is meant, copy " + now + " over it (it is written sorted and indented).");
    }
  }

  @Test
  void redoclysRecommendedRulesPassButForWhatIsExplained() throws Exception {
    Path document = Path.of("target/openapi.yaml");
    Files.writeString(document, served("yaml"));
    Path report = Path.of("target/redocly-lint.json");
    ProcessBuilder lint = new ProcessBuilder("npx", "--yes", "--prefer-offline", "@redocly/cli@2.77.0", "lint",
        "--extends", "recommended", "--format", "json", document.toString())
        .redirectOutput(report.toFile()).redirectError(Path.of("target/redocly-lint.log").toFile());
    lint.environment().put("REDOCLY_TELEMETRY", "off");
    Process process = lint.start();
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "Redocly's lint finished");
    JsonNode problems = MAPPER.readTree(report.toFile()).get("problems");
    assertNotNull(problems, "Redocly's report: " + Files.readString(report));
    List<String> found = new ArrayList<>();
    problems.forEach(p -> found.add(p.get("severity").asText() + " " + p.get("ruleId").asText() + " "
        + p.get("location").get(0).get("pointer").asText()));
    assertEquals(List.of(
            // Payara Micro 6's non-standard top-level list (see contractOf)
            "error struct #/endpoints",
            // the project has not chosen its licence yet; the document cannot name one
            "warn info-license #/info",
            // the server's address is kk.base.url, in tests and the demo http://localhost:8080
            "warn no-server-example.com #/servers/0/url"),
        found.stream().sorted().toList(), "Redocly's problems: " + found);
  }

  /** Where the application is deployed: the contract's paths start below it. */
  private String api() {
    // Micro announces its first non-loopback address; the tests only ever use loopback
    return (root() + deploymentUrl.getPath()).replaceAll("/+$", "");
  }

  /**
   * A client of the generated code that refuses any answer its schemas do not describe: a field
   * the API answers that the contract does not name fails the walkthrough (the generated client
   * itself ignores unknown fields).
   */
  private ApiClient strictClient() {
    ApiClient client = new ApiClient();
    client.updateBaseUri(api());
    client.setObjectMapper(ApiClient.createDefaultObjectMapper()
        .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true));
    return client;
  }

  private ApiClient as(String user) {
    ApiClient client = strictClient();
    String credentials = Base64.getEncoder()
        .encodeToString((user + ":" + DemoSetup.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
    return client;
  }

  @Test
  void aClientGeneratedFromTheContractTakesOneApplicationThroughTheSop() throws Exception {
    PermohonanApi nagari = new PermohonanApi(as("nagari.lubukalung"));
    PermohonanApi operator = new PermohonanApi(as("operator"));
    PermohonanApi kasi = new PermohonanApi(as("kasi"));
    PermohonanApi kadis = new PermohonanApi(as("kadis"));
    KartuKeluarga family = ApplicationJson.newFamily();

    assertTrue(new ValidationApi(as("nagari.lubukalung")).validateKkData(submission(family)).getValid(),
        "the domain's rules pass before submitting");
    SubmittedApplication submitted = nagari.createApplication(submission(family));
    long id = submitted.getId();
    assertEquals(SubmittedApplication.StatusEnum.DIAJUKAN, submitted.getStatus());
    assertEquals(family.anggota().size(), submitted.getKk().getMembers().size());

    assertTrue(new WorklistApi(as("operator")).getWorklist(0, 100).getItems().stream()
        .anyMatch(row -> row.getId() == id), "in the operator's worklist");
    Application toVerify = operator.getApplication(id);
    assertEquals(java.util.Set.of("VERIFY", "SEND_BACK_TO_NAGARI", "REFUSE"),
        toVerify.getSteps().stream().map(Step::getTransition).map(Object::toString).collect(java.util.stream.Collectors.toSet()),
        "the steps kk-workflow offers the operator");
    ApiException refused = assertThrows(ApiException.class,
        () -> operator.verifyApplication(id, new VerifyRequest().nomorKk("123")));
    assertEquals(422, refused.getCode());
    assertEquals("nomorKk", MAPPER.readTree(refused.getResponseBody()).get("errors").get(0).get("field").asText());

    operator.verifyApplication(id, new VerifyRequest().nomorKk(toVerify.getProposedNomorKk()));
    kasi.confirmApplication(id, null);
    new BukuPermasalahanApi(as("kasi")).getBukuPermasalahan(0, 20); // the demo's returns, every one as the schema says
    ApiException again = assertThrows(ApiException.class, () -> kasi.confirmApplication(id, null));
    assertEquals(409, again.getCode(), "confirmed already");
    kadis.signApplication(id, new SignRequest().passphrase(DemoPki.DEMO_PASSPHRASE));
    Application sent = operator.registerAndSendApplication(id, null);
    assertEquals(Application.StatusEnum.TERKIRIM, sent.getStatus());
    assertTrue(new BukuRegisterApi(as("operator")).getBukuRegister(Year.now(java.time.ZoneId.of("Asia/Jakarta")).getValue(), 0, 100).getItems().stream()
        .anyMatch(entry -> entry.getPermohonanNomor().equals(sent.getNomor())));
    File card = nagari.downloadSignedCard(id);
    Application done = nagari.handOverAndArchiveApplication(id, new HandOverRequest().recipient("Siti Rahmah"));
    assertEquals(Application.StatusEnum.SELESAI, done.getStatus());
    assertEquals(6, nagari.getApplicationTimeline(id).getSteps().size(),
        "submit, verify, confirm, sign, register and send, hand over: the refused ones left no step");

    // anyone may verify, without credentials. openapi-generator's native client (7.25.0) writes a
    // binary request body through Jackson, i.e. the File's path as a JSON string; the interceptor
    // gives the request the file's bytes instead, as the contract says (application/pdf)
    byte[] pdf = Files.readAllBytes(card.toPath());
    ApiClient anyone = strictClient();
    anyone.setRequestInterceptor(request -> request.POST(HttpRequest.BodyPublishers.ofByteArray(pdf)));
    VerificationReport report = new VerificationApi(anyone).verifySignedPdf(card);
    assertEquals(VerificationReport.VerdictEnum.VALID_ACTIVE, report.getVerdict());

    // and the citizen, without credentials, follows it with the tanda terima's number and code
    PublicStatus status = new TrackingApi(strictClient())
        .trackApplication(new TrackingRequest().nomor(submitted.getNomor()).kodeLacak(submitted.getKodeLacak()));
    assertEquals(PublicStatus.StageEnum.SELESAI, status.getStage());
    assertEquals(5, status.getStages().size());
  }

  /** A data change for the family, as the generated client's types let a system write it. */
  private static SubmitRequest submission(KartuKeluarga kk) {
    SubmitRequest request = new SubmitRequest()
        .jenisLayanan(SubmitRequest.JenisLayananEnum.PERUBAHAN_DATA)
        .alamat(kk.alamat().jalan()).rt(kk.alamat().rtRw().rtAsTyped()).rw(kk.alamat().rtRw().rwAsTyped())
        .kodePos(kk.alamat().kodePos()).warningsAcknowledged(true);
    for (AnggotaKeluarga a : kk.anggota()) {
      request.addMembersItem(new Member()
          .nik(a.nik().value()).namaLengkap(a.namaLengkap()).jenisKelamin(new Code(a.jenisKelamin().name()))
          .tempatLahir(a.tempatLahir()).tanggalLahir(a.tanggalLahir())
          .agama(new Code(a.agama().siakCode())) // SIAK's number, as OpenSID sends it
          .pendidikan(new Code(a.pendidikan().name())).pekerjaan(new Code(a.pekerjaan().name()))
          .golonganDarah(new Code(a.golonganDarah().name())).statusPerkawinan(new Code(a.statusPerkawinan().name()))
          .tanggalPerkawinan(a.perkawinan().tanggalPerkawinan().orElse(null))
          .noAktaPerkawinan(a.perkawinan().noAktaPerkawinan().orElse(null))
          .tanggalPerceraian(a.perkawinan().tanggalPerceraian().orElse(null))
          .noAktaPerceraian(a.perkawinan().noAktaPerceraian().orElse(null))
          .hubungan(new Code(a.hubungan().name())).kewarganegaraan(new Code(a.kewarganegaraan().name()))
          .noPaspor(a.dokumenImigrasi().noPaspor().orElse(null))
          .noKitasKitap(a.dokumenImigrasi().noKitasKitap().orElse(null))
          .namaAyah(a.orangTua().namaAyah().map(n -> n.value()).orElse(null))
          .nikAyah(a.orangTua().nikAyah().map(n -> n.value()).orElse(null))
          .namaIbu(a.orangTua().namaIbu().map(n -> n.value()).orElse(null))
          .nikIbu(a.orangTua().nikIbu().map(n -> n.value()).orElse(null))
          .noAktaLahir(a.noAktaLahir().orElse(null))
          .penyandangCacat(a.penyandangCacat().map(p -> new Code(p.name())).orElse(null)));
    }
    for (Persyaratan p : JenisLayanan.PERUBAHAN_DATA.persyaratan()) {
      if (p.perluUntuk(kk) == Persyaratan.Perlu.YA) {
        request.addDocumentsItem(new DocumentUpload()
            .jenis(DocumentUpload.JenisEnum.fromValue(p.dokumen().name()))
            .fileName(p.dokumen().name().toLowerCase() + ".pdf")
            .content(DemoDocuments.pdf("CONTOH PINDAIAN SINTETIS " + p.dokumen().name())));
      }
    }
    return request;
  }
}
