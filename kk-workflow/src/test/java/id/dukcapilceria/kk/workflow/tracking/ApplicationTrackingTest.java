package id.dukcapilceria.kk.workflow.tracking;

import static id.dukcapilceria.kk.workflow.permohonan.PermohonanTest.documentsFor;
import static id.dukcapilceria.kk.workflow.permohonan.PermohonanTest.family;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.domain.kontak.CitizenContact;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.shared.Sha256;
import id.dukcapilceria.kk.domain.validasi.KartuKeluargaValidator;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import id.dukcapilceria.kk.workflow.permohonan.ProblemCategory;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import id.dukcapilceria.kk.workflow.permohonan.TrackingCode;
import id.dukcapilceria.kk.workflow.permohonan.WorkflowException;
import id.dukcapilceria.kk.workflow.siak.ManualEntryNomorKkSource;
import id.dukcapilceria.kk.workflow.sop.PermohonanReads;
import id.dukcapilceria.kk.workflow.sop.PermohonanSteps;
import id.dukcapilceria.kk.workflow.sop.PermohonanSteps.Receipt;
import id.dukcapilceria.kk.workflow.sop.PermohonanSteps.SignedPdf;
import id.dukcapilceria.kk.workflow.testing.MutableClock;
import id.dukcapilceria.kk.workflow.testing.TestDatabase;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The public status on a real database, as the application moves through the SOP. */
class ApplicationTrackingTest {

