package id.dukcapilceria.kk.workflow.sop;

import static id.dukcapilceria.kk.workflow.permohonan.PermohonanTest.documentsFor;
import static id.dukcapilceria.kk.workflow.permohonan.PermohonanTest.family;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusKartuKeluarga;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.shared.Sha256;
import id.dukcapilceria.kk.domain.sintetis.SyntheticFamilies;
import id.dukcapilceria.kk.domain.validasi.KartuKeluargaValidator;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.workflow.audit.AuditEntry;
import id.dukcapilceria.kk.workflow.audit.AuditEvent;
import id.dukcapilceria.kk.workflow.audit.AuditTrail;
import id.dukcapilceria.kk.workflow.dokumen.DocumentStore;
import id.dukcapilceria.kk.workflow.dokumen.RequirementDocument;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Page;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import id.dukcapilceria.kk.workflow.permohonan.ProblemCategory;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import id.dukcapilceria.kk.workflow.permohonan.SopStep;
import id.dukcapilceria.kk.workflow.permohonan.Status;
import id.dukcapilceria.kk.workflow.permohonan.WorkflowException;
import id.dukcapilceria.kk.workflow.permohonan.WorklistFilter;
import id.dukcapilceria.kk.workflow.permohonan.WorklistRow;
import id.dukcapilceria.kk.workflow.register.BukuRegisterEntry;
import id.dukcapilceria.kk.workflow.siak.ManualEntryNomorKkSource;
import id.dukcapilceria.kk.workflow.sop.PermohonanSteps.SignedPdf;
import id.dukcapilceria.kk.workflow.testing.MutableClock;
import id.dukcapilceria.kk.workflow.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.junit.jupiter.api.Test;

/** The whole workflow through its one API on a real database, with its audit trail. */
class WorkflowOnDatabaseTest {

