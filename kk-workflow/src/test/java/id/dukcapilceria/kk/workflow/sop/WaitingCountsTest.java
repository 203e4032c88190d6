package id.dukcapilceria.kk.workflow.sop;

import static id.dukcapilceria.kk.workflow.permohonan.PermohonanTest.documentsFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.shared.Sha256;
import id.dukcapilceria.kk.domain.sintetis.SyntheticFamilies;
import id.dukcapilceria.kk.domain.validasi.KartuKeluargaValidator;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import id.dukcapilceria.kk.workflow.permohonan.ProblemCategory;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import id.dukcapilceria.kk.workflow.permohonan.WorkflowException;
import id.dukcapilceria.kk.workflow.permohonan.WorklistFilter;
import id.dukcapilceria.kk.workflow.siak.ManualEntryNomorKkSource;
import id.dukcapilceria.kk.workflow.sop.PermohonanSteps.SignedPdf;
import id.dukcapilceria.kk.workflow.testing.MutableClock;
import id.dukcapilceria.kk.workflow.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The kept numbers of waiting applications agree with the applications, after every kind of step. */
class WaitingCountsTest {

  private static final KodeWilayah LUBUK_ALUNG = KodeWilayah.of("13.05.01.2001");
  private static final KodeWilayah KATAPIANG = KodeWilayah.of("13.05.02.2001");
  private static final Actor NAGARI_A = new Actor("op.lubukalung", Role.OPERATOR_NAGARI, LUBUK_ALUNG);
  private static final Actor NAGARI_B = new Actor("op.katapiang", Role.OPERATOR_NAGARI, KATAPIANG);
  private static final Actor OPERATOR = Actor.of("operator", Role.OPERATOR_LAYANAN);
  private static final Actor KASI = Actor.of("kasi", Role.KASI_KABID);
  private static final Actor KADIS = Actor.of("kadis", Role.KADIS);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));
  private final PermohonanSteps steps = new PermohonanSteps(clock, KartuKeluargaValidator.standard());
  private final PermohonanReads reads = new PermohonanReads(clock, new ManualEntryNomorKkSource());
  private final DinasReads dinas = new DinasReads(clock);
  private final SyntheticFamilies families =
      new SyntheticFamilies(7, LocalDate.of(2026, 11, 24), WilayahDirectory.shared(), KodeWilayah.of("13.05"));
  private int kkSerial;

  @Test
  void theKeptNumbersAgreeWithTheApplicationsAfterEveryKindOfStep() throws IOException {
    try (TestDatabase db = TestDatabase.create()) {
      long returned = submit(db, NAGARI_A);
      long sentBack = submit(db, NAGARI_A);
      long refused = submit(db, NAGARI_A);
      long issued = submit(db, NAGARI_A);
      long verifiedInB = submit(db, NAGARI_B);
      submit(db, NAGARI_B);
      assertAgree(db);

      verify(db, returned);
      step(db, em -> steps.returnToOperator(em, KASI, returned, ProblemCategory.DATA_TIDAK_SESUAI, "tanggal lahir"));
      verify(db, returned);
      step(db, em -> steps.confirm(em, KASI, returned));
      step(db, em -> steps.sendBackToNagari(em, OPERATOR, sentBack, ProblemCategory.DATA_TIDAK_SESUAI, "pindaian"));
      assertAgree(db);
      step(db, em -> {
        KartuKeluarga kk = reads.find(em, NAGARI_A, sentBack).kartuKeluarga();
        steps.resubmit(em, NAGARI_A, sentBack, kk.alamat(), kk.anggota(), List.of(), true);
      });
      step(db, em -> steps.refuse(em, OPERATOR, refused, "bukan warga"));
      verify(db, issued);
      step(db, em -> steps.confirm(em, KASI, issued));
      byte[] pdf = "pdf".getBytes(StandardCharsets.US_ASCII);
      step(db, em -> steps.recordSignature(em, KADIS, issued,
          reads.find(em, KADIS, issued).kartuKeluarga().fingerprint(),
          new SignedPdf(pdf, Sha256.hex(pdf), "DEMO KADIS", "token")));
      step(db, em -> steps.registerAndSend(em, OPERATOR, issued));
      assertAgree(db);
      step(db, em -> steps.handOverAndArchive(em, NAGARI_A, issued, "Siti Rahmah"));
      verify(db, verifiedInB);
      // a refused step changes nothing, the numbers included
      assertThrows(WorkflowException.class, () -> step(db, em -> steps.confirm(em, OPERATOR, verifiedInB)));
      assertAgree(db);

      // what the lists say, from the kept numbers: sentBack and the second of Katapiang wait for
      // the operator, verifiedInB for the Kasi/Kabid, returned for the Kadis
      assertEquals(2, db.inTransaction(em -> reads.worklist(em, OPERATOR, 0, 1)).total());
      assertEquals(1, db.inTransaction(em -> reads.worklist(em, KASI, 0, 1)).total());
      assertEquals(1, db.inTransaction(em -> reads.worklist(em, KADIS, 0, 1)).total());
      assertEquals(0, db.inTransaction(em -> reads.worklist(em, NAGARI_A, 0, 1)).total());
      assertEquals(4, db.inTransaction(em -> reads.all(em, NAGARI_A, 0, 1)).total());
      assertEquals(2, db.inTransaction(em -> reads.all(em, NAGARI_B, 0, 1)).total());
      assertEquals(6, db.inTransaction(em -> reads.all(em, OPERATOR, 0, 1)).total());
      assertEquals(1, db.inTransaction(em ->
          reads.worklist(em, OPERATOR, new WorklistFilter(KATAPIANG, null, null), 0, 1)).total(), "narrowed: counted");

      // migration V9 computes the same numbers from the applications
      Map<String, Long> kept = rows(db);
      db.inTransaction(em -> em.createNativeQuery("DELETE FROM permohonan_count").executeUpdate());
      String v9;
      try (InputStream in = getClass().getResourceAsStream("/db/migration/kk-workflow/V9__application_counts.sql")) {
        v9 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      String insert = v9.substring(v9.indexOf("INSERT INTO permohonan_count"), v9.lastIndexOf(';'));
      db.inTransaction(em -> em.createNativeQuery(insert).executeUpdate());
      assertEquals(kept, rows(db));
      assertEquals(2 * WaitingCounts.keys().size(), kept.size(), "every role (and NONE) has a row in each nagari");
    }
  }

  private long submit(TestDatabase db, Actor nagari) {
    KartuKeluarga kk = families.next(nagari.nagari());
    clock.advance(java.time.Duration.ofMinutes(1));
    return db.inTransaction(em -> steps.submit(em, nagari, JenisLayanan.PERUBAHAN_DATA, kk,
        documentsFor(JenisLayanan.PERUBAHAN_DATA, kk), null, true).id());
  }

  private void verify(TestDatabase db, long id) {
    NomorKk nomor = NomorKk.of(String.format("130501241126%04d", ++kkSerial));
    step(db, em -> steps.verify(em, OPERATOR, id, nomor));
  }

  private static void step(TestDatabase db, Consumer<EntityManager> step) {
    db.inTransaction(em -> {
      step.accept(em);
      return null;
    });
  }

  /** For every role (and none) and every nagari (and all): kept number = applications counted. */
  private static void assertAgree(TestDatabase db) {
    WaitingCounts counts = new WaitingCounts();
    List<Role> roles = new ArrayList<>(Arrays.asList(Role.values()));
    roles.add(null);
    for (Role role : roles) {
      for (KodeWilayah nagari : Arrays.asList(LUBUK_ALUNG, KATAPIANG, null)) {
        long counted = db.inTransaction(em -> {
          TypedQuery<Long> query = em.createQuery("select count(p) from Permohonan p where"
              + (role == null ? " 1 = 1" : " p.waitingRole = :role")
              + (nagari == null ? "" : " and p.kodeNagari = :nagari"), Long.class);
          if (role != null) {
            query.setParameter("role", role);
          }
          if (nagari != null) {
            query.setParameter("nagari", nagari);
          }
          return query.getSingleResult();
        });
        assertEquals(counted, (long) db.inTransaction(em -> counts.count(em, role, nagari)), role + " in " + nagari);
      }
    }
  }

  private static Map<String, Long> rows(TestDatabase db) {
    Map<String, Long> rows = new TreeMap<>();
    db.inTransaction(em -> {
      for (Object row : em.createNativeQuery("SELECT kode_nagari, waiting_role, n FROM permohonan_count").getResultList()) {
        Object[] columns = (Object[]) row;
        rows.put(columns[0] + "/" + columns[1], ((Number) columns[2]).longValue());
      }
      return null;
    });
    return rows;
  }
}
