package id.dukcapilceria.kk.portal.demo;

import id.dukcapilceria.kk.domain.kartukeluarga.Alamat;
import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.GolonganDarah;
import id.dukcapilceria.kk.domain.kartukeluarga.JenisKelamin;
import id.dukcapilceria.kk.domain.kartukeluarga.JenisPekerjaan;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.kartukeluarga.Nik;
import id.dukcapilceria.kk.domain.kartukeluarga.OrangTua;
import id.dukcapilceria.kk.domain.kartukeluarga.PendidikanDalamKk;
import id.dukcapilceria.kk.domain.kartukeluarga.Perkawinan;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusHubunganDalamKeluarga;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.sintetis.SyntheticFamilies;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.portal.config.PortalConfig;
import id.dukcapilceria.kk.portal.config.ShiftableClock;
import id.dukcapilceria.kk.portal.security.PasswordHasher;
import id.dukcapilceria.kk.portal.security.PortalUser;
import id.dukcapilceria.kk.portal.signing.KkSigningService;
import id.dukcapilceria.kk.signature.pki.DemoPki;
import id.dukcapilceria.kk.workflow.dokumen.DocumentStore;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import id.dukcapilceria.kk.workflow.permohonan.ProblemCategory;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import id.dukcapilceria.kk.workflow.permohonan.SopStep;
import id.dukcapilceria.kk.workflow.permohonan.Status;
import id.dukcapilceria.kk.workflow.sop.PermohonanReads;
import id.dukcapilceria.kk.workflow.sop.PermohonanSteps;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Demo mode on first start: one user per Dinas role and an operator for each of five nagari in
 * four kecamatan (each sees only their nagari); some 60 applications spread over every step of
 * the SOP and over every service type, recorded over the last 60 days (the demo clock, {@link
 * ShiftableClock}: steps within their time standards, some over it, some returned once), two of
 * them data changes with a newborn, to show what an application changes on the active card; and
 * the demo PKI. Runs again harmlessly on every start: what exists is left alone.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "LibraryLogging"})
public class DemoSetup {

  private static final Logger LOG = Logger.getLogger(DemoSetup.class.getName());
  /** Every demo user has this password; printed at start and in the README. */
  public static final String DEMO_PASSWORD = "demo123";

  public static final KodeWilayah LUBUK_ALUNG = KodeWilayah.of("13.05.01.2001");
  public static final KodeWilayah KATAPIANG = KodeWilayah.of("13.05.02.2001");
  public static final KodeWilayah SUNGAI_SARIAK = KodeWilayah.of("13.05.05.2002");
  public static final KodeWilayah ULAKAN = KodeWilayah.of("13.05.10.2002");
  public static final KodeWilayah KAYU_TANAM = KodeWilayah.of("13.05.15.2001");

  /** The operator of each demo nagari. */
  public static final List<DemoUser> NAGARI_OPERATORS = List.of(
      new DemoUser("nagari.lubukalung", "Operator Nagari Lubuk Alung", Role.OPERATOR_NAGARI, LUBUK_ALUNG),
      new DemoUser("nagari.katapiang", "Operator Nagari Katapiang", Role.OPERATOR_NAGARI, KATAPIANG),
      new DemoUser("nagari.sungaisariak", "Operator Nagari Sungai Sariak", Role.OPERATOR_NAGARI, SUNGAI_SARIAK),
      new DemoUser("nagari.ulakan", "Operator Nagari Ulakan", Role.OPERATOR_NAGARI, ULAKAN),
      new DemoUser("nagari.kayutanam", "Operator Nagari Kayu Tanam", Role.OPERATOR_NAGARI, KAYU_TANAM));
  public static final DemoUser OPERATOR = new DemoUser("operator", "Operator Layanan Digital", Role.OPERATOR_LAYANAN, null);
  public static final DemoUser KASI = new DemoUser("kasi", "Kasi Pelayanan Pendaftaran Penduduk", Role.KASI_KABID, null);
  public static final DemoUser KADIS = new DemoUser("kadis", "Kepala Dinas (Demo)", Role.KADIS, null);