  private static final Actor NAGARI = new Actor("op.lubukalung", Role.OPERATOR_NAGARI, KodeWilayah.of("13.05.01.2001"));
  private static final Actor OPERATOR = Actor.of("operator", Role.OPERATOR_LAYANAN);
  private static final Actor KASI = Actor.of("kasi", Role.KASI_KABID);
  private static final Actor KADIS = Actor.of("kadis", Role.KADIS);
  private static final NomorKk NOMOR = NomorKk.of("1305012411260001");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));
  private final PermohonanSteps steps = new PermohonanSteps(clock, KartuKeluargaValidator.standard());
  private final PermohonanReads reads = new PermohonanReads(clock, new ManualEntryNomorKkSource());
  private final DinasReads dinas = new DinasReads(clock);

  private long issue(TestDatabase db, KartuKeluarga kk) {
    long id = db.inTransaction(em -> steps.submit(em, NAGARI, JenisLayanan.PERUBAHAN_DATA, kk,
        documentsFor(JenisLayanan.PERUBAHAN_DATA, kk), null, false).id());
    db.inTransaction(em -> { steps.verify(em, OPERATOR, id, NOMOR); return null; });
    db.inTransaction(em -> { steps.confirm(em, KASI, id); return null; });
    byte[] pdf = ("pdf of " + id).getBytes();
    db.inTransaction(em -> steps.recordSignature(em, KADIS, id,
        reads.find(em, KADIS, id).kartuKeluarga().fingerprint(), new SignedPdf(pdf, Sha256.hex(pdf), "DEMO KADIS", "t" + id)));
    db.inTransaction(em -> steps.registerAndSend(em, OPERATOR, id));
    db.inTransaction(em -> { steps.handOverAndArchive(em, NAGARI, id, "Siti Rahmah"); return null; });
    return id;
  }

  @Test
  void everyStepIsStoredAndWrittenInTheAuditTrail() {
    try (TestDatabase db = TestDatabase.create()) {
      long id = issue(db, family());

      Permohonan done = db.inTransaction(em -> reads.find(em, OPERATOR, id));
      assertEquals(Status.SELESAI, done.status());
      assertEquals(3, done.documents().size());
      List<BukuRegisterEntry> register = db.inTransaction(em -> dinas.bukuRegister(em, OPERATOR, 2026));
      assertEquals(1, register.get(0).number());

      List<AuditEntry> audit = db.inTransaction(em -> new AuditTrail().entriesAbout(em, done.nomor()));
      assertEquals(List.of("SUBMIT", "VERIFY", "CONFIRM", "SIGN", "REGISTER_AND_SEND", "HAND_OVER_AND_ARCHIVE"),
          audit.stream().map(AuditEntry::action).toList());
      assertTrue(db.inTransaction(em -> new AuditTrail().verify(em)).valid());
    }
  }

  /**
   * Every disclosure of a family's data is audited by the workflow, whoever calls it: the signed
   * card's download, a scan shown, the card previewed before signing; a scan that is not the
   * application's is neither shown nor audited, and only the Dinas officers preview a card.
   */
  @Test
  void downloadsScansAndPreviewsAreAudited() {
    try (TestDatabase db = TestDatabase.create()) {
      KartuKeluarga kk = family();
      long waiting = db.inTransaction(em -> steps.submit(em, NAGARI, JenisLayanan.PERUBAHAN_DATA, kk,
          documentsFor(JenisLayanan.PERUBAHAN_DATA, kk), null, false).id());
      long issued = issue(db, family());
      String nomor = db.inTransaction(em -> reads.find(em, OPERATOR, waiting).nomor());
      RequirementDocument scan = db.inTransaction(em -> reads.find(em, OPERATOR, waiting).documents().get(0));
      DocumentStore store = new DocumentStore() {
        @Override
        public String put(byte[] content) {
          return Sha256.hex(content);
        }

        @Override
        public java.util.Optional<byte[]> get(String sha256) {
          return java.util.Optional.of(("scan " + sha256).getBytes(StandardCharsets.UTF_8));
        }
      };

      PermohonanReads.SignedCardFile card = db.inTransaction(em -> reads.downloadSignedCard(em, NAGARI, issued));
      assertEquals("KK-" + NOMOR.value() + ".pdf", card.fileName());
      assertEquals("pdf of " + issued, new String(card.pdf(), StandardCharsets.UTF_8));
      assertTrue(db.inTransaction(em -> reads.viewScan(em, OPERATOR, waiting, scan.sha256(), store)).isPresent());
      assertTrue(db.inTransaction(em -> reads.viewScan(em, OPERATOR, waiting, "0".repeat(64), store)).isEmpty());
      PermohonanReads.Preview preview = db.inTransaction(em -> reads.preview(em, KASI, waiting));
      assertEquals(kk.fingerprint(), preview.kartuKeluarga().fingerprint());
      assertThrows(WorkflowException.class, () -> db.inTransaction(em -> reads.preview(em, NAGARI, waiting)));

      String issuedNomor = db.inTransaction(em -> reads.find(em, OPERATOR, issued).nomor());
      assertTrue(db.inTransaction(em -> new AuditTrail().entriesAbout(em, issuedNomor)).stream()
          .anyMatch(e -> e.action().equals(AuditEvent.DOCUMENT_DOWNLOADED) && e.username().equals(NAGARI.username())));
      assertEquals(List.of("SUBMIT", AuditEvent.DOCUMENT_DOWNLOADED, AuditEvent.CARD_PREVIEWED),
          db.inTransaction(em -> new AuditTrail().entriesAbout(em, nomor)).stream().map(AuditEntry::action).toList(),
          "one scan shown, the other refused unaudited, one preview, the nagari's refused");
    }
  }

  /**
   * After a restart nothing is in EclipseLink's shared cache and every member is read from the
   * database: a member without immigration documents or known parents comes back with null
   * embeddables. Steps on such an application used to fail (the card's fingerprint).
   */
  @Test
  void aStepAfterARestartReadsTheMembersFromTheDatabase() {
    try (TestDatabase db = TestDatabase.create()) {
      KartuKeluarga kk = family();
      long id = db.inTransaction(em -> steps.submit(em, NAGARI, JenisLayanan.PERUBAHAN_DATA, kk,
          documentsFor(JenisLayanan.PERUBAHAN_DATA, kk), null, false).id());
      db.factory().getCache().evictAll();
      db.inTransaction(em -> {
        steps.verify(em, OPERATOR, id, NOMOR);
        return null;
      });
      String inMemory = db.inTransaction(em -> reads.find(em, OPERATOR, id).kartuKeluarga().fingerprint());
      db.factory().getCache().evictAll();
      assertEquals(inMemory, db.inTransaction(em -> reads.find(em, OPERATOR, id).kartuKeluarga().fingerprint()),
          "the card read from the database is the card kept in memory");
      assertEquals(Status.DIVERIFIKASI, db.inTransaction(em -> reads.find(em, OPERATOR, id)).status());
    }
  }

  @Test
  void aRefusedStepLeavesNeitherStateNorAuditBehind() {
    try (TestDatabase db = TestDatabase.create()) {
      KartuKeluarga kk = family();
      long id = db.inTransaction(em -> steps.submit(em, NAGARI, JenisLayanan.PERUBAHAN_DATA, kk,
          documentsFor(JenisLayanan.PERUBAHAN_DATA, kk), null, false).id());

      assertThrows(WorkflowException.class, () -> db.inTransaction(em -> { steps.confirm(em, KASI, id); return null; }));

      String nomor = db.inTransaction(em -> reads.find(em, OPERATOR, id).nomor());
      assertEquals(1, db.inTransaction(em -> new AuditTrail().entriesAbout(em, nomor)).size());
      assertEquals(Status.DIAJUKAN, db.inTransaction(em -> reads.find(em, OPERATOR, id)).status());
    }
  }

  @Test
  void reIssuingAFamilysCardSupersedesTheOldOneAndKeepsOnePersonOnOneCard() {
    try (TestDatabase db = TestDatabase.create()) {
      long first = issue(db, family());
      long second = issue(db, family());

      KartuKeluarga old = db.inTransaction(em -> reads.find(em, OPERATOR, first).kartuKeluarga());
      KartuKeluarga current = db.inTransaction(em -> reads.find(em, OPERATOR, second).kartuKeluarga());
      assertEquals(StatusKartuKeluarga.DIGANTIKAN, old.status());
      assertEquals(StatusKartuKeluarga.AKTIF, current.status());

      // the same people under another KK number would be on two active cards: refused
      KartuKeluarga third = family();
      long id = db.inTransaction(em -> steps.submit(em, NAGARI, JenisLayanan.PERUBAHAN_DATA, third,
          documentsFor(JenisLayanan.PERUBAHAN_DATA, third), null, false).id());
      WorkflowException e = assertThrows(WorkflowException.class, () -> db.inTransaction(em -> {
        steps.verify(em, OPERATOR, id, NomorKk.of("1305012411260099"));
        return null;
      }));
      assertEquals("verify.nikOnOtherCard", e.code());
    }
  }

  @Test
  void theOperatorSeesWhoIsAlreadyOnAnActiveCardAndTheReIssueKeepsItsNumber() {
    try (TestDatabase db = TestDatabase.create()) {
      KartuKeluarga fresh = family();
      long before = db.inTransaction(em -> steps.submit(em, NAGARI, JenisLayanan.PERUBAHAN_DATA, fresh,
          documentsFor(JenisLayanan.PERUBAHAN_DATA, fresh), null, false).id());
      assertTrue(db.inTransaction(em -> reads.membersOnActiveCards(em, OPERATOR, before)).isEmpty(),
          "nobody is on an active card yet");
      assertTrue(db.inTransaction(em -> reads.proposedNomorKk(em, OPERATOR, before)).isEmpty(),
          "in production (manual entry) nothing is proposed for a new family");

      issue(db, family());
      KartuKeluarga again = family();
      long reissue = db.inTransaction(em -> steps.submit(em, NAGARI, JenisLayanan.PERUBAHAN_DATA, again,
          documentsFor(JenisLayanan.PERUBAHAN_DATA, again), null, false).id());

      var onCards = db.inTransaction(em -> reads.membersOnActiveCards(em, OPERATOR, reissue));
      assertEquals(again.anggota().stream().map(a -> a.nik()).toList(), List.copyOf(onCards.keySet()),
          "every member, in the card's order");
      assertTrue(onCards.values().stream().allMatch(NOMOR::equals));
      assertEquals(NOMOR, db.inTransaction(em -> reads.proposedNomorKk(em, OPERATOR, reissue)).orElseThrow(),
          "the family's card is re-issued under its own number");
      Actor otherNagari = new Actor("op.katapiang", Role.OPERATOR_NAGARI, KodeWilayah.of("13.05.01.2002"));
      assertThrows(WorkflowException.class, () -> db.inTransaction(em -> reads.membersOnActiveCards(em, otherNagari, reissue)),
          "another nagari learns nothing about this family");
      // the submitting nagari, the Kasi and the Kadis see the application, but not whose card its NIKs are on
      for (Actor notVerifying : List.of(NAGARI, KASI, KADIS)) {
        assertEquals(java.util.Optional.empty(), db.inTransaction(em -> reads.proposedNomorKk(em, notVerifying, reissue)),
            notVerifying.role() + " is proposed no number");
        WorkflowException refused = assertThrows(WorkflowException.class,
            () -> db.inTransaction(em -> reads.membersOnActiveCards(em, notVerifying, reissue)));
        assertEquals("verify.checksForVerifierOnly", refused.code());
      }
      db.inTransaction(em -> { steps.verify(em, OPERATOR, reissue, NOMOR); return null; });
      assertEquals(java.util.Optional.empty(), db.inTransaction(em -> reads.proposedNomorKk(em, OPERATOR, reissue)),
          "once verified, nothing is proposed any more");
    }
  }

  @Test
  void theAdministratorReadsNoApplicationNorAnyList() {
    try (TestDatabase db = TestDatabase.create()) {
      long id = issue(db, family());
      Actor admin = Actor.of("admin", Role.ADMIN);
      assertEquals("permohonan.notFound",
          assertThrows(WorkflowException.class, () -> db.inTransaction(em -> reads.find(em, admin, id))).code());
      assertEquals("permohonan.notFound",
          assertThrows(WorkflowException.class, () -> db.inTransaction(em -> reads.signedDocument(em, admin, id))).code());
      for (var list : List.<java.util.function.Function<jakarta.persistence.EntityManager, Object>>of(
          em -> reads.worklistRows(em, admin, WorklistFilter.NONE, 0, 10),
          em -> reads.allRows(em, admin, WorklistFilter.NONE, 0, 10),
          em -> reads.all(em, admin, 0, 10))) {
        assertEquals("permohonan.noFamilyData",
            assertThrows(WorkflowException.class, () -> db.inTransaction(list::apply)).code());
      }
      assertEquals(1, db.inTransaction(em -> reads.allRows(em, OPERATOR, WorklistFilter.NONE, 0, 10)).total(),
          "the same application is there for the Dinas");
    }
  }

  @Test
  void theSlaReportReadsWhatMovedInThePeriodAndWhatWaitsAndOnlyForTheDinas() {
    try (TestDatabase db = TestDatabase.create()) {
      Instant start = clock.instant();
      issue(db, family());
      KartuKeluarga waiting = family();
      db.inTransaction(em -> steps.submit(em, NAGARI, JenisLayanan.PERUBAHAN_DATA, waiting,
          documentsFor(JenisLayanan.PERUBAHAN_DATA, waiting), null, false).id());
      clock.advance(java.time.Duration.ofMinutes(3));
      java.time.ZoneId wib = java.time.ZoneId.of("Asia/Jakarta");

      var report = db.inTransaction(em -> dinas.slaReport(em, KASI, start, clock.instant(),
          id.dukcapilceria.kk.workflow.sla.MutuBaku.sop(), wib));
      assertEquals(1, report.finished());
      assertEquals(1, report.completed().get(SopStep.VERIFIKASI).count());
      assertEquals(1, report.waitingNow().get(SopStep.VERIFIKASI));
      assertEquals(1, report.overdueNow().get(SopStep.VERIFIKASI), "3 minutes > the 2-minute standard");

      var waitingNow = db.inTransaction(em -> dinas.waitingPerStep(em));
      assertEquals(1L, waitingNow.get(SopStep.VERIFIKASI), "the submitted one");
      assertEquals(0L, waitingNow.get(SopStep.CETAK_SERAH_ARSIP), "the issued one is finished");
      assertEquals(SopStep.values().length, waitingNow.size());

      var later = db.inTransaction(em -> dinas.slaReport(em, KADIS, clock.instant(), clock.instant().plusSeconds(60),
          id.dukcapilceria.kk.workflow.sla.MutuBaku.sop(), wib));
      assertEquals(0, later.finished(), "nothing finished in a later period");
      assertEquals(1, later.waitingNow().get(SopStep.VERIFIKASI), "what waits, waits whatever the period");

      WorkflowException refused = assertThrows(WorkflowException.class, () -> db.inTransaction(em ->
          dinas.slaReport(em, NAGARI, start, clock.instant(), id.dukcapilceria.kk.workflow.sla.MutuBaku.sop(), wib)));
      assertEquals("sla.notAllowed", refused.code());
    }
  }

  @Test
  void listsNarrowToANagariAServiceTypeAndANikKkNumberOrApplicationNumber() {
    try (TestDatabase db = TestDatabase.create()) {
      KartuKeluarga first = family();
      long one = db.inTransaction(em -> steps.submit(em, NAGARI, JenisLayanan.PERUBAHAN_DATA, first,
          documentsFor(JenisLayanan.PERUBAHAN_DATA, first), null, false).id());
      long issued = issue(db, family());
      String nik = first.anggota().get(1).nik().value();
      String nomor = db.inTransaction(em -> reads.find(em, OPERATOR, one).nomor());

      java.util.function.Function<WorklistFilter, List<Long>> all = filter -> db.inTransaction(em ->
          reads.all(em, OPERATOR, filter, 0, 50).items().stream().map(Permohonan::id).toList());
      assertEquals(2, all.apply(WorklistFilter.NONE).size());
      assertEquals(List.of(one, issued).stream().sorted().toList(),
          all.apply(new WorklistFilter(null, null, nik)).stream().sorted().toList(),
          "the same family is in both applications");
      assertEquals(List.of(one), all.apply(new WorklistFilter(null, null, nomor.substring(nomor.length() - 5))),
          "part of the application number");
      assertEquals(List.of(issued), all.apply(new WorklistFilter(null, null, NOMOR.value())), "the No. KK");
      assertEquals(List.of(), all.apply(new WorklistFilter(KodeWilayah.of("13.05.02.2001"), null, null)), "another nagari");
      assertEquals(2, all.apply(new WorklistFilter(KodeWilayah.of("13.05.01.2001"), JenisLayanan.PERUBAHAN_DATA, null)).size());
      assertEquals(List.of(), all.apply(new WorklistFilter(null, JenisLayanan.PISAH_KK, null)));
      assertEquals(List.of(one), db.inTransaction(em ->
          reads.worklist(em, OPERATOR, new WorklistFilter(null, null, nik), 0, 50).items().stream().map(Permohonan::id).toList()),
          "the worklist holds only what waits for the operator");

      WorkflowException odd = assertThrows(WorkflowException.class, () -> new WorklistFilter(null, null, "x' or 1=1 --"));
      assertEquals("filter.search", odd.code());
    }
  }

  /**
   * A page of applications is read with a handful of statements, not several per row: each
   * eager relation (the card, its members, documents, history, problems) is read for the whole
   * page at once. The rows read so equal the applications read one by one.
   */
  @Test
  void aPageOfApplicationsIsReadWithAFewStatementsNotSeveralPerRow() {
    try (TestDatabase db = TestDatabase.create()) {
      var families = new SyntheticFamilies(7,
          LocalDate.of(2026, 11, 24), WilayahDirectory.shared(), KodeWilayah.of("13.05"));
      for (int i = 0; i < 15; i++) {
        KartuKeluarga kk = families.next(KodeWilayah.of("13.05.01.2001"));
        long id = db.inTransaction(em -> steps.submit(em, NAGARI, JenisLayanan.PERUBAHAN_DATA, kk,
            documentsFor(JenisLayanan.PERUBAHAN_DATA, kk), null, true).id());
        if (i % 3 == 0) {
          db.inTransaction(em -> { steps.sendBackToNagari(em, OPERATOR, id, ProblemCategory.DATA_TIDAK_SESUAI, "Cek alamat"); return null; });
        }
        clock.advance(Duration.ofMinutes(1));
      }
      AtomicInteger statements = countStatements(db);
      db.factory().getCache().evictAll();

      List<String> page = db.inTransaction(em -> reads.all(em, NAGARI, 0, 12).items().stream()
          .map(WorkflowOnDatabaseTest::everythingShown).toList());
      int forThePage = statements.get();

      assertEquals(12, page.size());
      assertTrue(forThePage <= 8, "the rows, one statement per relation and the kept count: " + forThePage);
      db.factory().getCache().evictAll();
      List<String> oneByOne = db.inTransaction(em -> reads.all(em, NAGARI, 0, 12).items().stream()
          .map(p -> everythingShown(reads.find(em, NAGARI, p.id()))).toList());
      assertEquals(oneByOne, page);
      assertTrue(page.stream().anyMatch(row -> row.contains("Cek alamat")), "the problems were read too: " + page);
    }
  }

  /**
   * A list reads its rows without the whole applications: one statement and the kept count for a
   * page, and each row says what the application read in full says (the head of family, also after
   * a correction, the latest reason of several, the No. KK and register number once given, every
   * status); migration V10 gives older applications the same rows.
   */
  @Test
  void listRowsShowWhatTheApplicationsSayWithAFewStatements() {
    try (TestDatabase db = TestDatabase.create()) {
      var families = new SyntheticFamilies(11,
          LocalDate.of(2026, 11, 24), WilayahDirectory.shared(), KodeWilayah.of("13.05"));
      Map<Long, String> correctedHead = new HashMap<>();
      for (int i = 0; i < 14; i++) {
        KartuKeluarga kk = families.next(KodeWilayah.of("13.05.01.2001"));
        long id = db.inTransaction(em -> steps.submit(em, NAGARI, JenisLayanan.PERUBAHAN_DATA, kk,
            documentsFor(JenisLayanan.PERUBAHAN_DATA, kk), null, true).id());
        NomorKk nomor = NomorKk.of(String.format("13050124112600%02d", i + 10));
        int n = i;
        switch (i % 4) {
          case 0 -> {
            db.inTransaction(em -> { steps.sendBackToNagari(em, OPERATOR, id, ProblemCategory.DATA_TIDAK_SESUAI, "Cek alamat " + n); return null; });
            if (n == 4) { // corrected with another head of family
              KartuKeluarga corrected = families.next(KodeWilayah.of("13.05.01.2001"));
              db.inTransaction(em -> { steps.resubmit(em, NAGARI, id, corrected.alamat(), corrected.anggota(),
                  documentsFor(JenisLayanan.PERUBAHAN_DATA, corrected), true); return null; });
              correctedHead.put(id, corrected.namaKepalaKeluarga());
            }
          }
          case 1 -> db.inTransaction(em -> { steps.refuse(em, OPERATOR, id, "Bukan warga " + n); return null; });
          case 2 -> {
            db.inTransaction(em -> { steps.verify(em, OPERATOR, id, nomor); return null; });
            db.inTransaction(em -> { steps.returnToOperator(em, KASI, id, ProblemCategory.DATA_TIDAK_SESUAI, "Ejaan pertama " + n); return null; });
            db.inTransaction(em -> { steps.verify(em, OPERATOR, id, nomor); return null; });
            db.inTransaction(em -> { steps.returnToOperator(em, KASI, id, ProblemCategory.DATA_TIDAK_SESUAI, "Ejaan kedua " + n); return null; });
            db.inTransaction(em -> { steps.verify(em, OPERATOR, id, nomor); return null; });
          }
          default -> {
            db.inTransaction(em -> { steps.verify(em, OPERATOR, id, nomor); return null; });
            db.inTransaction(em -> { steps.confirm(em, KASI, id); return null; });
            byte[] pdf = ("pdf of " + id).getBytes();
            db.inTransaction(em -> steps.recordSignature(em, KADIS, id, reads.find(em, KADIS, id).kartuKeluarga()
                .fingerprint(), new SignedPdf(pdf, Sha256.hex(pdf), "DEMO KADIS", "t" + id)));
            db.inTransaction(em -> steps.registerAndSend(em, OPERATOR, id));
          }
        }
        clock.advance(Duration.ofMinutes(1));
      }
      AtomicInteger statements = countStatements(db);
      db.factory().getCache().evictAll();

      Page<WorklistRow> rows = db.inTransaction(em -> reads.allRows(em, NAGARI, WorklistFilter.NONE, 0, 10));
      assertTrue(statements.get() <= 2, "the rows from the application table and the kept count: " + statements.get());
      assertEquals(14, rows.total());
      assertEquals(db.inTransaction(em -> reads.all(em, NAGARI, 0, 10).items().stream().map(WorklistRow::of).toList()),
          rows.items());
      assertEquals(db.inTransaction(em -> reads.all(em, NAGARI, 10, 10).items().stream().map(WorklistRow::of).toList()),
          db.inTransaction(em -> reads.allRows(em, NAGARI, WorklistFilter.NONE, 10, 10)).items());
      assertEquals(db.inTransaction(em -> reads.worklist(em, OPERATOR, 0, 20).items().stream().map(WorklistRow::of).toList()),
          db.inTransaction(em -> reads.worklistRows(em, OPERATOR, WorklistFilter.NONE, 0, 20)).items());
      WorklistFilter narrowed = new WorklistFilter(null, JenisLayanan.PERUBAHAN_DATA, "1305012411260020");
      assertEquals(db.inTransaction(em -> reads.all(em, OPERATOR, narrowed, 0, 20).items().stream().map(WorklistRow::of).toList()),
          db.inTransaction(em -> reads.allRows(em, OPERATOR, narrowed, 0, 20)).items());

      List<WorklistRow> every = db.inTransaction(em -> reads.allRows(em, OPERATOR, WorklistFilter.NONE, 0, 20)).items();
      WorklistRow returnedTwice = every.stream().filter(r -> r.lastReason().orElse("").contains("Ejaan")).findFirst().orElseThrow();
      assertTrue(returnedTwice.lastReason().orElseThrow().startsWith("Ejaan kedua"), "the latest reason: " + returnedTwice);
      assertTrue(every.stream().allMatch(r -> !r.kepalaKeluarga().isEmpty()), "every row names its head of family");
      assertEquals(3, every.stream().filter(r -> r.registerNumber().isPresent()).count(), "sent: registered");
      assertEquals(List.of(Status.DITOLAK, Status.PERLU_DILENGKAPI, Status.TERKIRIM, Status.DIVERIFIKASI),
          every.stream().limit(4).map(WorklistRow::status).toList(), "newest first");
      assertEquals(1, correctedHead.size());
      correctedHead.forEach((id, head) -> assertEquals(head,
          every.stream().filter(r -> r.id() == id).findFirst().orElseThrow().kepalaKeluarga(), "the corrected card's head"));

      // migration V10 gives applications stored before it the same row columns
      db.inTransaction(em -> em.createNativeQuery(
          "UPDATE permohonan SET listed_kepala_keluarga = NULL, listed_nomor_kk = NULL, listed_reason = NULL").executeUpdate());
      assertNotEquals(every, db.inTransaction(em -> reads.allRows(em, OPERATOR, WorklistFilter.NONE, 0, 20)).items());
      String v10 = resource("/db/migration/kk-workflow/V10__listed_row_columns.sql");
      String update = v10.substring(v10.indexOf("UPDATE permohonan SET"), v10.lastIndexOf(';'));
      db.inTransaction(em -> em.createNativeQuery(update).executeUpdate());
      assertEquals(every, db.inTransaction(em -> reads.allRows(em, OPERATOR, WorklistFilter.NONE, 0, 20)).items());
    }
  }

  private static String resource(String name) {
    try (InputStream in = WorkflowOnDatabaseTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Counts every SQL statement the database's persistence unit sends from now on. */
  private static AtomicInteger countStatements(TestDatabase db) {
    AtomicInteger statements = new AtomicInteger();
    JpaHelper.getServerSession(db.factory()).getEventManager().addListener(new SessionEventAdapter() {
      @Override
      public void preExecuteCall(SessionEvent event) {
        statements.incrementAndGet();
      }
    });
    return statements;
  }

  private static String everythingShown(Permohonan p) {
    return p.nomor() + " " + p.kartuKeluarga().fingerprint() + " " + p.kartuKeluarga().anggota().size()
        + " " + p.documents().stream().map(d -> d.sha256()).toList()
        + " " + p.history().stream().map(h -> h.transition() + "@" + h.at()).toList()
        + " " + p.problems().stream().map(e -> e.description()).toList() + " " + p.lastReason().orElse("");
  }

  @Test
  void worklistsAreReadOnePageAtATimeOldestWaitingFirst() {
    try (TestDatabase db = TestDatabase.create()) {
      List<Long> submitted = new java.util.ArrayList<>();
      for (int i = 0; i < 7; i++) {
        KartuKeluarga kk = new SyntheticFamilies(100 + i,
            LocalDate.of(2026, 11, 24), WilayahDirectory.shared(), KodeWilayah.of("13.05"))
            .next(KodeWilayah.of("13.05.01.2001"));
        submitted.add(db.inTransaction(em -> steps.submit(em, NAGARI, JenisLayanan.PERUBAHAN_DATA, kk,
            documentsFor(JenisLayanan.PERUBAHAN_DATA, kk), null, true).id()));
        clock.advance(Duration.ofMinutes(1));
      }
      Actor otherNagari = new Actor("op.katapiang", Role.OPERATOR_NAGARI, KodeWilayah.of("13.05.02.2001"));

      Page<Permohonan> first = db.inTransaction(em -> reads.worklist(em, OPERATOR, 0, 3));
      Page<Permohonan> last = db.inTransaction(em -> reads.worklist(em, OPERATOR, 6, 3));
      assertEquals(7, first.total());
      assertEquals(submitted.subList(0, 3), first.items().stream().map(Permohonan::id).toList(), "oldest first");
      assertEquals(List.of(submitted.get(6)), last.items().stream().map(Permohonan::id).toList());
      assertEquals(0, db.inTransaction(em -> reads.worklist(em, KASI, 0, 3)).total(), "nothing verified yet");

      Page<Permohonan> newest = db.inTransaction(em -> reads.all(em, NAGARI, 0, 2));
      assertEquals(7, newest.total());
      assertEquals(List.of(submitted.get(6), submitted.get(5)), newest.items().stream().map(Permohonan::id).toList());
      assertEquals(0, db.inTransaction(em -> reads.all(em, otherNagari, 0, 10)).total(), "another nagari sees none");
      assertThrows(IllegalArgumentException.class, () -> db.inTransaction(em -> reads.worklist(em, OPERATOR, -1, 3)));

      // the buku permasalahan, newest first, a page at a time
      for (int i = 0; i < 3; i++) {
        long id = submitted.get(i);
        String reason = "Berkas kurang " + i;
        db.inTransaction(em -> { steps.sendBackToNagari(em, OPERATOR, id, ProblemCategory.BERKAS_TIDAK_LENGKAP, reason); return null; });
        clock.advance(Duration.ofMinutes(1));
      }
      Page<DinasReads.BukuPermasalahanRow> problems = db.inTransaction(em -> dinas.bukuPermasalahan(em, KASI, null, 0, 2));
      assertEquals(3, problems.total());
      assertEquals(List.of("Berkas kurang 2", "Berkas kurang 1"),
          problems.items().stream().map(row -> row.entry().description()).toList());
      String nomorOfFirst = db.inTransaction(em -> reads.find(em, OPERATOR, submitted.get(0)).nomor());
      assertEquals(nomorOfFirst, db.inTransaction(em -> dinas.bukuPermasalahan(em, KASI, null, 2, 2)).items().get(0).permohonanNomor());
      assertEquals(0, db.inTransaction(em -> dinas.bukuRegister(em, KADIS, 2026, 0, 20)).total());
      // each page of a book shown is in the audit trail, with who read which rows
      assertEquals(List.of(AuditEvent.BUKU_PERMASALAHAN_READ),
          db.inTransaction(em -> new AuditTrail().entriesAbout(em, "semua, baris 3-4")).stream()
              .map(AuditEntry::action).toList());
      assertEquals(List.of(KADIS.username()),
          db.inTransaction(em -> new AuditTrail().entriesAbout(em, "tahun 2026, baris 1-20")).stream()
              .filter(e -> e.action().equals(AuditEvent.BUKU_REGISTER_READ)).map(AuditEntry::username).toList());
      assertThrows(WorkflowException.class, () -> db.inTransaction(em -> dinas.bukuRegister(em, NAGARI, 2026, 0, 20)));
      assertTrue(db.inTransaction(em -> new AuditTrail().verify(em)).valid(), "the chain holds the reads");

      // the nagari resubmits the first: its entry is resolved; the others stay open
      long corrected = submitted.get(0);
      db.inTransaction(em -> {
        Permohonan p = reads.find(em, NAGARI, corrected);
        steps.resubmit(em, NAGARI, corrected, p.kartuKeluarga().alamat(), p.kartuKeluarga().anggota(), List.of(), true);
        return null;
      });
      assertEquals(2, db.inTransaction(em -> dinas.bukuPermasalahan(em, OPERATOR, true, 0, 10)).total(), "open entries only");
      assertEquals(List.of("Berkas kurang 0"), db.inTransaction(em -> dinas.bukuPermasalahan(em, OPERATOR, false, 0, 10)).items()
          .stream().map(row -> row.entry().description()).toList(), "resolved entries only");
      assertEquals(3, db.inTransaction(em -> dinas.bukuPermasalahan(em, OPERATOR, null, 0, 10)).total());
      // the books are the Dinas's: a nagari operator reads neither
      WorkflowException notTheirs = assertThrows(WorkflowException.class,
          () -> db.inTransaction(em -> dinas.bukuPermasalahan(em, NAGARI, null, 0, 10)));
      assertEquals("register.notAllowed", notTheirs.code());
      assertThrows(WorkflowException.class, () -> db.inTransaction(em -> dinas.bukuRegister(em, NAGARI, 2026, 0, 20)));
    }
  }
}
