package id.dukcapilceria.kk.workflow.notification;

import static id.dukcapilceria.kk.workflow.permohonan.PermohonanTest.documentsFor;
import static id.dukcapilceria.kk.workflow.permohonan.PermohonanTest.family;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.domain.kontak.AlamatSurel;
import id.dukcapilceria.kk.domain.kontak.CitizenContact;
import id.dukcapilceria.kk.domain.kontak.MessageLanguage;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.shared.Sha256;
import id.dukcapilceria.kk.domain.validasi.KartuKeluargaValidator;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.workflow.notification.Notifications.OfficerContact;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.ProblemCategory;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import id.dukcapilceria.kk.workflow.sla.MutuBaku;
import id.dukcapilceria.kk.workflow.sla.WorkingCalendar;
import id.dukcapilceria.kk.workflow.sop.PermohonanReads;
import id.dukcapilceria.kk.workflow.sop.PermohonanSteps;
import id.dukcapilceria.kk.workflow.sop.PermohonanSteps.SignedPdf;
import id.dukcapilceria.kk.workflow.sop.Reminders;
import id.dukcapilceria.kk.workflow.siak.ManualEntryNomorKkSource;
import id.dukcapilceria.kk.workflow.testing.MutableClock;
import id.dukcapilceria.kk.workflow.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Which notifications each step writes to the outbox, in the step's own transaction, on a real database. */
class NotificationsTest {

  private static final KodeWilayah LUBUK_ALUNG = KodeWilayah.of("13.05.01.2001");
  private static final Actor NAGARI = new Actor("op.lubukalung", Role.OPERATOR_NAGARI, LUBUK_ALUNG);
  private static final Actor OPERATOR = Actor.of("operator", Role.OPERATOR_LAYANAN);
  private static final Actor KASI = Actor.of("kasi", Role.KASI_KABID);
  private static final Actor KADIS = Actor.of("kadis", Role.KADIS);
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final WorkingCalendar OFFICE = new WorkingCalendar(WIB, LocalTime.of(8, 0), LocalTime.of(16, 0),
      EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of(LocalDate.of(2026, 8, 17)));

  /** The portal's users, as far as the outbox cares: one reachable officer per role, the Kadis in English. */
  private static final Notifications.Officers OFFICERS = (em, role, nagari) -> switch (role) {
    case OPERATOR_NAGARI -> nagari.equals(Optional.of(LUBUK_ALUNG))
        ? List.of(new OfficerContact("op.lubukalung", AlamatSurel.of("nagari@lubukalung.desa.id"),
            MessageLanguage.INDONESIAN))
        : List.of();
    case OPERATOR_LAYANAN -> List.of(new OfficerContact("operator", AlamatSurel.of("operator@disdukcapil.go.id"),
        MessageLanguage.INDONESIAN));
    case KASI_KABID -> List.of(new OfficerContact("kasi", AlamatSurel.of("kasi@disdukcapil.go.id"),
        MessageLanguage.INDONESIAN));
    case KADIS -> List.of(new OfficerContact("kadis", AlamatSurel.of("kadis@disdukcapil.go.id"),
        MessageLanguage.ENGLISH));
    case ADMIN -> List.of();
  };

  private final MutableClock clock =
      new MutableClock(ZonedDateTime.of(2026, 8, 14, 9, 0, 0, 0, WIB).toInstant());
  private final Notifications notifications =
      new Notifications(EnumSet.allOf(Channel.class), OFFICERS, () -> "https://kk.example.go.id/", clock);
  private final PermohonanSteps steps = new PermohonanSteps(clock, KartuKeluargaValidator.standard(), notifications);
  private final PermohonanReads reads = new PermohonanReads(clock, new ManualEntryNomorKkSource());

  private long received(TestDatabase db, CitizenContact contact) {
    KartuKeluarga kk = family();
    return db.inTransaction(em -> steps.receive(em, NAGARI, JenisLayanan.PERUBAHAN_DATA, kk,
        documentsFor(JenisLayanan.PERUBAHAN_DATA, kk), null, false, contact).permohonan().id());
  }

  private void step(TestDatabase db, Consumer<EntityManager> step) {
    clock.advance(Duration.ofMinutes(1));
    db.inTransaction(em -> { step.accept(em); return null; });
  }

  private static List<OutboxMessage> outbox(TestDatabase db) {
    return db.inTransaction(em -> em.createQuery("select m from OutboxMessage m order by m.id", OutboxMessage.class)
        .getResultList());
  }

  private static String who(OutboxMessage m) {
    return m.event() + " " + m.channel() + " " + m.recipient().orElse("-");
  }