  /** The demo users, in SOP order. */
  public static final List<DemoUser> USERS = java.util.stream.Stream.concat(NAGARI_OPERATORS.stream(),
      java.util.stream.Stream.of(OPERATOR, KASI, KADIS, new DemoUser("admin", "Administrator", Role.ADMIN, null)))
      .toList();

  @PersistenceContext EntityManager em;
  @Inject PortalConfig config;
  @Inject PasswordHasher hasher;
  @Inject PermohonanSteps steps;
  @Inject PermohonanReads reads;
  @Inject id.dukcapilceria.kk.portal.permohonan.SignatureStep signatureStep;
  @Inject KkSigningService signing;
  @Inject WilayahDirectory wilayah;
  @Inject Clock clock;
  @Inject DocumentStore documents;
  @Inject VolumeSeeder volume;

  @PostConstruct
  void setUp() {
    if (!config.isDemo()) {
      LOG.info("Demo mode is off (kk.demo=false): no demo users or data are created.");
      return;
    }
    signing.trustedRoot(); // creates the demo PKI on first start
    createUsers();
    createApplications();
    createVolume();
    printWelcome();
  }

  private void createUsers() {
    for (DemoUser user : USERS) {
      if (em.find(PortalUser.class, user.username()) == null) {
        em.persist(
            new PortalUser(
                user.username(),
                user.displayName(),
                hasher.hash(DEMO_PASSWORD.toCharArray()),
                user.role(),
                user.nagari()));
      }
    }
    em.flush();
  }

  /**
   * How many demo applications wait at each step, per nagari (in the order of {@link
   * #NAGARI_OPERATORS}): some 60, so that every workspace shows a living worklist, the Kadis can
   * sign a batch, the registers have rows and every service type appears; the two first nagari
   * are the busiest, as a regency's town nagari are.
   */
  private static final List<Map<Status, Integer>> APPLICATIONS = List.of(
      orderedCounts(Status.DIAJUKAN, 4, Status.PERLU_DILENGKAPI, 1, Status.DIVERIFIKASI, 3,
          Status.DIKEMBALIKAN_KE_OPERATOR, 1, Status.DIKONFIRMASI, 4, Status.DITANDATANGANI, 2,
          Status.TERKIRIM, 2, Status.SELESAI, 10),
      orderedCounts(Status.DIAJUKAN, 3, Status.DIVERIFIKASI, 2, Status.DIKONFIRMASI, 2, Status.DITANDATANGANI, 1,
          Status.TERKIRIM, 1, Status.SELESAI, 6, Status.DITOLAK, 1),
      orderedCounts(Status.DIAJUKAN, 1, Status.DIVERIFIKASI, 1, Status.SELESAI, 4),
      orderedCounts(Status.DIAJUKAN, 1, Status.PERLU_DILENGKAPI, 1, Status.TERKIRIM, 1, Status.SELESAI, 3),
      orderedCounts(Status.DIAJUKAN, 2, Status.DIKONFIRMASI, 1, Status.SELESAI, 3));

  /** Why the Kasi/Kabid returned some of the demo's applications once: the buku permasalahan's entries. */
  private record ReturnReason(ProblemCategory category, String reason) {}

  private static final List<ReturnReason> RETURN_REASONS = List.of(
      new ReturnReason(ProblemCategory.DATA_TIDAK_SESUAI, "Nama ibu kandung berbeda dengan akta kelahiran (contoh demo)."),
      new ReturnReason(ProblemCategory.BERKAS_TIDAK_LENGKAP, "Pindaian buku nikah halaman kedua belum ada (contoh demo)."),
      new ReturnReason(ProblemCategory.DATA_TIDAK_SESUAI, "Pendidikan anak pertama tidak sesuai ijazah (contoh demo)."));

  /** The statuses an application passes after verification when nothing goes wrong. */
  private static final List<Status> MAIN_PATH = List.of(
      Status.DIVERIFIKASI, Status.DIKONFIRMASI, Status.DITANDATANGANI, Status.TERKIRIM, Status.SELESAI);

