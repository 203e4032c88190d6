package id.dukcapilceria.kk.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.pejabat.Capacity;
import id.dukcapilceria.kk.domain.sintetis.SyntheticFamilies;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.portal.backup.Backups;
import id.dukcapilceria.kk.portal.config.PortalConfig;
import id.dukcapilceria.kk.portal.config.SettingRules;
import id.dukcapilceria.kk.portal.config.Settings;
import id.dukcapilceria.kk.portal.demo.DemoDocuments;
import id.dukcapilceria.kk.portal.demo.DemoSetup;
import id.dukcapilceria.kk.portal.permohonan.SignatureStep;
import id.dukcapilceria.kk.portal.permohonan.Transactions;
import id.dukcapilceria.kk.portal.security.ActingOfficial;
import id.dukcapilceria.kk.portal.security.ActingOfficials;
import id.dukcapilceria.kk.portal.security.AdministrationRefused;
import id.dukcapilceria.kk.portal.security.AuditLog;
import id.dukcapilceria.kk.portal.security.PortalUser;
import id.dukcapilceria.kk.portal.security.SecondFactor;
import id.dukcapilceria.kk.portal.security.Totp;
import id.dukcapilceria.kk.portal.security.UserAdministration;
import id.dukcapilceria.kk.portal.security.UserIdentityStore;
import id.dukcapilceria.kk.portal.signing.KkSigningService;
import id.dukcapilceria.kk.portal.web.PermohonanView;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.signature.verify.Indication;
import id.dukcapilceria.kk.signature.verify.RecipientVerdict;
import id.dukcapilceria.kk.signature.verify.VerificationReport;
import id.dukcapilceria.kk.workflow.audit.AuditEntry;
import id.dukcapilceria.kk.workflow.audit.AuditEvent;
import id.dukcapilceria.kk.workflow.audit.AuditSeal;
import id.dukcapilceria.kk.workflow.audit.AuditTrail;
import id.dukcapilceria.kk.workflow.audit.ChainVerification;
import id.dukcapilceria.kk.workflow.dokumen.DocumentStore;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import id.dukcapilceria.kk.workflow.permohonan.SopStep;
import id.dukcapilceria.kk.workflow.permohonan.Status;
import id.dukcapilceria.kk.workflow.permohonan.Transition;
import id.dukcapilceria.kk.workflow.permohonan.WorkflowException;
import id.dukcapilceria.kk.workflow.sop.DinasReads;
import id.dukcapilceria.kk.workflow.sop.PermohonanReads;
import id.dukcapilceria.kk.workflow.sop.PermohonanSteps;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Runs inside Payara Micro against the real database: the administrator's user and settings
 * changes, each refused for anyone else, audited, and in force at once (sign-in, the next signed
 * card, the overdue mark); and the backup, restored and started on. Every setting changed here is
 * restored at the end of its test.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.portal(AdministrationIT.class, StartedPortal.class)
        .addPackage(id.dukcapilceria.kk.testdb.TestDatabases.class.getPackage());
  }

  @Inject UserAdministration users;
  @Inject Settings settings;
  @Inject id.dukcapilceria.kk.portal.security.SettingsAdministration settingsAdministration;
  @Inject PortalConfig config;
  @Inject UserIdentityStore identityStore;
  @Inject AuditLog auditLog;
  @Inject id.dukcapilceria.kk.portal.signing.AuditSeals seals;
  @Inject Transactions tx;
  @Inject PermohonanSteps steps;
  @Inject PermohonanReads reads;
  @Inject DinasReads dinas;
  @Inject id.dukcapilceria.kk.portal.permohonan.SignatureStep signatureStep;
  @Inject KkSigningService signing;
  @Inject DocumentStore documents;
  @Inject WilayahDirectory wilayah;
  @Inject SecondFactor secondFactor;
  @Inject ActingOfficials acting;
  @Inject Backups backups;

  private static final KodeWilayah LUBUK_ALUNG = DemoSetup.LUBUK_ALUNG;
  private static final String STRONG = "Sandi-Uji-2026";
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private static Actor user(String username) {
    return DemoSetup.USERS.stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow().toActor();
  }

  private final Actor admin = user("admin");
  private final Actor nagari = user("nagari.lubukalung");
  private final Actor operator = user("operator");
  private final Actor kasi = user("kasi");
  private final Actor kadis = user("kadis");

  /** A fresh user name per run: the database outlives a test run. */
  private static String unique(String prefix) {
    return prefix + Long.toString(System.nanoTime(), 36);
  }

  private static void refused(String key, Executable action) {
    AdministrationRefused e = assertThrows(AdministrationRefused.class, action);
    assertTrue(e.has(key), "expected " + key + " but was " + e.problems());
  }

  private long deniedAdministration() {
    return tx.call(em -> (Long) em.createQuery("select count(e) from AuditEntry e where e.action = :action"
        + " and e.subject = 'administration'").setParameter("action",
        id.dukcapilceria.kk.workflow.audit.AuditEvent.ACCESS_DENIED).getSingleResult());
  }

  private boolean signsIn(String username, String password) {
    return identityStore.validate(new UsernamePasswordCredential(username, password)).getStatus()
        == CredentialValidationResult.Status.VALID;
  }

  @Test
  void onlyAnAdministratorCreatesChangesAndDisablesUsers() {
    String name = unique("it.nagari.");
    var newUser = new UserAdministration.NewUser(name, "Operator Uji", Role.OPERATOR_NAGARI, LUBUK_ALUNG,
        STRONG.toCharArray());
    // a forged Actor claiming ADMIN is checked against the user table
    long deniedBefore = deniedAdministration();
    List<Actor> notAdmins = List.of(nagari, operator, kasi, kadis, new Actor("kasi", Role.ADMIN, null));
    for (Actor notAdmin : notAdmins) {
      refused("admin.error.notAdmin", () -> users.create(notAdmin, newUser));
      refused("admin.error.notAdmin", () -> users.disable(notAdmin, "operator"));
      refused("admin.error.notAdmin", () -> users.enable(notAdmin, "operator"));
      refused("admin.error.notAdmin", () -> users.resetPassword(notAdmin, "operator", STRONG.toCharArray()));
      refused("admin.error.notAdmin", () -> users.changeRole(notAdmin, "operator", Role.ADMIN, null));
      refused("admin.error.notAdmin", () -> settingsAdministration.change(notAdmin, Map.of(SettingRules.SIGNATURE_LEVEL, "B-B")));
      refused("admin.error.notAdmin", () -> settingsAdministration.restoreDefault(notAdmin, SettingRules.SIGNATURE_LEVEL));
    }
    assertTrue(users.user(name).isEmpty(), "nothing created by a refused call");
    // each refusal is in the audit trail although its transaction changed nothing else
    // (AdministrationDenied commits the entry: no second connection for it)
    assertEquals(deniedBefore + notAdmins.size() * 7L, deniedAdministration());
    assertEquals(Role.OPERATOR_LAYANAN, users.user("operator").orElseThrow().role());
    assertTrue(users.user("operator").orElseThrow().isActive());

    // bad input: refused as a whole, nothing saved
    refused("admin.error.passwordWeak", () -> users.create(admin, new UserAdministration.NewUser(name, "Operator Uji",
        Role.OPERATOR_NAGARI, LUBUK_ALUNG, "pendek1".toCharArray())));
    refused("admin.error.nagariRequired", () -> users.create(admin, new UserAdministration.NewUser(name, "Operator Uji",
        Role.OPERATOR_NAGARI, null, STRONG.toCharArray())));
    refused("admin.error.nagariUnknown", () -> users.create(admin, new UserAdministration.NewUser(name, "Operator Uji",
        Role.OPERATOR_NAGARI, KodeWilayah.of("13.71.01.1001"), STRONG.toCharArray())));
    refused("admin.error.nagariNotAllowed", () -> users.create(admin, new UserAdministration.NewUser(name, "Kasi Uji",
        Role.KASI_KABID, LUBUK_ALUNG, STRONG.toCharArray())));
    refused("admin.error.usernameChars", () -> users.create(admin, new UserAdministration.NewUser("Nama Salah", "X",
        Role.KASI_KABID, null, STRONG.toCharArray())));
    refused("admin.error.usernameTaken", () -> users.create(admin, new UserAdministration.NewUser("kasi", "Kasi Lain",
        Role.KASI_KABID, null, STRONG.toCharArray())));
    assertTrue(users.user(name).isEmpty());
    assertEquals("Kasi Pelayanan Pendaftaran Penduduk", users.user("kasi").orElseThrow().displayName(), "kasi unchanged");

    users.create(admin, newUser);
    assertEquals(Role.OPERATOR_NAGARI, users.user(name).orElseThrow().role());
    assertEquals(LUBUK_ALUNG, users.user(name).orElseThrow().nagari());
    assertTrue(signsIn(name, STRONG));
    assertFalse(users.user(name).orElseThrow().passwordHash().contains(STRONG), "only a hash is kept");

    // a disabled user cannot sign in; enabled again they can
    users.disable(admin, name);
    assertFalse(signsIn(name, STRONG), "disabled: refused by UserIdentityStore");
    users.enable(admin, name);
    assertTrue(signsIn(name, STRONG));

    // password reset: weak refused; the new one works, the old one no longer
    String newPassword = "Baru-Lagi-2027";
    refused("admin.error.passwordWeak", () -> users.resetPassword(admin, name, (name + "99").toCharArray()));
    assertTrue(signsIn(name, STRONG), "a refused reset changes nothing");
    users.resetPassword(admin, name, newPassword.toCharArray());
    assertFalse(signsIn(name, STRONG));
    assertTrue(signsIn(name, newPassword));

    // role and nagari
    refused("admin.error.nagariNotAllowed", () -> users.changeRole(admin, name, Role.OPERATOR_LAYANAN, LUBUK_ALUNG));
    refused("admin.error.nagariRequired", () -> users.changeRole(admin, name, Role.OPERATOR_NAGARI, null));
    users.changeRole(admin, name, Role.OPERATOR_NAGARI, DemoSetup.KATAPIANG);
    assertEquals(DemoSetup.KATAPIANG, users.user(name).orElseThrow().nagari());
    users.changeRole(admin, name, Role.OPERATOR_LAYANAN, null);
    assertEquals(Role.OPERATOR_LAYANAN, users.user(name).orElseThrow().toActor().role());
    refused("admin.error.noSuchUser", () -> users.disable(admin, "tidak.ada." + name));

    // every change is in the audit trail, in order, and no password is
    List<String> actions = new ArrayList<>();
    for (AuditEntry e : auditLog.latest(300)) {
      if (name.equals(e.subject()) && e.action().startsWith("USER_")) {
        actions.add(0, e.action());
        assertEquals("admin", e.username());
        String reason = e.reason() == null ? "" : e.reason();
        assertFalse(reason.contains(STRONG) || reason.contains(newPassword), reason);
      }
    }
    assertEquals(List.of(AuditEvent.USER_CREATED, AuditEvent.USER_DISABLED, AuditEvent.USER_ENABLED,
        AuditEvent.USER_PASSWORD_RESET, AuditEvent.USER_ROLE_CHANGED, AuditEvent.USER_ROLE_CHANGED), actions);
    AuditEntry lastChange = auditLog.latest(300).stream()
        .filter(e -> name.equals(e.subject()) && e.action().equals(AuditEvent.USER_ROLE_CHANGED)).findFirst().orElseThrow();
    assertEquals("OPERATOR_NAGARI 13.05.02.2001 → OPERATOR_LAYANAN", lastChange.reason());
    assertTrue(auditLog.verify(seals.latest().orElseThrow().seal()).valid());

    users.disable(admin, name);
  }

  /**
   * The chain is sealed outside the database; someone who deletes the newest entries and moves the
   * head back (the chain alone stays consistent) is caught by the seal. The deleted rows and the
   * head are put back afterwards, for the other tests.
   */
  @Test
  void theNewestSealCatchesEntriesDeletedTogetherWithTheHead() throws Exception {
    for (int i = 0; i < 3; i++) {
      auditLog.record("admin", Role.ADMIN, "SEAL_TEST", "isi-" + i);
    }
    var sealed = seals.seal();
    assertTrue(java.nio.file.Files.exists(sealed.content()) && java.nio.file.Files.exists(sealed.token()), "written outside the database");
    assertEquals(sealed.seal(), seals.latest().orElseThrow().seal(), "the newest seal verifies");
    assertTrue(auditLog.verify(seals.latest().orElseThrow().seal()).valid(), auditLog.verify(seals.latest().orElseThrow().seal()).description());

    // a connection of its own, beside the server's pool, as someone editing the database directly has
    // (the pool manages its connections' commits itself: PostgreSQL refused a commit on one)
    javax.sql.DataSource database = new id.dukcapilceria.kk.portal.config.ConfiguredDataSource();
    long position = sealed.seal().position();
    try (java.sql.Connection c = database.getConnection()) {
      c.setAutoCommit(false);
      java.util.List<Object[]> removed = new java.util.ArrayList<>();
      Object[] head;
      try (var rows = c.createStatement().executeQuery("SELECT * FROM audit_entry WHERE entry_position > " + (position - 2)
          + " ORDER BY entry_position");
          var headRow = c.createStatement().executeQuery("SELECT last_position, last_hash FROM audit_head")) {
        int columns = rows.getMetaData().getColumnCount();
        while (rows.next()) {
          Object[] row = new Object[columns];
          for (int i = 0; i < columns; i++) {
            row[i] = rows.getObject(i + 1);
          }
          removed.add(row);
        }
        headRow.next();
        head = new Object[] {headRow.getObject(1), headRow.getObject(2)};
      }
      String hashBefore;
      try (var kept = c.createStatement().executeQuery("SELECT entry_hash FROM audit_entry WHERE entry_position = " + (position - 2))) {
        kept.next();
        hashBefore = kept.getString(1);
      }
      c.createStatement().executeUpdate("DELETE FROM audit_entry WHERE entry_position > " + (position - 2));
      c.createStatement().executeUpdate("UPDATE audit_head SET last_position = " + (position - 2) + ", last_hash = '" + hashBefore + "'");
      c.commit();
      try {
        var verification = auditLog.verify(seals.latest().orElseThrow().seal());
        assertEquals(id.dukcapilceria.kk.workflow.audit.ChainVerification.Problem.SEAL_MISMATCH, verification.problem(),
            verification.description());
      } finally {
        String placeholders = String.join(", ", java.util.Collections.nCopies(removed.get(0).length, "?"));
        try (var insert = c.prepareStatement("INSERT INTO audit_entry VALUES (" + placeholders + ")")) {
          for (Object[] row : removed) {
            for (int i = 0; i < row.length; i++) {
              insert.setObject(i + 1, row[i]);
            }
            insert.executeUpdate();
          }
        }
        try (var restore = c.prepareStatement("UPDATE audit_head SET last_position = ?, last_hash = ?")) {
          restore.setObject(1, head[0]);
          restore.setObject(2, head[1]);
          restore.executeUpdate();
        }
        c.commit();
      }
    }
    assertTrue(auditLog.verify(seals.latest().orElseThrow().seal()).valid(), "put back: " + auditLog.verify(seals.latest().orElseThrow().seal()).description());
  }

  @Test
  void aRoleCanBeMadeToUseTheSecondFactorAndALostPhoneIsResetByTheAdministrator() {
    String name = unique("it.kasi.");
    users.create(admin, new UserAdministration.NewUser(name, "Kasi Uji", Role.KASI_KABID, null, STRONG.toCharArray()));
    PortalUser created = users.user(name).orElseThrow();
    assertFalse(secondFactor.mustEnrol(created), "the demo requires no role by default");
    refused("admin.error.notAdmin", () -> settingsAdministration.change(kasi, Map.of(SettingRules.SECOND_FACTOR_ROLES, "")));
    try {
      settingsAdministration.change(admin, Map.of(SettingRules.SECOND_FACTOR_ROLES, "kasi_kabid"));
      assertTrue(secondFactor.mustEnrol(users.user(name).orElseThrow()), "the role now requires it");
      assertFalse(secondFactor.mustEnrol(users.user("kadis").orElseThrow()), "another role does not");
      assertTrue(signsIn(name, STRONG), "the password still signs in, to the enrolment only (WorkspaceAccessFilter)");

      Actor actor = users.user(name).orElseThrow().toActor();
      SecondFactor.Enrolment enrolment = secondFactor.newEnrolment(name);
      assertTrue(enrolment.uri().startsWith("otpauth://totp/") && enrolment.uri().contains(enrolment.secret()));
      Instant now = Instant.now();
      assertEquals(Optional.of(SecondFactor.Refusal.WRONG_CODE),
          secondFactor.enrol(actor, enrolment.secret(), Totp.codeAt(enrolment.secret(), now.minusSeconds(300))));
      assertFalse(secondFactor.enrolled(name), "a wrong code stores nothing");
      String enrolmentCode = Totp.codeAt(enrolment.secret(), now);
      assertEquals(Optional.empty(), secondFactor.enrol(actor, enrolment.secret(), enrolmentCode));
      assertTrue(secondFactor.enrolled(name));
      assertFalse(secondFactor.mustEnrol(users.user(name).orElseThrow()));
      SecondFactor.Enrolment another = secondFactor.newEnrolment(name);
      assertEquals(Optional.of(SecondFactor.Refusal.ALREADY_ENROLLED),
          secondFactor.enrol(actor, another.secret(), Totp.codeAt(another.secret(), now)), "no quiet replacement");

      assertFalse(signsIn(name, STRONG), "the password alone no longer signs in");
      assertEquals(SecondFactor.Check.REUSED, secondFactor.accept(name, enrolmentCode), "the enrolment's code is used up");
      String next = Totp.codeAt(enrolment.secret(), now.plusSeconds(30));
      assertEquals(SecondFactor.Check.ACCEPTED, secondFactor.accept(name, next), "the next step's code");
      assertEquals(SecondFactor.Check.REUSED, secondFactor.accept(name, next), "once");
      assertEquals(SecondFactor.Check.REUSED, secondFactor.accept(name, enrolmentCode), "nor an older one after it");
      assertEquals(SecondFactor.Check.WRONG, secondFactor.accept(name, Totp.codeAt(enrolment.secret(), now.minusSeconds(900))));
      assertEquals(SecondFactor.Check.WRONG, secondFactor.accept(name, null));
      assertEquals(List.of("kode autentikator salah"), auditLog.latest(20).stream()
          .filter(e -> name.equals(e.username()) && e.action().equals(AuditEvent.LOGIN_FAILED)).map(AuditEntry::subject)
          .toList(), "the sign-in without a code above, audited");

      refused("admin.error.notAdmin", () -> users.resetSecondFactor(kasi, name));
      users.resetSecondFactor(admin, name);
      assertFalse(secondFactor.enrolled(name));
      assertTrue(secondFactor.mustEnrol(users.user(name).orElseThrow()), "enrols again at the next sign-in");
      refused("admin.error.noSecondFactor", () -> users.resetSecondFactor(admin, name));
      List<String> actions = auditLog.latest(50).stream().filter(e -> name.equals(e.subject()))
          .map(AuditEntry::action).toList();
      assertTrue(actions.containsAll(List.of(AuditEvent.SECOND_FACTOR_ENROLLED, AuditEvent.SECOND_FACTOR_RESET)), actions.toString());
    } finally {
      settingsAdministration.restoreDefault(admin, SettingRules.SECOND_FACTOR_ROLES);
    }
    assertFalse(secondFactor.mustEnrol(users.user(name).orElseThrow()), "the default again");
    users.disable(admin, name);
  }

  @Test
  void aPlhDesignatedByTheAdministratorSignsInTheirPeriodUnderTheirOwnName() throws Exception {
    String name = unique("it.plh.");
    users.create(admin, new UserAdministration.NewUser(name, "Plh. Kepala Dinas", Role.KADIS, null, STRONG.toCharArray()));
    LocalDate today = LocalDate.now(config.zone());
    var designation = new ActingOfficial.Designation(Capacity.PLH, "RAHMAT HIDAYAT, S.SOS", "19750505 200003 1 002",
        null, today, today.plusDays(2));
    refused("admin.error.notAdmin", () -> acting.designate(kasi, name, designation));
    refused("acting.error.notKadis", () -> acting.designate(admin, "kasi", designation));
    refused("acting.error.period", () -> acting.designate(admin, name, new ActingOfficial.Designation(Capacity.PLH,
        "RAHMAT HIDAYAT, S.SOS", "197505052000031002", null, today.minusDays(3), today.minusDays(1))));
    acting.designate(admin, name, designation);
    Actor plh = acting.actorOf(users.user(name).orElseThrow());
    assertTrue(plh.actingFor().isPresent());

    long id = confirmedApplication();
    signatureStep.sign(plh, id, DemoPki.DEMO_PASSPHRASE.toCharArray());
    byte[] card = tx.call(em -> reads.signedDocument(em, kadis, id)).pdf();
    String text;
    try (PDDocument pdf = Loader.loadPDF(card)) {
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
    }
    assertTrue(text.contains("Plh. KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"), text);
    assertTrue(text.contains("RAHMAT HIDAYAT, S.SOS") && text.contains("NIP. 19750505 200003 1 002"), text);
    assertEquals(Indication.TOTAL_PASSED, signing.verify(card).indication());
    var entry = tx.call(em -> steps.registerAndSend(em, operator, id));
    assertTrue(entry.signer().startsWith("Plh. Kepala Dinas RAHMAT HIDAYAT, S.SOS (sertifikat: "), entry.signer());
    Permohonan signedApplication = tx.call(em -> reads.find(em, operator, id));
    assertTrue(signedApplication.history().stream().anyMatch(r -> r.transition() == Transition.SIGN
        && name.equals(r.username()) && "Plh. Kepala Dinas".equals(r.reason())), "the step record says for whom");
    List<String> designations = auditLog.latest(50).stream().filter(e -> name.equals(e.subject()))
        .map(AuditEntry::action).toList();
    assertTrue(designations.contains(AuditEvent.ACTING_DESIGNATED), designations.toString());

    // a designation that ended yesterday: the workflow refuses the signature, nothing is stored
    Actor expired = new Actor(name, Role.KADIS, null, new Actor.Acting(Capacity.PLH,
        today.minusDays(3).atStartOfDay(config.zone()).toInstant(), today.atStartOfDay(config.zone()).toInstant()));
    long waiting = confirmedApplication();
    WorkflowException late = assertThrows(WorkflowException.class,
        () -> signatureStep.sign(expired, waiting, DemoPki.DEMO_PASSPHRASE.toCharArray()));
    assertEquals("sign.actingOutsidePeriod", late.code());
    assertEquals(Status.DIKONFIRMASI, tx.call(em -> reads.find(em, operator, waiting)).status());

    assertTrue(acting.outsideDesignation(expired), "opens no family data (WorkspaceAccessFilter, PageAccess, API)");
    assertFalse(acting.outsideDesignation(plh));

    // designated from tomorrow: not yet
    acting.designate(admin, name, new ActingOfficial.Designation(Capacity.PLT, "RAHMAT HIDAYAT, S.SOS",
        "197505052000031002", "1305010101700002", today.plusDays(1), today.plusDays(30)));
    Actor tomorrow = acting.actorOf(users.user(name).orElseThrow());
    assertTrue(acting.outsideDesignation(tomorrow));
    assertEquals("sign.actingOutsidePeriod", assertThrows(WorkflowException.class,
        () -> signatureStep.sign(tomorrow, waiting, DemoPki.DEMO_PASSPHRASE.toCharArray())).code());

    acting.revoke(admin, name);
    assertTrue(acting.actorOf(users.user(name).orElseThrow()).actingFor().isEmpty(), "back to a plain Kadis account");
    refused("acting.error.none", () -> acting.revoke(admin, name));
    users.disable(admin, name);
  }

  @Test
  void anAdministratorKeepsTheirOwnRightsAndAnotherAdministratorRemains() {
    refused("admin.error.self", () -> users.disable(admin, "admin"));
    refused("admin.error.self", () -> users.changeRole(admin, "admin", Role.KASI_KABID, null));
    assertTrue(users.user("admin").orElseThrow().isActive());
    assertEquals(Role.ADMIN, users.user("admin").orElseThrow().role());

    String second = unique("it.admin.");
    users.create(admin, new UserAdministration.NewUser(second, "Admin Kedua", Role.ADMIN, null, STRONG.toCharArray()));
    Actor secondAdmin = users.user(second).orElseThrow().toActor();
    // with two active administrators one may disable the other; the one left keeps their rights
    try {
      users.disable(secondAdmin, "admin");
      assertFalse(signsIn("admin", DemoSetup.DEMO_PASSWORD));
      refused("admin.error.notAdmin", () -> users.enable(admin, "admin"));
      refused("admin.error.self", () -> users.disable(secondAdmin, second));
    } finally {
      users.enable(secondAdmin, "admin"); // other test classes sign in as the demo admin
    }
    assertTrue(signsIn("admin", DemoSetup.DEMO_PASSWORD));
    users.disable(admin, second);
    assertFalse(users.user(second).orElseThrow().isActive());
  }

  @Test
  void theNextSignedCardUsesTheStoredLevelAndBaseUrl() throws Exception {
    String defaultUrl = config.baseUrl();
    assertEquals("PAdES_BASELINE_LT", config.signatureLevel().name(), "the configured default");
    try {
      // one bad value: nothing of the form is stored
      refused("settings.error.baseUrl", () -> settingsAdministration.change(admin,
          Map.of(SettingRules.SIGNATURE_LEVEL, "B-LTA", SettingRules.BASE_URL, "ftp://kk.example")));
      refused("settings.error.level", () -> settingsAdministration.change(admin, Map.of(SettingRules.SIGNATURE_LEVEL, "B-XL")));
      assertEquals("PAdES_BASELINE_LT", config.signatureLevel().name());

      settingsAdministration.change(admin, Map.of(SettingRules.SIGNATURE_LEVEL, "b-lta",
          SettingRules.BASE_URL, "https://kk.padangpariamankab.go.id/portal/"));
      assertEquals("https://kk.padangpariamankab.go.id/portal", config.baseUrl(), "in force at once");

      long id = signedApplication();
      var document = tx.call(em -> reads.signedDocument(em, kadis, id));
      VerificationReport report = signing.verify(document.pdf());
      assertEquals(Indication.TOTAL_PASSED, report.indication(), report.subIndication());
      assertEquals("PAdES-BASELINE-LTA", report.level());
      assertEquals("https://kk.padangpariamankab.go.id/portal/verifikasi.xhtml?t=" + document.verificationToken(),
          linkOnFirstPage(document.pdf()));

      List<String> changes = auditLog.latest(50).stream()
          .filter(e -> e.action().equals(AuditEvent.SETTING_CHANGED))
          .map(e -> e.subject() + ": " + e.reason()).toList();
      assertTrue(changes.contains("kk.signature.level: B-LT → B-LTA"), changes.toString());
      assertTrue(changes.contains("kk.base.url: " + defaultUrl + " → https://kk.padangpariamankab.go.id/portal"),
          changes.toString());
    } finally {
      settingsAdministration.restoreDefault(admin, SettingRules.SIGNATURE_LEVEL);
      settingsAdministration.restoreDefault(admin, SettingRules.BASE_URL);
    }
    assertEquals(defaultUrl, config.baseUrl());
    assertEquals("PAdES_BASELINE_LT", config.signatureLevel().name());
  }

  @Test
  void theOverdueMarkFollowsAChangedTimeStandard() {
    KartuKeluarga family = newFamily();
    long id = tx.call(em -> steps.submit(em, nagari, JenisLayanan.PERUBAHAN_DATA, family,
        DemoDocuments.forSubmission(JenisLayanan.PERUBAHAN_DATA, family, nagari.username(), documents,
            Instant.now()), Instant.now().minusSeconds(60), true)).id();
    Permohonan waiting = tx.call(em -> reads.find(em, operator, id));
    // five minutes later, as the worklist would show it (Workspace.view passes config.mutuBaku())
    Clock later = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(5));
    String key = SettingRules.mutuBakuKey(SopStep.VERIFIKASI);
    assertTrue(view(waiting, later).overdue(), "over the SOP's 2 minutes");
    try {
      refused("settings.error.minutes", () -> settingsAdministration.change(admin, Map.of(key, "0")));
      settingsAdministration.change(admin, Map.of(key, "10"));
      assertEquals(Duration.ofMinutes(10), config.mutuBaku().of(SopStep.VERIFIKASI));
      assertFalse(view(waiting, later).overdue(), "within the configured 10 minutes");
      assertTrue(view(waiting, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(11))).overdue());
    } finally {
      settingsAdministration.restoreDefault(admin, key);
    }
    assertEquals(Duration.ofMinutes(2), config.mutuBaku().of(SopStep.VERIFIKASI));
    assertTrue(view(waiting, later).overdue());
  }

  private PermohonanView view(Permohonan p, Clock clock) {
    return PermohonanView.of(p, operator, wilayah, clock, Locale.forLanguageTag("id"), config.mutuBaku()::of);
  }

  private static KartuKeluarga newFamily() {
    return new SyntheticFamilies(System.nanoTime(), LocalDate.now(), WilayahDirectory.shared(), KodeWilayah.of("13.05")).next(LUBUK_ALUNG);
  }

  /** One application through submit, verify, confirm and sign. */
  private long signedApplication() {
    long id = confirmedApplication();
    signatureStep.sign(kadis, id, DemoPki.DEMO_PASSPHRASE.toCharArray());
    return id;
  }

  /** One application through submit, verify and confirm: waiting for the Kadis. */
  private long confirmedApplication() {
    KartuKeluarga family = newFamily();
    long id = tx.call(em -> steps.submit(em, nagari, JenisLayanan.PERUBAHAN_DATA, family,
        DemoDocuments.forSubmission(JenisLayanan.PERUBAHAN_DATA, family, nagari.username(), documents, Instant.now()),
        Instant.now().minusSeconds(180), true)).id();
    tx.run(em -> steps.verify(em, operator, id, reads.proposedNomorKk(em, operator, id).orElseThrow()));
    tx.run(em -> steps.confirm(em, kasi, id));
    return id;
  }

  /** The target of the link annotation the renderer puts over the QR code. */
  private static String linkOnFirstPage(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDAnnotation annotation : document.getPage(0).getAnnotations()) {
        if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
          return uri.getURI();
        }
      }
    }
    throw new AssertionError("no link annotation on page 1");
  }

  /**
   * Must show 3 of the production-data issue, on whichever database the run uses: a backup taken
   * while officers work (two threads taking applications through every step, signing included)
   * restores, with the documented script, into an empty place; a portal started on it has every
   * application, scanned document and signed card of before the backup, every card verifies, and
   * the audit chain is intact against the restored seals. (Here rather than in a class of its own:
   * each class costs a Payara Micro start.)
   */
  @Test
  void aBackupTakenWhileOfficersWorkRestoresToAPortalWhereEverythingIsPresentAndVerifies() throws Exception {
    assertThrows(AdministrationRefused.class, () -> backups.take(user("kadis")), "only the administrator backs up");

    // officers at work: two threads taking applications from submission to the register
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger finished = new AtomicInteger();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    List<Thread> officers = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Thread officer = new Thread(() -> {
        while (!stop.get()) {
          try {
            lifecycle();
            finished.incrementAndGet();
          } catch (Throwable t) {
            failures.add(t);
            return;
          }
        }
      });
      officer.start();
      officers.add(officer);
    }
    Backups.Backup backup;
    java.util.Set<Long> applications;
    Map<Long, String> cards;
    java.util.Set<String> scans;
    try {
      waitFor(() -> finished.get() >= 2 || !failures.isEmpty());
      // everything committed before the backup starts must be in it
      // what a crash in the middle of a backup leaves, and a manifest someone spoiled
      Path unfinished = Files.createDirectories(backups.folder().resolve("kk-20000101-000000000.partial/dokumen"));
      Path spoiled = Files.createDirectories(backups.folder().resolve("kk-29991231-235959999"));
      Files.writeString(spoiled.resolve("backup.properties"), "takenAt=kemarin\n");
      applications = applicationIds();
      cards = signedCards();
      scans = java.util.Set.copyOf(tx.call(em -> em.createQuery("select d.sha256 from RequirementDocument d", String.class)
          .getResultList()));
      backup = backups.take(user("admin"));
      assertFalse(Files.exists(unfinished.getParent()), "the unfinished backup was removed");
      assertEquals(backup.folder(), backups.latest().orElseThrow().folder(), "the spoiled manifest is passed over");
      Files.delete(spoiled.resolve("backup.properties"));
      Files.delete(spoiled);
      int atBackup = finished.get();
      waitFor(() -> finished.get() >= atBackup + 2 || !failures.isEmpty());
    } finally {
      stop.set(true);
      for (Thread officer : officers) {
        officer.join(60_000);
      }
    }
    assertTrue(failures.isEmpty(), () -> "an officer's step failed: " + failures.peek());
    assertTrue(Files.isRegularFile(backup.folder().resolve("backup.properties")));
    assertTrue(backup.documents() > 0, "the documents are in the backup");

    Path place = Files.createTempDirectory("kk-restored");
    Path data = place.resolve("kk");
    String restoredDatabase = restoredDatabase();
    try {
      List<String> restore = new ArrayList<>(List.of("bash", module().resolve("src/main/ops/restore-backup.sh").toString(),
          backup.folder().toString(), data.toString()));
      List<String> properties = new ArrayList<>();
      Map<String, String> environment = Map.of();
      if (restoredDatabase != null) {
        Properties url = org.postgresql.Driver.parseURL(restoredDatabase, new Properties());
        restore.add("postgresql://" + url.getProperty("user") + "@" + url.getProperty("PGHOST") + ":"
            + url.getProperty("PGPORT") + "/" + url.getProperty("PGDBNAME"));
        environment = Map.of("PGPASSWORD", url.getProperty("password"));
        properties.add("-Dkk.db.url=" + restoredDatabase);
      }
      ProcessBuilder script = new ProcessBuilder(restore).redirectErrorStream(true);
      script.environment().putAll(environment);
      Process restoring = script.start();
      String said = new String(restoring.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, restoring.waitFor(), said);
      // a second restore into the same place is refused and changes nothing there
      Process again = new ProcessBuilder(restore).redirectErrorStream(true).start();
      String refused = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(1, again.waitFor());
      assertTrue(refused.contains("not empty"), refused);

      // every scanned document, whole, where the restored portal reads documents
      assertFalse(scans.isEmpty());
      for (String scan : scans) {
        Path file = data.resolve("dokumen").resolve(scan.substring(0, 2)).resolve(scan);
        assertTrue(Files.isRegularFile(file), "document " + scan);
        assertEquals(scan, sha256(Files.readAllBytes(file)));
      }

      try (StartedPortal restored = StartedPortal.start(place, properties, Map.of())) {
        for (long id : applications) {
          assertEquals(id, json(get(restored, "api/v1/permohonan/" + id)).getJsonNumber("id").longValue());
        }
        int checkedOnline = 0;
        for (Map.Entry<Long, String> card : cards.entrySet()) {
          HttpResponse<byte[]> pdf = http.send(request(restored, "api/v1/permohonan/" + card.getKey() + "/kk.pdf").build(),
              HttpResponse.BodyHandlers.ofByteArray());
          assertEquals(200, pdf.statusCode(), "card of " + card.getKey());
          assertEquals(card.getValue(), sha256(pdf.body()), "the card as signed");
          assertTrue(signing.verify(pdf.body()).isValid(), "card of " + card.getKey() + " verifies");
          // the restored portal's own verification knows it as a card it issued (within its public rate limit)
          if (checkedOnline++ < 5) {
            HttpResponse<String> verdict = http.send(HttpRequest.newBuilder(URI.create(restored.base() + "api/v1/verification"))
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(pdf.body())).build(),
                HttpResponse.BodyHandlers.ofString());
            assertEquals(200, verdict.statusCode(), verdict.body());
            JsonObject report = json(verdict.body());
            assertTrue(report.getBoolean("valid"), verdict.body());
            // the same verdict as here, where it was issued: active, or superseded by a newer card
            assertEquals(RecipientVerdict.of(signing.verify(pdf.body())).name(), report.getString("verdict"));
          }
        }
        assertTrue(checkedOnline > 0, "the demo and the officers signed cards before the backup");
      }

      // the restored chain, read with no portal holding the database: against the seal in the
      // backup, and against the newest in the restored folder: the restored portal seals at its
      // start when the database holds entries after the backup's seal (whether the officers
      // committed any between the seal and the database's copy depends on timing)
      AuditSeal backedUp = newestSeal(backup.folder().resolve("segel-audit"));
      assertEquals(backup.sealPosition(), backedUp.position());
      AuditSeal restoredPortals = newestSeal(data.resolve("segel-audit"));
      assertTrue(restoredPortals.position() >= backedUp.position(), "no seal of the restored folder is older");
      for (AuditSeal seal : List.of(backedUp, restoredPortals)) {
        try (Connection connection = restoredConnection(data, restoredDatabase)) {
          ChainVerification chain = new AuditTrail().verify(connection, seal);
          assertTrue(chain.valid(), chain::description);
          assertTrue(chain.entriesChecked() >= seal.position(), "the chain reaches the seal");
        }
      }
    } finally {
      shutDownDerby(data);
      dropDatabase(restoredDatabase);
    }
  }

  /** One application from submission through signing to the buku register. */
  private void lifecycle() {
    long id = signedApplication();
    tx.run(em -> steps.registerAndSend(em, operator, id));
  }

  private java.util.Set<Long> applicationIds() {
    return java.util.Set.copyOf(tx.call(em -> em.createQuery("select p.id from Permohonan p", Long.class).getResultList()));
  }

  private Map<Long, String> signedCards() {
    return tx.call(em -> em.createQuery("select d.permohonanId, d.sha256 from SignedKkDocument d", Object[].class)
        .getResultStream().collect(java.util.stream.Collectors.toMap(r -> (Long) r[0], r -> (String) r[1])));
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + 120_000_000_000L;
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < end, "the officers made no progress in 2 minutes");
      Thread.sleep(100);
    }
  }

  /** kk-portal's folder: the WAR the tests deploy is in its target folder. */
  private static Path module() {
    return Path.of(System.getProperty("kk.it.war")).toAbsolutePath().getParent().getParent();
  }

  /** On the PostgreSQL run, a new empty database beside the run's own to restore into; else null. */
  private static String restoredDatabase() throws SQLException {
    String current = System.getProperty("kk.db.url");
    if (current == null || !current.startsWith("jdbc:postgresql:")) {
      return null;
    }
    String name = "kk_restored_" + Long.toString(System.nanoTime(), 36);
    try (Connection connection = DriverManager.getConnection(current)) {
      connection.createStatement().execute("CREATE DATABASE " + name);
    }
    Properties url = org.postgresql.Driver.parseURL(current, new Properties());
    return "jdbc:postgresql://" + url.getProperty("PGHOST") + ":" + url.getProperty("PGPORT") + "/" + name
        + "?user=" + url.getProperty("user") + "&password=" + url.getProperty("password")
        + "&currentSchema=" + url.getProperty("currentSchema");
  }

  private static void dropDatabase(String url) throws SQLException {
    if (url == null) {
      return;
    }
    String name = org.postgresql.Driver.parseURL(url, new Properties()).getProperty("PGDBNAME");
    try (Connection connection = DriverManager.getConnection(System.getProperty("kk.db.url"))) {
      connection.createStatement().execute("DROP DATABASE IF EXISTS " + name);
    }
  }

  private static Connection restoredConnection(Path data, String postgresql) throws SQLException {
    return DriverManager.getConnection(postgresql != null ? postgresql : "jdbc:derby:" + data.resolve("derby"));
  }

  private static void shutDownDerby(Path data) {
    try {
      DriverManager.getConnection("jdbc:derby:" + data.resolve("derby") + ";shutdown=true").close();
    } catch (SQLException expected) {
      // Derby answers a shut-down (and a database never opened) with an exception
    }
  }

  private static AuditSeal newestSeal(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      Path newest = files.filter(f -> f.getFileName().toString().endsWith(".txt"))
          .max(java.util.Comparator.comparing(f -> f.getFileName().toString())).orElseThrow();
      return AuditSeal.parse(Files.readAllBytes(newest));
    }
  }

  private String get(StartedPortal portal, String path) throws Exception {
    HttpResponse<String> answer = http.send(request(portal, path).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), path + ": " + answer.body());
    return answer.body();
  }

  private static HttpRequest.Builder request(StartedPortal portal, String path) {
    return HttpRequest.newBuilder(URI.create(portal.base() + path)).header("Authorization", "Basic "
        + Base64.getEncoder().encodeToString(("operator:" + DemoSetup.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