  private static final Actor NAGARI = new Actor("op.lubukalung", Role.OPERATOR_NAGARI, KodeWilayah.of("13.05.01.2001"));
  private static final Actor OPERATOR = Actor.of("operator", Role.OPERATOR_LAYANAN);
  private static final Actor KASI = Actor.of("kasi", Role.KASI_KABID);
  private static final Actor KADIS = Actor.of("kadis", Role.KADIS);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));
  private final PermohonanSteps steps = new PermohonanSteps(clock, KartuKeluargaValidator.standard());
  private final PermohonanReads reads = new PermohonanReads(clock, new ManualEntryNomorKkSource());
  private final ApplicationTracking tracking = new ApplicationTracking();

  private Receipt receive(TestDatabase db, KartuKeluarga kk) {
    return db.inTransaction(em -> steps.receive(em, NAGARI, JenisLayanan.PERUBAHAN_DATA, kk,
        documentsFor(JenisLayanan.PERUBAHAN_DATA, kk), null, false, CitizenContact.NONE));
  }

  private PublicStatus statusOf(TestDatabase db, Receipt receipt) {
    return db.inTransaction(em -> tracking.find(em, receipt.permohonan().nomor(), receipt.trackingCode().toString()))
        .orElseThrow();
  }

  private void step(TestDatabase db, java.util.function.Consumer<jakarta.persistence.EntityManager> step) {
    clock.advance(Duration.ofHours(1));
    db.inTransaction(em -> { step.accept(em); return null; });
  }

  @Test
  void theStatusFollowsTheApplicationAndShowsOnlyWhatTheCitizenNeeds() {
    try (TestDatabase db = TestDatabase.create()) {
      KartuKeluarga kk = family();
      Receipt receipt = receive(db, kk);
      long id = receipt.permohonan().id();
      PublicStatus received = statusOf(db, receipt);
      assertEquals(PublicStage.DITERIMA, received.stage());
      assertEquals(receipt.permohonan().nomor(), received.nomor());
      assertEquals(JenisLayanan.PERUBAHAN_DATA, received.jenisLayanan());
      assertEquals(KodeWilayah.of("13.05.01.2001"), received.kodeNagari());
      assertEquals(clock.instant(), received.receivedAt());

      step(db, em -> steps.sendBackToNagari(em, OPERATOR, id, ProblemCategory.BERKAS_TIDAK_LENGKAP,
          "Bawa buku nikah asli"));
      PublicStatus returned = statusOf(db, receipt);
      assertEquals(PublicStage.PERLU_DILENGKAPI, returned.stage());
      assertEquals(Optional.of("Bawa buku nikah asli"), returned.returnReason());
      assertEquals(Optional.of(ProblemCategory.BERKAS_TIDAK_LENGKAP), returned.returnCategory());

      KartuKeluarga corrected = family();
      step(db, em -> steps.resubmit(em, NAGARI, id, corrected.alamat(), corrected.anggota(), List.of(), false));
      assertEquals(Optional.empty(), statusOf(db, receipt).returnReason(), "resolved: nothing more to bring");
      step(db, em -> steps.verify(em, OPERATOR, id, NomorKk.of("1305012411260001")));
      step(db, em -> steps.confirm(em, KASI, id));
      assertEquals(PublicStage.DIPROSES, statusOf(db, receipt).stage());
      byte[] pdf = "pdf".getBytes();
      step(db, em -> steps.recordSignature(em, KADIS, id, reads.find(em, KADIS, id).kartuKeluarga().fingerprint(),
          new SignedPdf(pdf, Sha256.hex(pdf), "DEMO KADIS", "t1")));
      assertEquals(PublicStage.DITANDATANGANI, statusOf(db, receipt).stage());
      step(db, em -> steps.registerAndSend(em, OPERATOR, id));
      PublicStatus ready = statusOf(db, receipt);
      assertEquals(PublicStage.SIAP_DIAMBIL, ready.stage());
      assertEquals(clock.instant(), ready.since());
      step(db, em -> steps.handOverAndArchive(em, NAGARI, id, "Siti Rahmah"));

      PublicStatus done = statusOf(db, receipt);
      assertEquals(PublicStage.SELESAI, done.stage());
      assertEquals(Optional.empty(), done.returnReason(), "the hand-over's recipient is not shown");
      assertEquals(List.of(PublicStage.DITERIMA, PublicStage.PERLU_DILENGKAPI, PublicStage.DITERIMA,
              PublicStage.DIPROSES, PublicStage.DITANDATANGANI, PublicStage.SIAP_DIAMBIL, PublicStage.SELESAI),
          done.stages().stream().map(PublicStatus.StageReached::stage).toList(),
          "verified and confirmed are one stage for the citizen");
      assertFalse(done.toString().contains(kk.namaKepalaKeluarga()), "no name in the public status");
    }
  }

  @Test
  void aRefusalSaysWhy() {
    try (TestDatabase db = TestDatabase.create()) {
      Receipt receipt = receive(db, family());
      step(db, em -> steps.refuse(em, OPERATOR, receipt.permohonan().id(), "Bukan warga kabupaten ini"));
      PublicStatus refused = statusOf(db, receipt);
      assertEquals(PublicStage.DITOLAK, refused.stage());
      assertEquals(Optional.of("Bukan warga kabupaten ini"), refused.returnReason());
    }
  }

  @Test
  void aWrongCodeAnswersExactlyLikeAnUnknownNumber() {
    try (TestDatabase db = TestDatabase.create()) {
      Receipt receipt = receive(db, family());
      String nomor = receipt.permohonan().nomor();
      String other = TrackingCode.random(new SecureRandom()).toString();
      assertEquals(Optional.empty(), db.inTransaction(em -> tracking.find(em, nomor, other)));
      assertEquals(Optional.empty(), db.inTransaction(em -> tracking.find(em, "PMH-2026-99999",
          receipt.trackingCode().toString())), "the right code with a number that does not exist");
      assertTrue(db.inTransaction(em -> tracking.find(em, nomor.toLowerCase(),
          receipt.trackingCode().toString().toLowerCase().replace("-", " "))).isPresent(), "as typed, in lower case");
    }
  }

  @Test
  void aLostReceiptIsReplacedByANewCodeAndTheOldOneStopsWorking() {
    try (TestDatabase db = TestDatabase.create()) {
      Receipt first = receive(db, family());
      long id = first.permohonan().id();
      Receipt second = db.inTransaction(em -> steps.reissueReceipt(em, NAGARI, id));
      String nomor = first.permohonan().nomor();
      assertEquals(Optional.empty(), db.inTransaction(em -> tracking.find(em, nomor, first.trackingCode().toString())),
          "the lost code opens nothing");
      assertEquals(PublicStage.DITERIMA, db.inTransaction(em -> tracking.find(em, nomor, second.trackingCode().toString()))
          .orElseThrow().stage());
      assertEquals(1, db.inTransaction(em -> new id.dukcapilceria.kk.workflow.audit.AuditTrail().entriesAbout(em, nomor))
          .stream().filter(e -> e.action().equals("TRACKING_CODE_REISSUED")).count());
      Actor otherNagari = new Actor("op.katapiang", Role.OPERATOR_NAGARI, KodeWilayah.of("13.05.02.2002"));
      assertThrows(WorkflowException.class, () -> db.inTransaction(em -> steps.reissueReceipt(em, otherNagari, id)));
      assertThrows(WorkflowException.class, () -> db.inTransaction(em -> steps.reissueReceipt(em, OPERATOR, id)));
      step(db, em -> steps.refuse(em, OPERATOR, id, "Bukan warga kabupaten ini"));
      assertThrows(WorkflowException.class, () -> db.inTransaction(em -> steps.reissueReceipt(em, NAGARI, id)),
          "closed: no new code");
    }
  }

  @Test
  void anApplicationSubmittedWithoutATandaTerimaOpensToNoCode() {
    try (TestDatabase db = TestDatabase.create()) {
      KartuKeluarga kk = family();
      Permohonan submitted = db.inTransaction(em -> steps.submit(em, NAGARI, JenisLayanan.PERUBAHAN_DATA, kk,
          documentsFor(JenisLayanan.PERUBAHAN_DATA, kk), null, false));
      for (int i = 0; i < 50; i++) {
        String guess = TrackingCode.random(new SecureRandom()).toString();
        assertEquals(Optional.empty(), db.inTransaction(em -> tracking.find(em, submitted.nomor(), guess)));
      }
    }
  }

  @Test
  void whatCannotBeANumberOrACodeIsRefusedByField() {
    try (TestDatabase db = TestDatabase.create()) {
      for (String nomor : new String[] {null, "", "PMH-26-1", "1305012411260001", "PMH-2026-00001' or '1'='1",
          "PMH-2026-" + "1".repeat(200)}) {
        WorkflowException refused = assertThrows(WorkflowException.class,
            () -> db.inTransaction(em -> tracking.find(em, nomor, "K7QM-3XHP")));
        assertEquals("tracking.nomorInvalid", refused.code(), String.valueOf(nomor));
      }
      for (String code : new String[] {null, "", "K7QM", "K7QM-3XH0", "<script>"}) {
        WorkflowException refused = assertThrows(WorkflowException.class,
            () -> db.inTransaction(em -> tracking.find(em, "PMH-2026-00001", code)));
        assertEquals("tracking.codeInvalid", refused.code(), String.valueOf(code));
      }
    }
  }

  @Test
  void onlyTheNagariOperatorOfTheNagariGivesACode() {
    Permohonan permohonan = Permohonan.submit(new id.dukcapilceria.kk.workflow.permohonan.Submission("PMH-2026-00001",
        JenisLayanan.PERUBAHAN_DATA, family(), documentsFor(JenisLayanan.PERUBAHAN_DATA, family()), null, false),
        NAGARI, KartuKeluargaValidator.standard(), clock);
    assertEquals("tracking.wrongRole", assertThrows(WorkflowException.class,
        () -> permohonan.issueTrackingCode(OPERATOR, new SecureRandom())).code());
    Actor otherNagari = new Actor("op.lain", Role.OPERATOR_NAGARI, KodeWilayah.of("13.05.01.2002"));
    assertEquals("transition.otherNagari", assertThrows(WorkflowException.class,
        () -> permohonan.issueTrackingCode(otherNagari, new SecureRandom())).code());
  }
}
