package id.dukcapilceria.kk.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.DokumenImigrasi;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.Kewarganegaraan;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.domain.kartukeluarga.Perkawinan;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusKartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusPerkawinan;
import id.dukcapilceria.kk.domain.layanan.JenisDokumen;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.layanan.Persyaratan;
import id.dukcapilceria.kk.domain.sintetis.SyntheticFamilies;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.portal.config.PortalConfig;
import id.dukcapilceria.kk.portal.demo.DemoDocuments;
import id.dukcapilceria.kk.portal.demo.DemoSetup;
import id.dukcapilceria.kk.portal.permohonan.BatchSigning;
import id.dukcapilceria.kk.portal.permohonan.Transactions;
import id.dukcapilceria.kk.portal.security.AuditLog;
import id.dukcapilceria.kk.portal.signing.KkSigningService;
import id.dukcapilceria.kk.signature.authority.SigningRefusal;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.signature.verify.Indication;
import id.dukcapilceria.kk.signature.verify.VerificationReport;
import id.dukcapilceria.kk.workflow.dokumen.DocumentStore;
import id.dukcapilceria.kk.workflow.dokumen.SignedKkDocument;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import id.dukcapilceria.kk.workflow.permohonan.ProblemCategory;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import id.dukcapilceria.kk.workflow.permohonan.SopStep;
import id.dukcapilceria.kk.workflow.permohonan.Status;
import id.dukcapilceria.kk.workflow.permohonan.Transition;
import id.dukcapilceria.kk.workflow.permohonan.WorkflowException;
import id.dukcapilceria.kk.workflow.register.BukuRegisterEntry;
import id.dukcapilceria.kk.workflow.sop.DinasReads;
import id.dukcapilceria.kk.workflow.sop.PermohonanReads;
import id.dukcapilceria.kk.workflow.sop.PermohonanSteps;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Runs inside Payara Micro, against the real Derby database, CDI, JTA and DSS: one application
 * through every step of the SOP, each by the user of the right role, ending with a signed PDF that
 * our verifier and poppler's pdfsig both accept. Every wrong-role attempt on the way is refused by
 * the server and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class SopWalkthroughIT {

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.portal(SopWalkthroughIT.class);
  }

  @org.jboss.arquillian.test.api.ArquillianResource java.net.URL deploymentUrl;
  @Inject Transactions tx;
  @Inject PermohonanSteps steps;
  @Inject PermohonanReads reads;
  @Inject DinasReads dinas;
  @Inject PortalConfig config;
  @Inject id.dukcapilceria.kk.portal.permohonan.SignatureStep signatureStep;
  @Inject KkSigningService signing;
  @Inject DocumentStore documents;
  @Inject AuditLog auditLog;
  @Inject id.dukcapilceria.kk.portal.signing.AuditSeals seals;
  @Inject BatchSigning batchSigning;
  @Inject id.dukcapilceria.kk.portal.security.UserAdministration users;

  private static Actor user(String username) {
    return DemoSetup.USERS.stream()
        .filter(u -> u.username().equals(username))
        .findFirst()
        .orElseThrow()
        .toActor();
  }

  private final Actor nagari = user("nagari.lubukalung");
  private final Actor otherNagari = user("nagari.katapiang");
  private final Actor operator = user("operator");
  private final Actor kasi = user("kasi");
  private final Actor kadis = user("kadis");
  private final Actor admin = user("admin");

  /** How the Kadis's page explains a card of a batch that could not be signed. */
  private static final java.util.function.Function<RuntimeException, String> INDONESIAN =
      e -> id.dukcapilceria.kk.portal.web.UserFeedback.explain(e, java.util.Locale.forLanguageTag("id"));

  /** A synthetic family of Lubuk Alung; a fresh seed per call keeps its NIKs apart from others. */
  private static KartuKeluarga newFamily() {
    return new SyntheticFamilies(System.nanoTime(), LocalDate.now(), WilayahDirectory.shared(), KodeWilayah.of("13.05"))
        .next(KodeWilayah.of("13.05.01.2001"));
  }

  /**
   * The demo office on first start: every service type, in the five demo nagari, recorded before
   * today (the tests' own applications are submitted now, so they are not counted).
   */
  @Test
  void theDemoOfficeHasEveryServiceTypeInFiveNagari() {
    Instant today = Instant.now().minus(java.time.Duration.ofHours(12));
    Set<JenisLayanan> services = java.util.EnumSet.noneOf(JenisLayanan.class);
    Set<KodeWilayah> nagariWithFinished = new java.util.HashSet<>();
    for (DemoSetup.DemoUser operatorOfNagari : DemoSetup.NAGARI_OPERATORS) {
      for (Permohonan p : tx.call(em -> reads.all(em, operatorOfNagari.toActor(), 0, 500)).items()) {
        if (p.history().get(0).at().isBefore(today)) {
          services.add(p.jenisLayanan());
          if (p.status() == Status.SELESAI) {
            nagariWithFinished.add(p.kodeNagari());
          }
        }
      }
    }
    assertEquals(java.util.EnumSet.allOf(JenisLayanan.class), services);
    assertEquals(5, nagariWithFinished.size(), nagariWithFinished.toString());
  }

  @Test
  void theSlaDashboardShowsKkWorkflowsFiguresForTheSameData() {
    Instant from = Instant.now().minus(java.time.Duration.ofDays(2));
    Instant to = Instant.now().plus(java.time.Duration.ofDays(1));
    var before = expectedSla(from, to);
    var shown = tx.call(em -> dinas.slaReport(em, kasi, from, to, config.mutuBaku(), config.zone()));
    var after = expectedSla(from, to);

    // computed here from every application with kk-workflow's calculator, not through the query
    // the dashboard uses
    assertEquals(after.completed(), shown.completed(), "per-step statistics of the period");
    assertEquals(after.waitingNow(), shown.waitingNow());
    assertEquals(after.finishedPerDay(), shown.finishedPerDay());
    assertEquals(after.finishedPerNagari(), shown.finishedPerNagari());
    assertEquals(after.openProblems(), shown.openProblems());
    for (var step : id.dukcapilceria.kk.workflow.permohonan.SopStep.values()) {
      int late = shown.overdueNow().get(step);
      assertTrue(before.overdueNow().get(step) <= late && late <= after.overdueNow().get(step),
          "late now, between the counts just before and just after: " + step);
    }
    assertTrue(shown.finished() > 0 && shown.waitingNow().get(id.dukcapilceria.kk.workflow.permohonan.SopStep.VERIFIKASI) > 0,
        "the demo data has finished and waiting applications");
    assertThrows(WorkflowException.class, () -> tx.call(em -> dinas.slaReport(em, nagari, from, to, config.mutuBaku(), config.zone())));
    assertThrows(WorkflowException.class, () -> tx.call(em -> dinas.slaReport(em, admin, from, to, config.mutuBaku(), config.zone())));
  }

  private id.dukcapilceria.kk.workflow.sla.SlaReport expectedSla(Instant from, Instant to) {
    List<Permohonan> everything = tx.call(em -> reads.all(em, operator, 0, 100_000)).items();
    return id.dukcapilceria.kk.workflow.sla.SlaReport.of(everything, from, to,
        new id.dukcapilceria.kk.workflow.sla.SlaCalculator(config.mutuBaku(), java.time.Clock.systemUTC()),
        java.time.ZoneId.of("Asia/Jakarta"));
  }

  @Test
  void oneApplicationTravelsThroughEveryStepOfTheSopAsTheRightRole() throws Exception {
    KartuKeluarga family = newFamily();
    long id = submit(family);
    NomorKk nomorKk = tx.call(em -> reads.proposedNomorKk(em, operator, id)).orElseThrow();

    refused(() -> tx.run(em -> steps.verify(em, kasi, id, nomorKk)), id, Status.DIAJUKAN);
    refused(() -> tx.run(em -> steps.verify(em, nagari, id, nomorKk)), id, Status.DIAJUKAN);
    tx.run(em -> steps.verify(em, operator, id, nomorKk));

    refused(() -> tx.run(em -> steps.confirm(em, operator, id)), id, Status.DIVERIFIKASI);
    refused(() -> tx.run(em -> steps.confirm(em, admin, id)), id, Status.DIVERIFIKASI);
    refused(() -> signatureStep.sign(kadis, id, DemoPki.DEMO_PASSPHRASE.toCharArray()), id, Status.DIVERIFIKASI);
    tx.run(em -> steps.confirm(em, kasi, id));

    refused(() -> signatureStep.sign(kasi, id, DemoPki.DEMO_PASSPHRASE.toCharArray()), id, Status.DIKONFIRMASI);
    assertEquals(SigningRefusal.Reason.WRONG_AUTHORISATION,
        assertThrows(SigningRefusal.class, () -> signatureStep.sign(kadis, id, "salah".toCharArray())).reason());
    assertEquals(Status.DIKONFIRMASI, tx.call(em -> reads.find(em, operator, id)).status());
    signatureStep.sign(kadis, id, DemoPki.DEMO_PASSPHRASE.toCharArray());

    // operations see the signature's duration and what waits per step (MicroProfile Metrics at
    // the server's root)
    // (the waiting counts are read every 10 s: asked again until the first read has happened)
    String metrics = "";
    double waitingForKadis = 0;
    for (long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(25); waitingForKadis == 0 && System.nanoTime() < until; ) {
      metrics = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
              java.net.URI.create("http://127.0.0.1:" + deploymentUrl.getPort() + "/metrics?scope=application")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString()).body();
      java.util.regex.Matcher kadis = java.util.regex.Pattern
          .compile("kk_applications_waiting\\{[^}]*step=\"SERTIFIKASI_ELEKTRONIK\"\\} ([0-9.]+)").matcher(metrics);
      waitingForKadis = kadis.find() ? Double.parseDouble(kadis.group(1)) : 0;
      if (waitingForKadis == 0) {
        Thread.sleep(1000);
      }
    }
    assertTrue(waitingForKadis > 0, "the demo data has confirmed applications waiting for the Kadis: " + metrics);
    java.util.regex.Matcher signings = java.util.regex.Pattern
        .compile("kk_signing_duration_count\\{[^}]*\\} ([0-9.]+)").matcher(metrics);
    assertTrue(signings.find() && Double.parseDouble(signings.group(1)) >= 1, metrics);
    for (SopStep step : SopStep.values()) {
      assertTrue(metrics.contains("kk_applications_waiting{mp_scope=\"application\",step=\"" + step.name() + "\"}"),
          step + " in " + metrics);
    }

    refused(() -> tx.call(em -> steps.registerAndSend(em, kadis, id)), id, Status.DITANDATANGANI);
    BukuRegisterEntry entry = tx.call(em -> steps.registerAndSend(em, operator, id));
    assertEquals(nomorKk.value(), entry.nomorKk());
    assertEquals(family.namaKepalaKeluarga(), entry.namaKepalaKeluarga());

    assertThrows(WorkflowException.class, () -> tx.run(em -> steps.handOverAndArchive(em, otherNagari, id, "Siti Rahmah")));
    assertThrows(WorkflowException.class, () -> tx.call(em -> reads.signedDocument(em, otherNagari, id)));
    SignedKkDocument document = tx.call(em -> reads.signedDocument(em, nagari, id));
    assertThrows(id.dukcapilceria.kk.domain.shared.InvalidValueException.class,
        () -> tx.run(em -> steps.handOverAndArchive(em, nagari, id, " ")), "whom the card was handed to is required");
    assertEquals(Status.TERKIRIM, tx.call(em -> reads.find(em, operator, id)).status());
    tx.run(em -> steps.handOverAndArchive(em, nagari, id, "Siti Rahmah"));

    Permohonan done = tx.call(em -> reads.find(em, operator, id));
    assertEquals(Status.SELESAI, done.status());
    assertEquals(StatusKartuKeluarga.AKTIF, done.kartuKeluarga().status());
    assertEquals(entry.label(), done.registerNumber().orElseThrow());
    assertEquals(
        List.of("nagari.lubukalung", "operator", "kasi", "kadis", "operator", "nagari.lubukalung"),
        done.history().stream().map(h -> h.username()).toList());

    byte[] pdf = document.pdf();
    VerificationReport report = signing.verify(pdf);
    assertEquals(Indication.TOTAL_PASSED, report.indication(), report.subIndication());
    assertEquals(1, report.signatureCount());
    assertTrue(report.signerName().contains("DEMO"), report.signerName());
    assertEquals(nomorKk.value(), report.issued().nomorKk(), "the portal knows the card it signed");
    assertTrue(report.issued().active());

    String pdfsig = pdfsig(pdf);
    assertTrue(pdfsig.contains("Signature is Valid"), pdfsig);

    assertTrue(auditLog.verify(seals.latest().map(s -> s.seal()).orElse(null)).valid(),
        "the audit trail's hash chain is intact, and matches its newest seal");

    // the page the QR code opens: the card is genuine and the family's valid card
    String page = get(deploymentUrl + "verifikasi.xhtml?t=" + document.verificationToken());
    assertTrue(page.contains("data-state=\"ACTIVE\""), page);
    assertTrue(page.contains(nomorKk.value().substring(12)), "the last digits of the KK number are shown");
    assertTrue(!page.contains(nomorKk.value()), "the full KK number is not shown to anyone with the link");
    assertTrue(get(deploymentUrl + "verifikasi.xhtml?t=tidak-ada").contains("data-state=\"UNKNOWN\""));
    List<String> audited = new java.util.ArrayList<>(auditLog.latest(500).stream()
        .filter(e -> done.nomor().equals(e.subject()))
        .map(e -> e.action()).toList());
    java.util.Collections.reverse(audited);
    assertEquals(List.of("SUBMIT", "VERIFY", "CONFIRM", "SIGN", "REGISTER_AND_SEND", "HAND_OVER_AND_ARCHIVE"), audited);
  }

  @Test
  void aKasiReturnSendsTheApplicationBackToTheOperatorWithItsReason() {
    long id = submit(newFamily());
    tx.run(em -> steps.verify(em, operator, id, reads.proposedNomorKk(em, operator, id).orElseThrow()));

    tx.run(em -> steps.returnToOperator(em, kasi, id, ProblemCategory.DATA_TIDAK_SESUAI, "Nama ibu tidak sesuai akta lahir"));

    Permohonan returned = tx.call(em -> reads.find(em, operator, id));
    assertEquals(Status.DIKEMBALIKAN_KE_OPERATOR, returned.status());
    assertEquals("Nama ibu tidak sesuai akta lahir", returned.lastReason().orElseThrow());
    assertTrue(tx.call(em -> reads.worklist(em, operator, 0, 1000)).items().stream().anyMatch(p -> p.id() == id));
    assertTrue(tx.call(em -> dinas.bukuPermasalahan(em, kasi)).stream().anyMatch(row ->
        row.permohonanNomor().equals(returned.nomor())
            && row.entry().description().equals("Nama ibu tidak sesuai akta lahir")
            && row.entry().isOpen()));
    assertTrue(tx.call(em -> reads.worklist(em, kasi, 0, 1000)).items().stream().noneMatch(p -> p.id() == id));
  }

  @Test
  void aNagariOperatorSeesOnlyTheirOwnNagari() {
    long id = submit(newFamily());

    assertTrue(tx.call(em -> reads.all(em, otherNagari, 0, 1000)).items().stream().noneMatch(p -> p.id() == id));
    assertThrows(WorkflowException.class, () -> tx.call(em -> reads.find(em, otherNagari, id)));
    assertTrue(tx.call(em -> reads.all(em, nagari, 0, 1000)).items().stream().anyMatch(p -> p.id() == id));
  }

  /**
   * The intake page opens a correction or a draft from the id in its address: the server checks
   * it, so another nagari's application or a made-up id shows a message and no form.
   */
  @Test
  void theIntakePageOpensOnlyTheOperatorsOwnCorrectionOrDraft() throws Exception {
    long sentBack = advanceTo(Status.PERLU_DILENGKAPI);
    String nomor = tx.call(em -> reads.find(em, operator, sentBack)).nomor();
    String own = page(signedIn("nagari.lubukalung"), "nagari/permohonan.xhtml?perbaiki=" + sentBack);
    assertTrue(own.contains(nomor) && own.contains("Lengkapi akta"), "the application and why it came back: " + own);
    assertTrue(own.contains("id=\"f:alamat\""), "the form, filled in");

    String other = page(signedIn("nagari.katapiang"), "nagari/permohonan.xhtml?perbaiki=" + sentBack);
    assertTrue(other.contains("tidak ditemukan atau bukan wewenang Anda"), other);
    assertFalse(other.contains(nomor) || other.contains("id=\"f:alamat\""), "nothing of another nagari's application");
    long waitingForTheDinas = submit(newFamily());
    String notSentBack = page(signedIn("nagari.lubukalung"), "nagari/permohonan.xhtml?perbaiki=" + waitingForTheDinas);
    assertTrue(notSentBack.contains("tidak sedang menunggu perbaikan dari nagari"), notSentBack);
    assertFalse(notSentBack.contains("id=\"f:alamat\""), "no form for an application the Dinas has");
    String madeUp = page(signedIn("nagari.lubukalung"), "nagari/permohonan.xhtml?draft=satu");
    assertTrue(madeUp.contains("Draf tidak ditemukan atau bukan milik Anda."), madeUp);
    assertFalse(madeUp.contains("id=\"f:alamat\""));

    assertEquals(403, signedIn("operator").send(java.net.http.HttpRequest.newBuilder(
        local("nagari/permohonan.xhtml?perbaiki=" + sentBack)).build(),
        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode());
    var anonymous = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
        local("nagari/permohonan.xhtml")).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
    assertEquals(302, anonymous.statusCode());
  }

  private String page(java.net.http.HttpClient client, String path) throws IOException, InterruptedException {
    var response = client.send(java.net.http.HttpRequest.newBuilder(local(path)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, response.statusCode(), path);
    return response.body();
  }

  @Test
  void theKadisSignsSeveralApplicationsWithOnePassphraseAndEachIsReported() throws Exception {
    long first = advanceTo(Status.DIKONFIRMASI);
    long second = advanceTo(Status.DIKONFIRMASI);
    long third = advanceTo(Status.DIKONFIRMASI);
    long notYetConfirmed = advanceTo(Status.DIVERIFIKASI);
    List<Long> batch = List.of(first, second, notYetConfirmed, third);

    assertEquals(SigningRefusal.Reason.WRONG_AUTHORISATION, assertThrows(SigningRefusal.class,
        () -> batchSigning.start(kadis, batch, "salah".toCharArray(), INDONESIAN)).reason());
    for (long id : batch) {
      assertTrue(tx.call(em -> reads.find(em, operator, id)).signedDocumentSha256().isEmpty(), "a wrong passphrase signs nothing");
    }

    BatchSigning.Progress progress = batchSigning.start(
        kadis, batch, DemoPki.DEMO_PASSPHRASE.toCharArray(), INDONESIAN);
    String started = progress.id();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!progress.finished() && System.nanoTime() < deadline) {
      Thread.sleep(100);
      progress = batchSigning.progress(kadis, started).orElseThrow();
    }
    assertTrue(progress.finished(), "the batch ends");
    assertFalse(progress.interrupted(), "nobody stopped it");
    assertTrue(batchSigning.progress(operator, started).isEmpty(), "only the Kadis who started it sees its progress");
    assertEquals(started, batchSigning.newestOf(kadis).orElseThrow().id(), "the Kadis's newest batch");
    assertEquals(4, progress.done());
    assertEquals(3, progress.signedCount());
    for (long id : List.of(first, second, third)) {
      Permohonan signed = tx.call(em -> reads.find(em, operator, id));
      assertEquals(Status.DITANDATANGANI, signed.status());
      assertEquals(Indication.TOTAL_PASSED, signing.verify(tx.call(em -> reads.signedDocument(em, operator, id)).pdf()).indication());
    }
    BatchSigning.Outcome refusedOne = progress.outcomes().stream()
        .filter(o -> o.id() == notYetConfirmed).findFirst().orElseThrow();
    assertTrue(!refusedOne.signed() && refusedOne.message() != null && !refusedOne.message().isBlank(),
        "the application not yet confirmed is reported with a reason: " + refusedOne);
    assertEquals(Status.DIVERIFIKASI, tx.call(em -> reads.find(em, operator, notYetConfirmed)).status());
  }

  /**
   * Every step of the SOP attempted by every role that must not do it, and by the operator of
   * another nagari: the server refuses each one and the application is unchanged; then the right
   * role does the step, which shows the application was waiting for exactly that step.
   */
  @Test
  void everyStepIsRefusedToEveryoneButItsOwnRole() {
    List<Actor> everyone = List.of(nagari, otherNagari, operator, kasi, kadis, admin);
    for (Transition transition : Transition.values()) {
      if (transition == Transition.SUBMIT) {
        for (Actor actor : List.of(otherNagari, operator, kasi, kadis, admin)) {
          KartuKeluarga family = newFamily();
          assertThrows(WorkflowException.class, () -> tx.call(em -> steps.submit(em, actor, JenisLayanan.PERUBAHAN_DATA, family,
              List.of(), Instant.now(), true)), transition + " by " + actor.username());
        }
        continue;
      }
      Status from = transition.from().iterator().next();
      long id = advanceTo(from);
      Actor rightful = transition.role() == Role.OPERATOR_NAGARI ? nagari : everyone.stream()
          .filter(a -> a.role() == transition.role()).findFirst().orElseThrow();
      for (Actor actor : everyone) {
        if (actor != rightful) {
          refused(() -> perform(transition, actor, id), id, from);
        }
      }
      perform(transition, rightful, id);
      assertEquals(transition.to(), tx.call(em -> reads.find(em, operator, id)).status(), transition.name());
    }
  }

  /** Each workspace opens for its own role only; without signing in, the login page comes. */
  @Test
  void everyWorkspaceOpensForItsOwnRoleOnly() throws Exception {
    java.util.Map<String, String> homes = java.util.Map.of(
        "nagari.lubukalung", "nagari", "operator", "layanan", "kasi", "kasi", "kadis", "kadis", "admin", "admin");
    for (String page : List.of("nagari", "layanan", "kasi", "kadis", "admin")) {
      var anonymous = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(local(page + "/index.xhtml")).build(),
          java.net.http.HttpResponse.BodyHandlers.discarding());
      assertEquals(302, anonymous.statusCode(), "anonymous " + page);
      assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("login.xhtml"));
      for (var user : homes.entrySet()) {
        int status = signedIn(user.getKey()).send(
            java.net.http.HttpRequest.newBuilder(local(page + "/index.xhtml")).build(),
            java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        assertEquals(user.getValue().equals(page) ? 200 : 403, status, user.getKey() + " on " + page);
      }
    }
    // the pages of the buku register and buku permasalahan: for the Dinas roles only
    java.util.Set<String> bookReaders = java.util.Set.of("operator", "kasi", "kadis");
    for (String book : List.of("buku/register.xhtml", "buku/permasalahan.xhtml")) {
      var anonymous = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(local(book)).build(),
          java.net.http.HttpResponse.BodyHandlers.discarding());
      assertEquals(302, anonymous.statusCode(), "anonymous " + book);
      for (String user : homes.keySet()) {
        int status = signedIn(user).send(java.net.http.HttpRequest.newBuilder(local(book)).build(),
            java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        assertEquals(bookReaders.contains(user) ? 200 : 403, status, user + " on " + book);
      }
    }
    // the buku register as CSV: for the Dinas roles, not for a nagari operator
    long registered = advanceTo(Status.TERKIRIM);
    String nomorKk = tx.call(em -> reads.find(em, operator, registered)).kartuKeluarga().nomorKk().orElseThrow().value();
    var csv = signedIn("operator").send(java.net.http.HttpRequest.newBuilder(
        local("ekspor/buku-register.csv?tahun=" + LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).getYear())).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(csv.body().startsWith("\uFEFFNomor register,Dicatat,No. KK,Kepala keluarga"), csv.body());
    assertTrue(csv.body().contains(nomorKk), "the registered card is a row");
    assertEquals(403, signedIn("nagari.lubukalung").send(java.net.http.HttpRequest.newBuilder(
        local("ekspor/buku-register.csv")).build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode());
    // the same register as a PDF for filing on paper: every row's KK number in its text
    var pdf = signedIn("kasi").send(java.net.http.HttpRequest.newBuilder(
        local("ekspor/buku-register.pdf?tahun=" + LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).getYear())).build(),
        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertTrue(text.contains("BUKU REGISTER KARTU KELUARGA") && text.contains(nomorKk), text);
    }
    assertEquals(403, signedIn("nagari.lubukalung").send(java.net.http.HttpRequest.newBuilder(
        local("ekspor/buku-permasalahan.pdf")).build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode());
    assertEquals(400, signedIn("kasi").send(java.net.http.HttpRequest.newBuilder(
        local("ekspor/buku-register.csv?tahun=dua-ribu")).build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode());

    var anonymousDocument = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(local("dokumen/1")).build(),
        java.net.http.HttpResponse.BodyHandlers.discarding());
    assertEquals(302, anonymousDocument.statusCode(), "signed cards are not served to anonymous users");
  }

  /**
   * Each part of the portal and of the API, asked for by every user under many spellings of its
   * path, sent byte for byte as written: only the users who may open it get it, however it is
   * spelled. (An attacker's client does not normalise paths; java.net.http would.)
   */
  @Test
  void everySpellingOfAPathIsDecidedOnThePathTheContainerResolved() throws Exception {
    long sent = advanceTo(Status.TERKIRIM);
    long confirmed = advanceTo(Status.DIKONFIRMASI);
    String scan = tx.call(em -> reads.find(em, operator, sent)).documents().get(0).sha256();
    Set<String> nagariOperators = Set.of("nagari.lubukalung", "nagari.katapiang");
    Set<String> dinas = Set.of("operator", "kasi", "kadis");
    Set<String> ownCard = Set.of("nagari.lubukalung", "operator", "kasi", "kadis");
    // who is answered 200 for each target (a nagari operator of another nagari: not found)
    Map<String, Set<String>> pages = new java.util.LinkedHashMap<>();
    pages.put("nagari/index.xhtml", nagariOperators);
    pages.put("nagari/permohonan.xhtml", nagariOperators);
    pages.put("layanan/index.xhtml", Set.of("operator"));
    pages.put("kasi/index.xhtml", Set.of("kasi"));
    pages.put("kadis/index.xhtml", Set.of("kadis"));
    pages.put("admin/index.xhtml", Set.of("admin"));
    pages.put("dasbor/index.xhtml", dinas);
    pages.put("buku/register.xhtml", dinas);
    pages.put("buku/permasalahan.xhtml", dinas);
    pages.put("ekspor/buku-register.csv", dinas);
    pages.put("pratinjau-kk/" + confirmed, dinas);
    pages.put("dokumen/" + sent, ownCard);
    pages.put("dokumen-persyaratan/" + sent + "/" + scan, ownCard);
    // each user's own account (the second factor): every signed-in user, nobody else
    pages.put("akun/dua-langkah.xhtml",
        Set.of("nagari.lubukalung", "nagari.katapiang", "operator", "kasi", "kadis", "admin"));
    Map<String, String> cookies = new java.util.LinkedHashMap<>();
    cookies.put("anonymous", null);
    for (String user : List.of("nagari.lubukalung", "nagari.katapiang", "operator", "kasi", "kadis", "admin")) {
      cookies.put(user, sessionCookie(signedIn(user)));
    }
    List<String> wrong = new java.util.ArrayList<>();
    int asked = 0;
    for (var target : pages.entrySet()) {
      for (String spelling : spellings(target.getKey())) {
        for (var user : cookies.entrySet()) {
          int status = rawStatus(spelling, user.getValue() == null ? null : "Cookie: " + user.getValue());
          asked++;
          boolean mayOpen = target.getValue().contains(user.getKey());
          if (status == 200 && !mayOpen || status >= 500) {
            wrong.add(user.getKey() + " " + spelling + " -> " + status);
          }
          if (mayOpen && spelling.equals(contextPath() + "/" + target.getKey()) && status != 200) {
            wrong.add(user.getKey() + " " + spelling + " (its own) -> " + status);
          }
        }
      }
    }
    // the API: HTTP Basic on every call, the workflow decides; the administrator reads no family data
    Map<String, Set<String>> calls = Map.of(
        "api/v1/permohonan/" + sent, ownCard,
        "api/v1/permohonan/" + sent + "/kk.pdf", ownCard,
        "api/v1/buku-register?tahun=" + LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).getYear(), dinas,
        "api/v1/worklist", Set.of("nagari.lubukalung", "nagari.katapiang", "operator", "kasi", "kadis"));
    for (var call : calls.entrySet()) {
      for (String spelling : spellings(call.getKey()).subList(0, 24)) {
        for (String user : cookies.keySet()) {
          String authorization = user.equals("anonymous") ? null : "Authorization: Basic " + java.util.Base64.getEncoder()
              .encodeToString((user + ":" + DemoSetup.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
          int status = rawStatus(spelling, authorization);
          asked++;
          boolean mayRead = call.getValue().contains(user);
          if (status == 200 && !mayRead || status >= 500) {
            wrong.add(user + " " + spelling + " -> " + status);
          }
          if (mayRead && spelling.equals(contextPath() + "/" + call.getKey()) && status != 200) {
            wrong.add(user + " " + spelling + " (its own) -> " + status);
          }
        }
      }
    }
    assertEquals(List.of(), wrong, "of " + asked + " requests");
    assertTrue(asked > 3000, asked + " requests");
  }

  /**
   * What a browser and a proxy are told: no page or API answer with family data is kept, the
   * session cookie is HttpOnly and SameSite in the header itself, HSTS only over TLS (here: a
   * request the configured proxy, 127.0.0.1 in pom.xml, says came over https), and every read of
   * an application is in the audit trail.
   */
  @Test
  void answersWithFamilyDataAreNotKeptCookiesAreStrictAndReadsAreAudited() throws Exception {
    var plain = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(local("login.xhtml")).build(),
        java.net.http.HttpResponse.BodyHandlers.discarding());
    String cookie = plain.headers().firstValue("Set-Cookie").orElse("");
    assertTrue(cookie.contains("HttpOnly") && cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=strict"), cookie);
    assertEquals("no-store", plain.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP");
    var overTls = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(local("login.xhtml"))
        .header("X-Forwarded-Proto", "https").build(), java.net.http.HttpResponse.BodyHandlers.discarding());
    assertTrue(overTls.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="),
        "HSTS when the configured proxy says https");

    long id = advanceTo(Status.DIAJUKAN);
    String nomor = tx.call(em -> reads.find(em, operator, id)).nomor();
    String credentials = java.util.Base64.getEncoder().encodeToString(("kasi:" + DemoSetup.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    var read = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(local("api/v1/permohonan/" + id))
        .header("Authorization", "Basic " + credentials).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(200, read.statusCode());
    assertEquals("no-store", read.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(auditLog.latest(20).stream().anyMatch(
        e -> e.action().equals("PERMOHONAN_READ") && nomor.equals(e.subject()) && e.username().equals("kasi")),
        "who read the family's data is in the audit trail");
    assertTrue(read.body().contains("\"proposedNomorKk\":null"), "the proposed No. KK is for the verifying operator only: "
        + read.body());
  }

  /** A password reset or a disabled account ends that user's open browser sessions at once. */
  @Test
  void aPasswordResetOrADisabledAccountEndsTheUsersOpenSessions() throws Exception {
    String name = "it.sesi." + Long.toString(System.nanoTime(), 36);
    users.create(admin, new id.dukcapilceria.kk.portal.security.UserAdministration.NewUser(name, "Operator Sesi Uji",
        Role.OPERATOR_NAGARI, DemoSetup.LUBUK_ALUNG, "sandi-lama-2026".toCharArray()));
    var browser = signedIn(name, "sandi-lama-2026");
    assertEquals(200, status(browser, "nagari/index.xhtml"), "signed in");

    users.resetPassword(admin, name, "sandi-baru-2026".toCharArray());
    var afterReset = browser.send(java.net.http.HttpRequest.newBuilder(local("nagari/index.xhtml")).build(),
        java.net.http.HttpResponse.BodyHandlers.discarding());
    assertEquals(302, afterReset.statusCode(), "the session with the old password is over");
    assertTrue(afterReset.headers().firstValue("Location").orElse("").contains("login.xhtml"));

    var again = signedIn(name, "sandi-baru-2026");
    assertEquals(200, status(again, "nagari/index.xhtml"));
    users.disable(admin, name);
    assertEquals(302, status(again, "nagari/index.xhtml"), "a disabled account's session is over");
  }

  private int status(java.net.http.HttpClient client, String path) throws IOException, InterruptedException {
    return client.send(java.net.http.HttpRequest.newBuilder(local(path)).build(),
        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** At least 40 ways of writing the same path (after the context root), as an attacker would. */
  private List<String> spellings(String target) {
    int slash = target.indexOf('/');
    String first = target.substring(0, slash);
    String rest = target.substring(slash); // starts with "/"
    String query = "";
    int mark = rest.indexOf('?');
    if (mark >= 0) {
      query = rest.substring(mark);
      rest = rest.substring(0, mark);
    }
    String c = contextPath();
    String encodedFirst = "%" + Integer.toHexString(first.charAt(0)) + first.substring(1);
    String upperEncoded = "%" + Integer.toHexString(first.charAt(0)).toUpperCase(java.util.Locale.ROOT) + first.substring(1);
    String lastEncoded = rest.substring(0, rest.length() - 1) + "%" + Integer.toHexString(rest.charAt(rest.length() - 1));
    List<String> all = List.of(
        c + "/" + first + rest,
        c + "//" + first + rest,
        c + "/" + first + "/" + rest,
        c + "/./" + first + rest,
        c + "/" + first + "/." + rest,
        c + "/x/../" + first + rest,
        c + "/nagari/../" + first + rest,
        c + "/api/../" + first + rest,
        c + "/sertifikat/../" + first + rest,
        c + "/jakarta.faces.resource/../" + first + rest,
        c + "/login.xhtml/../" + first + rest,
        c + "/verifikasi.xhtml/../" + first + rest,
        c + "/%2e/" + first + rest,
        c + "/x/%2e%2e/" + first + rest,
        c + "/x/%2E%2E/" + first + rest,
        c + "/x/..;/" + first + rest,
        c + "/x/..;x=y/" + first + rest,
        c + "/" + encodedFirst + rest,
        c + "/" + upperEncoded + rest,
        c + "/" + first + ";x=y" + rest,
        c + "/" + first + ";jsessionid=0" + rest,
        c + "/" + first + lastEncoded,
        c + "/" + first.toUpperCase(java.util.Locale.ROOT) + rest,
        c + "/" + Character.toUpperCase(first.charAt(0)) + first.substring(1) + rest,
        c + "/x/%2e%2e;/" + first + rest,
        c + "/x/..%2f" + first + rest,
        c + "/x/..%2F" + first + rest,
        c + "/x%2f..%2f" + first + rest,
        c + "/x/..%5c" + first + rest,
        c + "/x/..\\" + first + rest,
        c + "/" + first + "%2f" + rest.substring(1),
        c + "/" + first + "%2F" + rest.substring(1),
        c + "/" + first + "%252f" + rest.substring(1),
        c + "/%252e%252e/" + first + rest,
        c + "/" + first + rest + ";x=y",
        c + "/" + first + rest + "%3bx=y",
        c + "/" + first + rest.toUpperCase(java.util.Locale.ROOT),
        c + "/" + first + "." + rest,
        c + "/" + first + rest + ".",
        c + "/" + first + rest + "%20",
        c + "/" + first + rest + "%00",
        c + "/" + first + rest + "/",
        c + "/" + first + rest + "/.",
        c + "/" + first + rest + "/..;/",
        c + "/" + first + "/./" + rest.substring(1),
        c + "/%2f" + first + rest,
        c + "/" + first + "%5c" + rest.substring(1));
    String asked = query;
    return all.stream().map(path -> path + asked).toList();
  }

  /** The context root as the request line writes it: "" for the root context. */
  private String contextPath() {
    String path = deploymentUrl.getPath();
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** The session cookie of a signed-in client, as a browser would send it back. */
  private static String sessionCookie(java.net.http.HttpClient client) {
    return ((java.net.CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
        .map(cookie -> cookie.getName() + "=" + cookie.getValue())
        .collect(java.util.stream.Collectors.joining("; "));
  }

  /** One GET with the path exactly as written (no client rewrites it), answered with its status code. */
  private int rawStatus(String rawPath, String header) throws IOException {
    java.net.URI base = local("");
    try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      String request = "GET " + rawPath + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n"
          + (header == null ? "" : header + "\r\n") + "Connection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      byte[] start = socket.getInputStream().readNBytes(12);
      String statusLine = new String(start, StandardCharsets.ISO_8859_1);
      if (!statusLine.startsWith("HTTP/1.")) {
        return -1; // the connection was closed without an answer: nothing was served
      }
      socket.getInputStream().readAllBytes();
      return Integer.parseInt(statusLine.substring(9, 12));
    }
  }

  @Test
  void theCardPreviewIsAPictureForTheDinasOnlyAndEveryViewIsAudited() throws Exception {
    long confirmed = advanceTo(Status.DIKONFIRMASI);
    String nomor = tx.call(em -> reads.find(em, operator, confirmed)).nomor();
    var preview = signedIn("kadis").send(java.net.http.HttpRequest.newBuilder(local("pratinjau-kk/" + confirmed)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, preview.statusCode());
    assertEquals("image/png", preview.headers().firstValue("Content-Type").orElse(""));
    assertEquals("no-store", preview.headers().firstValue("Cache-Control").orElse(""));
    java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(preview.body()));
    // landscape A4 pages (height 0.707 of the width) one under the other, as many as the family needs
    assertTrue(picture.getWidth() > 1000 && picture.getHeight() >= 0.7 * picture.getWidth(),
        "whole landscape pages, large enough to read: " + picture.getWidth() + " x " + picture.getHeight());
    assertTrue(auditLog.latest(20).stream().anyMatch(
            e -> e.action().equals("CARD_PREVIEWED") && nomor.equals(e.subject()) && e.username().equals("kadis")),
        "who looked at the card's NIKs is in the audit trail");
    for (String dinas : List.of("operator", "kasi")) {
      assertEquals(200, signedIn(dinas).send(java.net.http.HttpRequest.newBuilder(local("pratinjau-kk/" + confirmed)).build(),
          java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode(), dinas);
    }
    for (String other : List.of("nagari.lubukalung", "nagari.katapiang", "admin")) {
      assertEquals(403, signedIn(other).send(java.net.http.HttpRequest.newBuilder(local("pratinjau-kk/" + confirmed)).build(),
          java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode(), other);
    }
    assertEquals(302, java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(local("pratinjau-kk/" + confirmed)).build(),
        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode(), "anonymous: to the login page");
    for (String missing : List.of("pratinjau-kk/999999999", "pratinjau-kk/abc", "pratinjau-kk/")) {
      assertEquals(404, signedIn("kadis").send(java.net.http.HttpRequest.newBuilder(local(missing)).build(),
          java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode(), missing);
    }
  }

  private java.net.URI local(String path) {
    return java.net.URI.create((deploymentUrl + path).replaceFirst("^http://[^/:]+", "http://127.0.0.1"));
  }

  /** A client signed in through the login form, as a browser would be. */
  private java.net.http.HttpClient signedIn(String username) throws IOException, InterruptedException {
    return signedIn(username, DemoSetup.DEMO_PASSWORD);
  }

  private java.net.http.HttpClient signedIn(String username, String password) throws IOException, InterruptedException {
    java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
        .cookieHandler(new java.net.CookieManager()).build();
    client.send(java.net.http.HttpRequest.newBuilder(local("ruang-kerja")).build(),
        java.net.http.HttpResponse.BodyHandlers.discarding());
    var login = client.send(java.net.http.HttpRequest.newBuilder(local("j_security_check"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
            "j_username=" + username + "&j_password=" + password))
        .build(), java.net.http.HttpResponse.BodyHandlers.discarding());
    assertEquals(302, login.statusCode(), "login of " + username);
    assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/ruang-kerja"),
        "login of " + username + " succeeded");
    // follow the redirect as a browser does: the login mechanism finishes the login on it
    var home = client.send(java.net.http.HttpRequest.newBuilder(local("ruang-kerja")).build(),
        java.net.http.HttpResponse.BodyHandlers.discarding());
    assertEquals(302, home.statusCode());
    return client;
  }

  private void perform(Transition transition, Actor actor, long id) {
    switch (transition) {
      case RESUBMIT -> {
        // new member objects with the same data, as the nagari's form builds them
        KartuKeluarga data = tx.call(em -> reads.find(em, operator, id)).kartuKeluarga();
        tx.run(em -> steps.resubmit(em, actor, id, data.alamat(),
            data.anggota().stream().map(m -> m.toBuilder().build()).toList(), List.of(), true));
      }
      case VERIFY -> tx.run(em -> steps.verify(em, actor, id, reads.proposedNomorKk(em, operator, id).orElseThrow()));
      case SEND_BACK_TO_NAGARI -> tx.run(em -> steps.sendBackToNagari(em, actor, id, ProblemCategory.BERKAS_TIDAK_LENGKAP, "Akta kelahiran belum diunggah"));
      case REFUSE -> tx.run(em -> steps.refuse(em, actor, id, "Bukan penduduk kabupaten ini"));
      case CONFIRM -> tx.run(em -> steps.confirm(em, actor, id));
      case RETURN_TO_OPERATOR -> tx.run(em -> steps.returnToOperator(em, actor, id, ProblemCategory.DATA_TIDAK_SESUAI, "NIK istri tidak sesuai"));
      case SIGN -> signatureStep.sign(actor, id, DemoPki.DEMO_PASSPHRASE.toCharArray());
      case REGISTER_AND_SEND -> tx.call(em -> steps.registerAndSend(em, actor, id));
      case HAND_OVER_AND_ARCHIVE -> tx.run(em -> steps.handOverAndArchive(em, actor, id, "Siti Rahmah"));
      case SUBMIT -> throw new IllegalArgumentException("submit creates an application");
    }
  }

  /**
   * Every service type added for Perpres 96/2018's other new-KK cases goes through the whole SOP
   * with the documents its checklist asks of that family, and is refused with one missing; each
   * service's own rule about the head of family holds (docs/domain.md §4).
   */
  @Test
  void everyNewServiceTypeGoesThroughTheWholeSopWithTheDocumentsItAsksFor() {
    Map<JenisLayanan, JenisDokumen> distinctive = Map.of(
        JenisLayanan.KK_BARU_PERCERAIAN, JenisDokumen.AKTA_PERCERAIAN,
        JenisLayanan.KK_BARU_PINDAH_DATANG, JenisDokumen.SKPWNI,
        JenisLayanan.KK_BARU_DATANG_LUAR_NEGERI, JenisDokumen.SURAT_KETERANGAN_DATANG_LUAR_NEGERI,
        JenisLayanan.KK_BARU_PENDUDUK_RENTAN, JenisDokumen.SURAT_PENGGANTI_TANDA_IDENTITAS,
        JenisLayanan.KK_BARU_PEWARGANEGARAAN, JenisDokumen.KEPPRES_PEWARGANEGARAAN,
        JenisLayanan.KK_BARU_ORANG_ASING, JenisDokumen.KITAS_KITAP);
    for (Map.Entry<JenisLayanan, JenisDokumen> each : new java.util.TreeMap<>(distinctive).entrySet()) {
      JenisLayanan layanan = each.getKey();
      KartuKeluarga family = familyFor(layanan);
      List<id.dukcapilceria.kk.workflow.dokumen.RequirementDocument> scans =
          DemoDocuments.forSubmission(layanan, family, nagari.username(), documents, Instant.now());
      Set<JenisDokumen> required = layanan.persyaratan().stream()
          .filter(p -> p.perluUntuk(family) == Persyaratan.Perlu.YA).map(Persyaratan::dokumen)
          .collect(java.util.stream.Collectors.toSet());
      assertTrue(required.contains(each.getValue()), layanan + " asks for " + each.getValue());
      assertEquals(required, scans.stream().map(d -> d.jenis()).collect(java.util.stream.Collectors.toSet()));
      List<id.dukcapilceria.kk.workflow.dokumen.RequirementDocument> oneMissing = scans.stream()
          .filter(d -> d.jenis() != each.getValue()).toList();
      assertThrows(WorkflowException.class, () -> tx.call(em -> steps.submit(em, nagari, layanan, family, oneMissing,
          Instant.now().minusSeconds(180), true)), layanan + " without " + each.getValue());

      long id = tx.call(em -> steps.submit(em, nagari, layanan, family, scans, Instant.now().minusSeconds(180), true)).id();
      tx.run(em -> steps.verify(em, operator, id, reads.proposedNomorKk(em, operator, id).orElseThrow()));
      tx.run(em -> steps.confirm(em, kasi, id));
      signatureStep.sign(kadis, id, DemoPki.DEMO_PASSPHRASE.toCharArray());
      tx.call(em -> steps.registerAndSend(em, operator, id));
      tx.run(em -> steps.handOverAndArchive(em, nagari, id, "Siti Rahmah"));
      Permohonan done = tx.call(em -> reads.find(em, operator, id));
      assertEquals(Status.SELESAI, done.status(), layanan.name());
      assertEquals(layanan, done.jenisLayanan());
    }
    // each service's own rule: a divorce without a divorced head, a foreigner's KK for a citizen
    KartuKeluarga married = newFamily();
    WorkflowException notDivorced = assertThrows(WorkflowException.class, () -> tx.call(em -> steps.submit(em, nagari,
        JenisLayanan.KK_BARU_PERCERAIAN, married, DemoDocuments.forSubmission(JenisLayanan.KK_BARU_PERCERAIAN,
            married, nagari.username(), documents, Instant.now()), Instant.now(), true)));
    assertTrue(notDivorced.getMessage().contains("CERAI HIDUP"), notDivorced.getMessage());
    assertThrows(WorkflowException.class, () -> tx.call(em -> steps.submit(em, nagari, JenisLayanan.KK_BARU_ORANG_ASING, married,
        DemoDocuments.forSubmission(JenisLayanan.KK_BARU_ORANG_ASING, married, nagari.username(), documents,
            Instant.now()), Instant.now(), true)));
  }

  /** A synthetic family as the service needs it: a divorced head, or a head who is a foreigner. */
  private static KartuKeluarga familyFor(JenisLayanan layanan) {
    KartuKeluarga family = newFamily();
    List<AnggotaKeluarga> members = family.anggota();
    AnggotaKeluarga head = family.kepalaKeluarga().orElseThrow();
    AnggotaKeluarga changed = switch (layanan) {
      case KK_BARU_PERCERAIAN -> head.toBuilder().perkawinan(new Perkawinan(StatusPerkawinan.CERAI_HIDUP_TERCATAT,
          null, null, LocalDate.now().minusYears(1), "AC/123/2025/PA.PRM")).build();
      case KK_BARU_ORANG_ASING -> head.toBuilder().kewarganegaraan(Kewarganegaraan.WNA)
          .dokumenImigrasi(new DokumenImigrasi("X1234567", "2C11JE7788")).build();
      default -> head;
    };
    // the head alone where the service changes who the head is married to or what citizen they are
    List<AnggotaKeluarga> kept = changed == head ? members : List.of(changed);
    return new KartuKeluarga(family.alamat(), kept);
  }

  /** A new application driven by the right roles up to {@code status}. */
  private long advanceTo(Status status) {
    long id = submit(newFamily());
    switch (status) {
      case DIAJUKAN -> { }
      case PERLU_DILENGKAPI -> tx.run(em -> steps.sendBackToNagari(em, operator, id, ProblemCategory.BERKAS_TIDAK_LENGKAP, "Lengkapi akta"));
      case DIKEMBALIKAN_KE_OPERATOR -> {
        tx.run(em -> steps.verify(em, operator, id, reads.proposedNomorKk(em, operator, id).orElseThrow()));
        tx.run(em -> steps.returnToOperator(em, kasi, id, ProblemCategory.DATA_TIDAK_SESUAI, "Periksa lagi"));
      }
      default -> {
        tx.run(em -> steps.verify(em, operator, id, reads.proposedNomorKk(em, operator, id).orElseThrow()));
        if (status == Status.DIVERIFIKASI) {
          break;
        }
        tx.run(em -> steps.confirm(em, kasi, id));
        if (status == Status.DIKONFIRMASI) {
          break;
        }
        signatureStep.sign(kadis, id, DemoPki.DEMO_PASSPHRASE.toCharArray());
        if (status == Status.DITANDATANGANI) {
          break;
        }
        tx.call(em -> steps.registerAndSend(em, operator, id));
      }
    }
    assertEquals(status, tx.call(em -> reads.find(em, operator, id)).status());
    return id;
  }

  /** SOP step 1 with the required scans; a synthetic family's warnings are acknowledged. */
  private long submit(KartuKeluarga family) {
    return tx.call(em -> steps.submit(em, nagari, JenisLayanan.PERUBAHAN_DATA, family,
        DemoDocuments.forSubmission(JenisLayanan.PERUBAHAN_DATA, family, nagari.username(), documents, Instant.now()),
        Instant.now().minusSeconds(180), true)).id();
  }

  /** The step is refused by the workflow and the stored application is unchanged. */
  private void refused(Executable step, long id, Status expected) {
    assertThrows(WorkflowException.class, step);
    Permohonan unchanged = tx.call(em -> reads.find(em, operator, id));
    assertEquals(expected, unchanged.status());
  }

  private static String get(String url) throws IOException, InterruptedException {
    String local = url.replaceFirst("^http://[^/:]+", "http://127.0.0.1");
    return java.net.http.HttpClient.newHttpClient()
        .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(local)).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static String pdfsig(byte[] pdf) throws IOException, InterruptedException {
    Path file = Files.createTempFile("kk-signed-", ".pdf");
    Files.write(file, pdf);
    String output = System.getProperty("kk.it.output");
    if (output != null) {
      Files.copy(file, Path.of(output, "walkthrough-signed-kk.pdf"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    Process process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
    String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdfsig did not finish");
    return text;
  }
}
