package id.dukcapilceria.kk.workflow.benchmark;

import id.dukcapilceria.kk.domain.kontak.AlamatSurel;
import id.dukcapilceria.kk.domain.kontak.CitizenContact;
import id.dukcapilceria.kk.domain.kontak.MessageLanguage;
import id.dukcapilceria.kk.workflow.notification.Channel;
import id.dukcapilceria.kk.workflow.notification.Notifications;
import id.dukcapilceria.kk.workflow.notification.Notifications.OfficerContact;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import org.openjdk.jmh.annotations.Param;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.layanan.Persyaratan;
import id.dukcapilceria.kk.domain.shared.Sha256;
import id.dukcapilceria.kk.domain.sintetis.SyntheticFamilies;
import id.dukcapilceria.kk.domain.validasi.KartuKeluargaValidator;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.workflow.dokumen.RequirementDocument;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import id.dukcapilceria.kk.workflow.siak.DemoNomorKkGenerator;
import id.dukcapilceria.kk.workflow.sop.PermohonanReads;
import id.dukcapilceria.kk.workflow.sop.PermohonanSteps;
import id.dukcapilceria.kk.workflow.sop.PermohonanSteps.SignedPdf;
import id.dukcapilceria.kk.workflow.testing.TestDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full SOP lifecycles through {@link PermohonanSteps}, each step in its own transaction as in the
 * portal: submit, verify, confirm, record the signature (a fixed 40 KB stand-in PDF: signing itself
 * is kk-signature's cost), register, hand over. Two threads, the machine's two cores. On an
 * in-memory Derby database, or on a fresh schema of PostgreSQL with
 * {@code -Dkk.bench.postgresql=<JDBC URL>} ({@link TestDatabase}). {@code notifications}: {@code off}
 * as a library user without channels, or {@code on}: both channels configured, one reachable officer
 * per role and a citizen with an e-mail address and a mobile number, so that every step also writes
 * its outbox rows (the portal's officer look-up, a query on its user table, is not in this schema
 * and not counted). Run with
 * {@code mvn -B install -DskipTests} then {@code mvn -B -Dbenchmark -pl kk-workflow verify -DskipTests}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(2)
public class LifecycleBenchmark {

  private static final Actor NAGARI = new Actor("nagari.lubukalung", Role.OPERATOR_NAGARI, KodeWilayah.of("13.05.01.2001"));
  private static final Actor OPERATOR = Actor.of("operator", Role.OPERATOR_LAYANAN);
  private static final Actor KASI = Actor.of("kasi", Role.KASI_KABID);
  private static final Actor KADIS = Actor.of("kadis", Role.KADIS);
  private static final byte[] PDF = new byte[40 * 1024];

  @Param({"off", "on"})
  public String notifications;

  private TestDatabase db;
  private CitizenContact contact;
  private PermohonanSteps steps;
  private PermohonanReads reads;
  private SyntheticFamilies families;
  private Clock clock;
  private final AtomicLong tokens = new AtomicLong();

  @Setup(Level.Trial)
  public void start() {
    db = TestDatabase.create();
    clock = Clock.system(ZoneId.of("Asia/Jakarta"));
    if ("on".equals(notifications)) {
      Map<Role, List<OfficerContact>> officers = new EnumMap<>(Role.class);
      for (Role role : Role.values()) {
        officers.put(role, List.of(new OfficerContact(role.name().toLowerCase(java.util.Locale.ROOT),
            AlamatSurel.of(role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '.') + "@disdukcapil.example.go.id"),
            MessageLanguage.INDONESIAN)));
      }
      steps = new PermohonanSteps(clock, KartuKeluargaValidator.standard(), new Notifications(
          EnumSet.allOf(Channel.class), (em, role, nagari) -> officers.get(role), () -> "https://kk.example.go.id", clock));
      contact = CitizenContact.typed("warga@contoh.id", "081234567890", MessageLanguage.INDONESIAN, true);
    } else {
      steps = new PermohonanSteps(clock, KartuKeluargaValidator.standard());
      contact = CitizenContact.NONE;
    }
    reads = new PermohonanReads(clock, new DemoNomorKkGenerator(clock));
    families = new SyntheticFamilies(2019, LocalDate.now(clock), WilayahDirectory.shared(), KodeWilayah.of("13.05"));
  }

  @TearDown(Level.Trial)
  public void stop() {
    db.close();
  }

  private synchronized KartuKeluarga nextFamily() {
    return families.next(NAGARI.nagari());
  }

  @Benchmark
  public String oneLifecycle() {
    KartuKeluarga kk = nextFamily();
    List<RequirementDocument> documents = JenisLayanan.PERUBAHAN_DATA.persyaratan().stream()
        .filter(p -> p.perluUntuk(kk) == Persyaratan.Perlu.YA)
        .map(p -> new RequirementDocument(p.dokumen(), "scan.pdf", "application/pdf", 1000,
            Sha256.hex(p.dokumen().name()), clock.instant(), NAGARI.username()))
        .toList();
    long id = db.inTransaction(em -> steps.receive(em, NAGARI, JenisLayanan.PERUBAHAN_DATA, kk, documents,
        clock.instant(), true, contact).permohonan().id());
    db.inTransaction(em -> {
      NomorKk nomor = reads.proposedNomorKk(em, OPERATOR, id).orElseThrow();
      steps.verify(em, OPERATOR, id, nomor);
      return null;
    });
    db.inTransaction(em -> { steps.confirm(em, KASI, id); return null; });
    db.inTransaction(em -> {
      String fingerprint = reads.find(em, KADIS, id).kartuKeluarga().fingerprint();
      return steps.recordSignature(em, KADIS, id, fingerprint,
          new SignedPdf(PDF, Sha256.hex(PDF), "DEMO KADIS", "token-" + tokens.incrementAndGet()));
    });
    db.inTransaction(em -> steps.registerAndSend(em, OPERATOR, id));
    db.inTransaction(em -> { steps.handOverAndArchive(em, NAGARI, id, "Kepala Keluarga Sintetis"); return null; });
    return kk.fingerprint();
  }
}