  private void createApplications() {
    long existing = em.createQuery("select count(p) from Permohonan p", Long.class).getSingleResult();
    if (existing > 0) {
      return;
    }
    SyntheticFamilies families = families();
    try {
      for (int n = 0; n < NAGARI_OPERATORS.size(); n++) {
        Actor nagari = NAGARI_OPERATORS.get(n).toActor();
        APPLICATIONS.get(n).forEach((status, count) -> {
          for (int i = 0; i < count; i++) {
            beginAt(status);
            DemoApplication application = applicationFor(families.next(nagari.nagari()));
            advance(nagari, application.family(), status, application.layanan());
          }
        });
      }
    } finally {
      if (clock instanceof ShiftableClock history) {
        history.release();
      }
    }
    reissueOneCard(NAGARI_OPERATORS.get(0).toActor());
    dataChangeWithANewborn(NAGARI_OPERATORS.get(0).toActor(), Status.DIAJUKAN);
    dataChangeWithANewborn(NAGARI_OPERATORS.get(1).toActor(), Status.DIKONFIRMASI);
  }

  /** The first active card in {@code nagari}'s village, if any. */
  private java.util.Optional<KartuKeluarga> firstActiveCard(Actor nagari) {
    return em.createQuery("select k from KartuKeluarga k where k.status = :aktif"
            + " and k.alamat.kodeDesa = :desa order by k.id", KartuKeluarga.class)
        .setParameter("aktif", id.dukcapilceria.kk.domain.kartukeluarga.StatusKartuKeluarga.AKTIF)
        .setParameter("desa", nagari.nagari()).setMaxResults(1).getResultStream().findFirst();
  }

  /**
   * A family whose card was handed over applies for a data change: the head's occupation and blood
   * group changed, and a baby was born. The operator (waiting for them) and the Kadis (waiting for
   * the signature) then see what an application changes on the active card, highlighted.
   */
  private void dataChangeWithANewborn(Actor nagari, Status target) {
    KartuKeluarga card = firstActiveCard(nagari).orElse(null);
    if (card == null) {
      return;
    }
    AnggotaKeluarga head = card.kepalaKeluarga().orElseThrow();
    List<AnggotaKeluarga> members = new java.util.ArrayList<>();
    for (AnggotaKeluarga member : card.anggota()) {
      members.add(member != head ? member.toBuilder().build() : member.toBuilder()
          .pekerjaan(head.pekerjaan() == JenisPekerjaan.GURU ? JenisPekerjaan.PETANI_PEKEBUN : JenisPekerjaan.GURU)
          .golonganDarah(head.golonganDarah() == GolonganDarah.O ? GolonganDarah.A : GolonganDarah.O)
          .build());
    }
    members.add(baby(card, head, LocalDate.now(clock).minusMonths(2), 9000 + (int) (card.id() % 900)));
    Alamat address = card.alamat();
    KartuKeluarga changed = new KartuKeluarga(
        new Alamat(address.jalan(), address.rtRw(), address.kodeDesa(), address.kodePos()), members);
    long id = submit(nagari, changed).id();
    em.flush();
    if (target == Status.DIKONFIRMASI) {
      steps.verify(em, OPERATOR.toActor(), id, reads.proposedNomorKk(em, OPERATOR.toActor(), id).orElseThrow());
      steps.confirm(em, KASI.toActor(), id);
      em.flush();
    }
  }

  /**
   * A girl born on {@code born} to the head of {@code family}: NIK serials from {@code serial} up
   * lie above the generator's (below 5100), so she is nobody else.
   */
  private static AnggotaKeluarga baby(KartuKeluarga family, AnggotaKeluarga head, LocalDate born, int serial) {
    return SyntheticFamilies.adult(
            Nik.compose(family.alamat().kodeDesa().kecamatan(), born, JenisKelamin.PEREMPUAN, serial).value(),
            "Nur Aisyah " + head.nama().value().split(" ")[0], born, StatusHubunganDalamKeluarga.ANAK,
            Perkawinan.belumKawin())
        .tempatLahir(head.tempatLahir())
        .pendidikan(PendidikanDalamKk.TIDAK_BELUM_SEKOLAH)
        .pekerjaan(JenisPekerjaan.BELUM_TIDAK_BEKERJA)
        .orangTua(new OrangTua(head.jenisKelamin() == JenisKelamin.LAKI_LAKI ? head.nama() : null, null,
            head.jenisKelamin() == JenisKelamin.PEREMPUAN ? head.nama() : null, null))
        .build();
  }