  @Test
  void eachStepTellsTheNextRoleAndTheCitizenHearsOfTheReturnAndTheReadyCard() {
    try (TestDatabase db = TestDatabase.create()) {
      long id = received(db, CitizenContact.typed("siti@contoh.id", "0812 3456 7890", MessageLanguage.ENGLISH, true));
      assertEquals(List.of("NEW_IN_WORKLIST EMAIL operator@disdukcapil.go.id"), outbox(db).stream().map(
          NotificationsTest::who).toList());

      step(db, em -> steps.sendBackToNagari(em, OPERATOR, id, ProblemCategory.BERKAS_TIDAK_LENGKAP,
          "Bawa buku nikah asli"));
      List<OutboxMessage> afterReturn = outbox(db);
      assertEquals(List.of("NEW_IN_WORKLIST EMAIL operator@disdukcapil.go.id",
          "RETURNED_FOR_CORRECTION EMAIL siti@contoh.id",
          "RETURNED_FOR_CORRECTION GATEWAY +6281234567890",
          "NEW_IN_WORKLIST EMAIL nagari@lubukalung.desa.id"), afterReturn.stream().map(NotificationsTest::who).toList());
      OutboxMessage returned = afterReturn.get(2);
      String nomor = returned.permohonanNomor();
      assertEquals("KK application " + nomor + " needs completing", returned.subject(), "in the citizen's English");
      String body = returned.body().orElseThrow();
      assertTrue(body.contains("What is needed: Incomplete files: Bawa buku nikah asli."), body);
      assertTrue(body.contains("https://kk.example.go.id/lacak.xhtml?nomor=" + nomor), body);
      assertTrue(body.contains("nagari office of " + WilayahDirectory.shared().nameOf(LUBUK_ALUNG) + " "), body);
      assertEquals(returned.idempotencyKey().length(), 40);
      assertEquals(4, afterReturn.stream().map(OutboxMessage::idempotencyKey).distinct().count());
      assertTrue(afterReturn.stream().allMatch(m -> m.state() == OutboxState.PENDING));
      OutboxMessage toNagari = afterReturn.get(3);
      assertTrue(toNagari.body().orElseThrow().startsWith("Permohonan " + nomor + " (Perubahan data) menunggu langkah"
          + " 1. Input data (operator nagari) di daftar kerja Anda."), toNagari.body().orElseThrow());

      KartuKeluarga corrected = family();
      step(db, em -> steps.resubmit(em, NAGARI, id, corrected.alamat(), corrected.anggota(), List.of(), false));
      step(db, em -> steps.verify(em, OPERATOR, id, NomorKk.of("1305012411260001")));
      step(db, em -> steps.confirm(em, KASI, id));
      byte[] pdf = "pdf".getBytes();
      step(db, em -> steps.recordSignature(em, KADIS, id, reads.find(em, KADIS, id).kartuKeluarga().fingerprint(),
          new SignedPdf(pdf, Sha256.hex(pdf), "DEMO KADIS", "t1")));
      step(db, em -> steps.registerAndSend(em, OPERATOR, id));
      step(db, em -> steps.handOverAndArchive(em, NAGARI, id, "Siti Rahmah"));

      List<String> all = outbox(db).stream().map(NotificationsTest::who).toList();
      assertEquals(List.of("NEW_IN_WORKLIST EMAIL operator@disdukcapil.go.id",
          "RETURNED_FOR_CORRECTION EMAIL siti@contoh.id",
          "RETURNED_FOR_CORRECTION GATEWAY +6281234567890",
          "NEW_IN_WORKLIST EMAIL nagari@lubukalung.desa.id",
          "NEW_IN_WORKLIST EMAIL operator@disdukcapil.go.id", // resubmitted
          "NEW_IN_WORKLIST EMAIL kasi@disdukcapil.go.id",     // verified
          "NEW_IN_WORKLIST EMAIL kadis@disdukcapil.go.id",    // confirmed
          "NEW_IN_WORKLIST EMAIL operator@disdukcapil.go.id", // signed: register and send
          "READY_TO_COLLECT EMAIL siti@contoh.id",
          "READY_TO_COLLECT GATEWAY +6281234567890",
          "NEW_IN_WORKLIST EMAIL nagari@lubukalung.desa.id"), all, "nothing after the hand-over: it closes");
      OutboxMessage toKadis = outbox(db).get(6);
      assertEquals("Application " + nomor + " is waiting in your worklist", toKadis.subject(), "the Kadis chose English");
      assertFalse(outbox(db).stream().anyMatch(m -> m.body().orElseThrow().contains(corrected.namaKepalaKeluarga())),
          "no family name in any message");
      assertEquals(CitizenContact.NONE, db.inTransaction(em -> reads.find(em, KADIS, id).citizenContact()),
          "handed over: the contact had served its purpose and is erased");
    }
  }

