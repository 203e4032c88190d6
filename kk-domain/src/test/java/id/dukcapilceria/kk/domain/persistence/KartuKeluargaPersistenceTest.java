package id.dukcapilceria.kk.domain.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.DokumenImigrasi;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.Kewarganegaraan;
import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.domain.kartukeluarga.PenyandangCacat;
import id.dukcapilceria.kk.domain.sintetis.SyntheticFamilies;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.testdb.TestDatabases;
import id.dukcapilceria.kk.testdb.TestDatabases.FreshDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 10-member card stored in the test database (Derby, or PostgreSQL: {@link TestDatabases}) through the shipped Flyway migration and read back
 * unchanged: proves that mappings and SQL agree, without schema generation.
 */
class KartuKeluargaPersistenceTest {

  private static FreshDatabase database;
  private static EntityManagerFactory factory;

  @BeforeAll
  static void migrate() {
    database = TestDatabases.create("kkdomain").migrate("classpath:db/migration/kk-domain");
    factory = Persistence.createEntityManagerFactory("kk-domain-test", database.jpaProperties());
  }

  @AfterAll
  static void close() {
    factory.close();
    database.close();
  }

  /** A large family: a synthetic one with members added until there are ten. */
  private static KartuKeluarga tenMembers() {
    SyntheticFamilies generator = new SyntheticFamilies(7, LocalDate.of(2026, 11, 24), WilayahDirectory.shared(), id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah.of("13.05"));
    List<AnggotaKeluarga> members = new ArrayList<>();
    while (members.size() < 10) {
      for (AnggotaKeluarga member : generator.next().anggota()) {
        if (members.size() < 10 && (members.isEmpty() || !member.isKepalaKeluarga())) {
          members.add(member);
        }
      }
    }
    AnggotaKeluarga last = members.remove(9);
    members.add(last.toBuilder()
        .kewarganegaraan(Kewarganegaraan.WNA)
        .dokumenImigrasi(new DokumenImigrasi("A1234567", "2C11AB0001"))
        .penyandangCacat(PenyandangCacat.values()[0])
        .build());
    return new KartuKeluarga(generator.next().alamat(), members);
  }

  @Test
  void aTenMemberCardSurvivesTheRoundTripUnchanged() {
    KartuKeluarga stored = tenMembers();
    stored.assignNomorKk(NomorKk.of("1305012411260001"));
    String fingerprint = stored.fingerprint();

    EntityManager em = factory.createEntityManager();
    em.getTransaction().begin();
    em.persist(stored);
    em.getTransaction().commit();
    long id = stored.id();
    em.close();

    EntityManager fresh = factory.createEntityManager();
    KartuKeluarga loaded = fresh.find(KartuKeluarga.class, id);
    assertEquals(10, loaded.anggota().size());
    assertEquals(fingerprint, loaded.fingerprint(), "every column is stored and read back");
    assertEquals(stored.namaKepalaKeluarga(), loaded.namaKepalaKeluarga());
    assertTrue(loaded.anggota().get(0).isKepalaKeluarga());
    assertEquals("A1234567", loaded.anggota().get(9).dokumenImigrasi().noPaspor().orElseThrow());
    fresh.close();
  }

  @Test
  void concurrentEditsOfOneCardAreDetected() {
    KartuKeluarga stored = tenMembers();
    EntityManager em = factory.createEntityManager();
    em.getTransaction().begin();
    em.persist(stored);
    em.getTransaction().commit();
    long id = stored.id();
    em.close();

    EntityManager first = factory.createEntityManager();
    EntityManager second = factory.createEntityManager();
    KartuKeluarga a = first.find(KartuKeluarga.class, id);
    KartuKeluarga b = second.find(KartuKeluarga.class, id);
    first.getTransaction().begin();
    a.assignNomorKk(NomorKk.of("1305012411260002"));
    first.getTransaction().commit();

    second.getTransaction().begin();
    b.assignNomorKk(NomorKk.of("1305012411260003"));
    jakarta.persistence.RollbackException lost =
        org.junit.jupiter.api.Assertions.assertThrows(
            jakarta.persistence.RollbackException.class, () -> second.getTransaction().commit());
    assertTrue(lost.getCause() instanceof jakarta.persistence.OptimisticLockException, lost.toString());
    first.close();
    second.close();
  }
}