  /**
   * The first family of {@code nagari} whose card was handed over applies again (it moved to
   * another street in the nagari) and receives a new card under the same number, which supersedes
   * the first: a living example of the verification page's yellow state and of the operator's
   * duplicate-NIK check.
   */
  private void reissueOneCard(Actor nagari) {
    KartuKeluarga card = firstActiveCard(nagari).orElse(null);
    if (card == null) {
      return;
    }
    Alamat old = card.alamat();
    KartuKeluarga moved = new KartuKeluarga(new Alamat("JL. SINTETIS BARU NO. 7", old.rtRw(), old.kodeDesa(),
        old.kodePos()), card.anggota().stream().map(a -> a.toBuilder().build()).toList());
    advance(nagari, moved, Status.SELESAI, JenisLayanan.PERUBAHAN_DATA);
  }

  /**
   * For a load test: tops the database up to {@code kk.demo.volume} applications, in the
   * background once this start-up transaction has committed (its register and number rows are
   * locked until then), so the portal answers meanwhile.
   */
  private void createVolume() {
    int wanted = config.demoVolume();
    long existing = em.createQuery("select count(p) from Permohonan p", Long.class).getSingleResult();
    if (existing >= wanted) {
      return;
    }
    // the generator that made the demo families: its NIKs never repeat, so no synthetic person
    // lands on a second family's active card (verification would rightly refuse it)
    volume.seedInBackground((int) existing, wanted, families());
  }

  private SyntheticFamilies families;

  /**
   * Plainly synthetic families ("KORONG SINTETIS"), the same on every fresh start. On a restart
   * the generator starts again from its beginning, so load-test data is best created on a fresh
   * data directory.
   */
  private SyntheticFamilies families() {
    if (families == null) {
      families = new SyntheticFamilies(2019, familiesBornBy(), wilayah, config.issuingOffice().regency());
    }
    return families;
  }

  /**
   * The day the demo's families are made as of: before the history the demo records begins, so
   * that nobody is born after the day their family applied.
   */
  private LocalDate familiesBornBy() {
    return LocalDate.now(clock).minusDays(70);
  }

  /** The demo's pace: the same history on every first start. */
  private final java.util.Random pace = new java.util.Random(2019);

  /**
   * Sets the demo clock to when an application's first step is taken: those closed over the last
   * 60 days, open ones in the last week, on a weekday in office hours (WIB); a third of the open
   * ones within the last few hours, so that some wait within their time standard. Nothing outside
   * demo mode, whose clock is the system's.
   */
  private void beginAt(Status target) {
    if (!(clock instanceof ShiftableClock history)) {
      return;
    }
    boolean closed = target == Status.SELESAI || target == Status.DITOLAK;
    history.release(); // counted back from the present, not from the previous application's moment
    if (!closed && pace.nextInt(3) == 0) {
      history.setTo(clock.instant().minus(java.time.Duration.ofMinutes(20 + pace.nextInt(160))));
      return;
    }
    java.time.ZonedDateTime day = java.time.ZonedDateTime.now(clock)
        .minusDays(closed ? 3 + pace.nextInt(58) : 1 + pace.nextInt(6))
        .withHour(8 + pace.nextInt(6)).withMinute(pace.nextInt(60)).withSecond(0).withNano(0);
    while (day.getDayOfWeek() == java.time.DayOfWeek.SATURDAY || day.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
      day = day.minusDays(1);
    }
    history.setTo(day.toInstant());
  }

  /**
   * The time that passes before a step while the demo records history: mostly within the step's
   * time standard, sometimes two or three times it, now and then until the next working morning;
   * never past the present.
   */
  private void pause(SopStep step) {
    if (!(clock instanceof ShiftableClock history) || !history.isSet()) {
      return; // not recording history: the steps take place now
    }
    long standard = Math.max(60, config.mutuBaku().of(step).toSeconds());
    int roll = pace.nextInt(10);
    long seconds = roll < 6 ? standard / 2 + pace.nextInt((int) standard)
        : roll < 9 ? standard * (2 + pace.nextInt(2)) : java.time.Duration.ofHours(18).toSeconds();
    history.advance(java.time.Duration.ofSeconds(seconds));
    java.time.Instant present = java.time.Instant.now().minusSeconds(60);
    if (clock.instant().isAfter(present)) {
      history.setTo(present);
    }
  }