  @Test
  void aStepThatRollsBackTellsNoOneAndACitizenWithoutContactIsNotWritten() {
    try (TestDatabase db = TestDatabase.create()) {
      long id = received(db, CitizenContact.NONE);
      assertEquals(1, outbox(db).size());
      assertThrows(IllegalStateException.class, () -> db.inTransaction(em -> {
        steps.sendBackToNagari(em, OPERATOR, id, ProblemCategory.BERKAS_TIDAK_LENGKAP, "Bawa KTP");
        em.flush();
        throw new IllegalStateException("the caller fails after the step");
      }));
      assertEquals(1, outbox(db).size(), "rolled back with the step");
      assertEquals(CitizenContact.NONE, db.inTransaction(em -> reads.find(em, OPERATOR, id).citizenContact()));
      step(db, em -> steps.sendBackToNagari(em, OPERATOR, id, ProblemCategory.BERKAS_TIDAK_LENGKAP, "Bawa KTP"));
      assertEquals(List.of("NEW_IN_WORKLIST EMAIL operator@disdukcapil.go.id",
          "NEW_IN_WORKLIST EMAIL nagari@lubukalung.desa.id"), outbox(db).stream().map(NotificationsTest::who).toList(),
          "no contact given: the citizen is not written to");
    }
  }

  @Test
  void onlyConfiguredChannelsAreWritten() {
    PermohonanSteps emailOnly = new PermohonanSteps(clock, KartuKeluargaValidator.standard(),
        new Notifications(Set.of(Channel.EMAIL), OFFICERS, () -> "https://kk.example.go.id", clock));
    try (TestDatabase db = TestDatabase.create()) {
      KartuKeluarga kk = family();
      long id = db.inTransaction(em -> emailOnly.receive(em, NAGARI, JenisLayanan.PERUBAHAN_DATA, kk,
          documentsFor(JenisLayanan.PERUBAHAN_DATA, kk), null, false,
          CitizenContact.typed("", "081234567890", MessageLanguage.INDONESIAN, true)).permohonan().id());
      step(db, em -> emailOnly.sendBackToNagari(em, OPERATOR, id, ProblemCategory.LAINNYA, "x"));
      assertTrue(outbox(db).stream().noneMatch(m -> m.channel() == Channel.GATEWAY), "no gateway configured");
      assertTrue(outbox(db).stream().noneMatch(m -> m.event() == NotificationEvent.RETURNED_FOR_CORRECTION));
    }
  }

  @Test
  void aLateStepRemindsItsRoleOnceAndOverTwiceTheStandardItsSupervisorAcrossAWeekendAndAHoliday() {
    Reminders reminders = new Reminders(clock, notifications);
    // verification (standard 2 minutes) waits from Friday 14 August 15:59 WIB
    clock.advance(Duration.between(clock.instant(), ZonedDateTime.of(2026, 8, 14, 15, 59, 0, 0, WIB).toInstant()));
    try (TestDatabase db = TestDatabase.create()) {
      received(db, CitizenContact.NONE);
      int before = outbox(db).size();
      clock.advance(Duration.between(clock.instant(), ZonedDateTime.of(2026, 8, 17, 12, 0, 0, 0, WIB).toInstant()));
      assertEquals(0, remind(db, reminders), "Monday the 17th is a holiday: one working minute so far");
      clock.advance(Duration.between(clock.instant(), ZonedDateTime.of(2026, 8, 18, 8, 1, 1, 0, WIB).toInstant()));
      assertEquals(1, remind(db, reminders), "Tuesday 08:01:01: over the 2 minutes");
      assertEquals(0, remind(db, reminders), "once per level");
      clock.advance(Duration.ofMinutes(2));
      assertEquals(2, remind(db, reminders), "over twice: the role's level-two reminder and the Kasi/Kabid");
      assertEquals(0, remind(db, reminders));
      List<OutboxMessage> late = outbox(db).subList(before, before + 3);
      assertEquals(List.of("OVER_TIME_STANDARD EMAIL operator@disdukcapil.go.id",
          "OVER_TIME_STANDARD EMAIL operator@disdukcapil.go.id", "OVER_TIME_STANDARD EMAIL kasi@disdukcapil.go.id"),
          late.stream().map(NotificationsTest::who).toList());
      assertTrue(late.get(2).body().orElseThrow().contains("selama 4 menit kerja; mutu bakunya 2 menit. Anda menerima"
          + " ini sebagai atasan Operator Layanan Digital"), late.get(2).body().orElseThrow());
    }
  }

  private static int remind(TestDatabase db, Reminders reminders) {
    return db.inTransaction(em -> reminders.remindLate(em, MutuBaku.sop(), OFFICE));
  }
}