  /** Submits a family and takes it through the SOP, each step by its own demo user, up to {@code target}. */
  private void advance(Actor nagari, KartuKeluarga family, Status target, JenisLayanan layanan) {
    Actor operator = OPERATOR.toActor();
    Actor kasi = KASI.toActor();
    Actor kadis = KADIS.toActor();
    long id = submit(nagari, layanan, family).id();
    em.flush();
    switch (target) {
      case DIAJUKAN -> { }
      case PERLU_DILENGKAPI -> {
        pause(SopStep.VERIFIKASI);
        steps.sendBackToNagari(em, operator, id, ProblemCategory.BERKAS_TIDAK_LENGKAP,
            "Pindaian akta kelahiran anak kedua kurang jelas, mohon diunggah ulang.");
      }
      case DITOLAK -> {
        pause(SopStep.VERIFIKASI);
        steps.refuse(em, operator, id, "Keluarga ini terdaftar di kabupaten lain (contoh demo).");
      }
      case DIKEMBALIKAN_KE_OPERATOR -> {
        pause(SopStep.VERIFIKASI);
        steps.verify(em, operator, id, reads.proposedNomorKk(em, operator, id).orElseThrow());
        pause(SopStep.KONFIRMASI);
        steps.returnToOperator(em, kasi, id, ProblemCategory.DATA_TIDAK_SESUAI,
            "Tanggal lahir kepala keluarga berbeda dengan akta (contoh demo).");
      }
      default -> {
        int stepsToTake = MAIN_PATH.indexOf(target);
        if (stepsToTake < 0) {
          throw new IllegalArgumentException("No demo path to " + target);
        }
        pause(SopStep.VERIFIKASI);
        steps.verify(em, operator, id, reads.proposedNomorKk(em, operator, id).orElseThrow());
        if (stepsToTake >= 1) {
          if (target == Status.SELESAI && pace.nextInt(3) == 0) {
            // some of the closed ones were returned once on the way, as the buku permasalahan shows
            pause(SopStep.KONFIRMASI);
            ReturnReason why = RETURN_REASONS.get(pace.nextInt(RETURN_REASONS.size()));
            steps.returnToOperator(em, kasi, id, why.category(), why.reason());
            pause(SopStep.VERIFIKASI);
            steps.verify(em, operator, id, reads.proposedNomorKk(em, operator, id).orElseThrow());
          }
          pause(SopStep.KONFIRMASI);
          steps.confirm(em, kasi, id);
        }
        if (stepsToTake >= 2) {
          pause(SopStep.SERTIFIKASI_ELEKTRONIK);
          signatureStep.sign(kadis, id, DemoPki.DEMO_PASSPHRASE.toCharArray());
        }
        if (stepsToTake >= 3) {
          pause(SopStep.REGISTER_DAN_KIRIM);
          steps.registerAndSend(em, operator, id);
        }
        if (stepsToTake >= 4) {
          pause(SopStep.CETAK_SERAH_ARSIP);
          steps.handOverAndArchive(em, nagari, id, family.namaKepalaKeluarga());
        }
      }
    }
    em.flush();
  }

  private static Map<Status, Integer> orderedCounts(Object... statusAndCount) {
    Map<Status, Integer> counts = new java.util.LinkedHashMap<>();
    for (int i = 0; i < statusAndCount.length; i += 2) {
      counts.put((Status) statusAndCount[i], (Integer) statusAndCount[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(counts);
  }

  /** A data-change application with stand-in scans; synthetic data may carry warnings, acknowledged. */
  private Permohonan submit(Actor nagari, KartuKeluarga kk) {
    return submit(nagari, JenisLayanan.PERUBAHAN_DATA, kk);
  }

  private Permohonan submit(Actor nagari, JenisLayanan layanan, KartuKeluarga kk) {
    return steps.submit(em, nagari, layanan, kk,
        DemoDocuments.forSubmission(layanan, kk, nagari.username(), documents, clock.instant()),
        clock.instant().minusSeconds(240), true);
  }

  /** A demo family and the service it applies for. */
  private record DemoApplication(JenisLayanan layanan, KartuKeluarga family) {}

  /** Where the rotation of service types stands: the next application tries this one first. */
  private int nextService;
  /** NIK serials of the babies the demo adds for a birth: above the generator's and the newborns'. */
  private int babySerial = 8000;

  /**
   * The next service type in turn, every one of {@link JenisLayanan} (so that the worklists and
   * the books show them all), with the family shaped as the service needs it (a divorced head, a
   * foreign head, a baby born); a service whose rules the family still does not meet is skipped
   * this round.
   */
  private DemoApplication applicationFor(KartuKeluarga family) {
    JenisLayanan[] services = JenisLayanan.values();
    for (int i = 0; i < services.length; i++) {
      int index = (nextService + i) % services.length;
      KartuKeluarga shaped = shapedFor(services[index], family);
      if (!id.dukcapilceria.kk.domain.validasi.KartuKeluargaValidator.hasErrors(
          steps.check(services[index], shaped))) {
        nextService = index + 1;
        return new DemoApplication(services[index], shaped);
      }
    }
    nextService++;
    return new DemoApplication(JenisLayanan.PERUBAHAN_DATA, family);
  }

  /** {@code family} as {@code layanan} needs it; the family itself for most services. */
  private KartuKeluarga shapedFor(JenisLayanan layanan, KartuKeluarga family) {
    AnggotaKeluarga head = family.kepalaKeluarga().orElse(null);
    if (head == null) {
      return family;
    }
    LocalDate today = LocalDate.now(clock);
    return switch (layanan) {
      // the divorced head leaves the family's card for a card of their own
      case KK_BARU_PERCERAIAN -> new KartuKeluarga(family.alamat(), List.of(head.toBuilder()
          .perkawinan(new Perkawinan(id.dukcapilceria.kk.domain.kartukeluarga.StatusPerkawinan.CERAI_HIDUP_TERCATAT,
              null, null, today.minusMonths(5), "0" + (100 + babySerial % 800) + "/AC/" + today.minusMonths(5).getYear()
              + "/PA.PRM"))
          .build()));
      // a foreign resident with a KITAP, alone on the card
      case KK_BARU_ORANG_ASING -> new KartuKeluarga(family.alamat(), List.of(head.toBuilder()
          .kewarganegaraan(id.dukcapilceria.kk.domain.kartukeluarga.Kewarganegaraan.WNA)
          .dokumenImigrasi(new id.dukcapilceria.kk.domain.kartukeluarga.DokumenImigrasi(
              "X" + (4_100_000 + babySerial), "2C11JE" + (7000 + babySerial % 1000)))
          .build()));
      case TAMBAH_ANGGOTA_KELAHIRAN -> {
        List<AnggotaKeluarga> members = new java.util.ArrayList<>(family.anggota());
        members.add(baby(family, head, today.minusDays(40), babySerial++));
        yield new KartuKeluarga(family.alamat(), members);
      }
      default -> family;
    };
  }

  private void printWelcome() {
    StringBuilder text = new StringBuilder();
    text.append("\n\n  Dukcapil Ceria Digital KK (DEMO) siap: ").append(config.baseUrl()).append("/\n");
    text.append("  Data directory: ").append(config.dataDirectory()).append('\n');
    text.append("  Demo logins (password for all: ").append(DEMO_PASSWORD).append("):\n");
    for (DemoUser user : USERS) {
      text.append(String.format("    %-20s %s%n", user.username(), user.displayName()));
    }
    text.append("  Kadis signing passphrase (demo PKI): ").append(DemoPki.DEMO_PASSPHRASE).append("\n");
    LOG.info(text.toString());
  }

  /** A user created in demo mode. */
  public record DemoUser(String username, String displayName, Role role, KodeWilayah nagari) {
    public Actor toActor() {
      return new Actor(username, role, nagari);
    }
  }
}
