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
import id.dukcapilceria.kk.portal.permohonan.PermohonanService;
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
 * Demo mode on first start: one user per role (two nagari operators, to show that each sees only
 * their nagari), 46 applications spread over every step of the SOP and over several service types,
 * recorded over the last 60 days (the demo clock, {@link ShiftableClock}: steps within their time
 * standards, some over it, some returned once)
 * (two of them data changes with a newborn, to show what an application changes on the active
 * card), and the demo PKI. Runs again
 * harmlessly on every start: what exists is left alone.
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

  /** The demo users, in SOP order. */
  public static final List<DemoUser> USERS =
      List.of(
          new DemoUser("nagari.lubukalung", "Operator Nagari Lubuk Alung", Role.OPERATOR_NAGARI, LUBUK_ALUNG),
          new DemoUser("nagari.katapiang", "Operator Nagari Katapiang", Role.OPERATOR_NAGARI, KATAPIANG),
          new DemoUser("operator", "Operator Layanan Digital", Role.OPERATOR_LAYANAN, null),
          new DemoUser("kasi", "Kasi Pelayanan Pendaftaran Penduduk", Role.KASI_KABID, null),
          new DemoUser("kadis", "Kepala Dinas (Demo)", Role.KADIS, null),
          new DemoUser("admin", "Administrator", Role.ADMIN, null));

  @PersistenceContext EntityManager em;
  @Inject PortalConfig config;
  @Inject PasswordHasher hasher;
  @Inject PermohonanService permohonan;
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
   * How many demo applications wait at each step, per nagari: a few dozen, so that every
   * workspace shows a living worklist, the Kadis can sign a batch and the registers have rows.
   */
  private static final Map<Status, Integer> LUBUK_ALUNG_APPLICATIONS = orderedCounts(
      Status.DIAJUKAN, 4, Status.PERLU_DILENGKAPI, 1, Status.DIVERIFIKASI, 3,
      Status.DIKEMBALIKAN_KE_OPERATOR, 1, Status.DIKONFIRMASI, 4, Status.DITANDATANGANI, 2,
      Status.TERKIRIM, 2, Status.SELESAI, 10);
  private static final Map<Status, Integer> KATAPIANG_APPLICATIONS = orderedCounts(
      Status.DIAJUKAN, 3, Status.DIVERIFIKASI, 2, Status.DIKONFIRMASI, 2, Status.DITANDATANGANI, 1,
      Status.TERKIRIM, 1, Status.SELESAI, 6, Status.DITOLAK, 1);

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
      LUBUK_ALUNG_APPLICATIONS.forEach((status, count) -> {
        for (int i = 0; i < count; i++) {
          KartuKeluarga family = families.next(LUBUK_ALUNG);
          beginAt(status);
          advance(USERS.get(0).toActor(), family, status, serviceFor(family));
        }
      });
      KATAPIANG_APPLICATIONS.forEach((status, count) -> {
        for (int i = 0; i < count; i++) {
          KartuKeluarga family = families.next(KATAPIANG);
          beginAt(status);
          advance(USERS.get(1).toActor(), family, status, serviceFor(family));
        }
      });
    } finally {
      if (clock instanceof ShiftableClock history) {
        history.release();
      }
    }
    reissueOneCard();
    dataChangeWithANewborn(USERS.get(0).toActor(), LUBUK_ALUNG, Status.DIAJUKAN);
    dataChangeWithANewborn(USERS.get(1).toActor(), KATAPIANG, Status.DIKONFIRMASI);
  }

  /**
   * A family whose card was handed over applies for a data change: the head's occupation and blood
   * group changed, and a baby was born. The operator (waiting for them) and the Kadis (waiting for
   * the signature) then see what an application changes on the active card, highlighted.
   */
  private void dataChangeWithANewborn(Actor nagari, KodeWilayah village, Status target) {
    List<KartuKeluarga> active = em.createQuery("select k from KartuKeluarga k where k.status = :aktif"
            + " and k.alamat.kodeDesa = :desa order by k.id", KartuKeluarga.class)
        .setParameter("aktif", id.dukcapilceria.kk.domain.kartukeluarga.StatusKartuKeluarga.AKTIF)
        .setParameter("desa", village).setMaxResults(1).getResultList();
    if (active.isEmpty()) {
      return;
    }
    KartuKeluarga card = active.get(0);
    AnggotaKeluarga head = card.kepalaKeluarga().orElseThrow();
    List<AnggotaKeluarga> members = new java.util.ArrayList<>();
    for (AnggotaKeluarga member : card.anggota()) {
      members.add(member != head ? member.toBuilder().build() : member.toBuilder()
          .pekerjaan(head.pekerjaan() == JenisPekerjaan.GURU ? JenisPekerjaan.PETANI_PEKEBUN : JenisPekerjaan.GURU)
          .golonganDarah(head.golonganDarah() == GolonganDarah.O ? GolonganDarah.A : GolonganDarah.O)
          .build());
    }
    LocalDate born = LocalDate.now(clock).minusMonths(2);
    members.add(SyntheticFamilies.adult(
            Nik.compose(village.kecamatan(), born, JenisKelamin.PEREMPUAN, 9000 + (int) (card.id() % 900)).value(),
            "Nur Aisyah " + head.nama().value().split(" ")[0], born, StatusHubunganDalamKeluarga.ANAK,
            Perkawinan.belumKawin())
        .tempatLahir(head.tempatLahir())
        .pendidikan(PendidikanDalamKk.TIDAK_BELUM_SEKOLAH)
        .pekerjaan(JenisPekerjaan.BELUM_TIDAK_BEKERJA)
        .orangTua(new OrangTua(head.jenisKelamin() == JenisKelamin.LAKI_LAKI ? head.nama() : null, null,
            head.jenisKelamin() == JenisKelamin.PEREMPUAN ? head.nama() : null, null))
        .build());
    Alamat address = card.alamat();
    KartuKeluarga changed = new KartuKeluarga(
        new Alamat(address.jalan(), address.rtRw(), address.kodeDesa(), address.kodePos()), members);
    long id = submit(nagari, changed).id();
    em.flush();
    if (target == Status.DIKONFIRMASI) {
      permohonan.verify(USERS.get(2).toActor(), id, permohonan.proposedNomorKk(USERS.get(2).toActor(), id).orElseThrow());
      permohonan.confirm(USERS.get(3).toActor(), id);
      em.flush();
    }
  }

  /**
   * The first Lubuk Alung family whose card was handed over applies again (it moved to another
   * street in the nagari) and receives a new card under the same number, which supersedes the
   * first: a living example of the verification page's yellow state and of the operator's
   * duplicate-NIK check. The family is made again by a fresh generator with the same seed, which
   * repeats the same families in the same order.
   */
  private void reissueOneCard() {
    int position = 0;
    for (Map.Entry<Status, Integer> step : LUBUK_ALUNG_APPLICATIONS.entrySet()) {
      if (step.getKey() == Status.SELESAI) {
        break;
      }
      position += step.getValue();
    }
    SyntheticFamilies sameSeed = new SyntheticFamilies(2019, familiesBornBy(), wilayah);
    KartuKeluarga family = sameSeed.next(LUBUK_ALUNG);
    for (int i = 0; i < position; i++) {
      family = sameSeed.next(LUBUK_ALUNG);
    }
    Alamat old = family.alamat();
    family.correct(new Alamat("JL. SINTETIS BARU NO. 7", old.rtRw(), old.kodeDesa(), old.kodePos()),
        List.copyOf(family.anggota()));
    advance(USERS.get(0).toActor(), family, Status.SELESAI, JenisLayanan.PERUBAHAN_DATA);
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
      families = new SyntheticFamilies(2019, familiesBornBy(), wilayah);
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
   * 60 days, open ones in the last week, on a weekday in office hours (WIB). Nothing outside demo
   * mode, whose clock is the system's.
   */
  private void beginAt(Status target) {
    if (!(clock instanceof ShiftableClock history)) {
      return;
    }
    boolean closed = target == Status.SELESAI || target == Status.DITOLAK;
    history.release(); // counted back from the present, not from the previous application's moment
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
    long standard = Math.max(60, permohonan.mutuBaku().of(step).toSeconds());
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
    Actor operator = USERS.get(2).toActor();
    Actor kasi = USERS.get(3).toActor();
    Actor kadis = USERS.get(4).toActor();
    long id = submit(nagari, layanan, family).id();
    em.flush();
    switch (target) {
      case DIAJUKAN -> { }
      case PERLU_DILENGKAPI -> {
        pause(SopStep.VERIFIKASI);
        permohonan.sendBackToNagari(operator, id, ProblemCategory.BERKAS_TIDAK_LENGKAP,
            "Pindaian akta kelahiran anak kedua kurang jelas, mohon diunggah ulang.");
      }
      case DITOLAK -> {
        pause(SopStep.VERIFIKASI);
        permohonan.refuse(operator, id, "Keluarga ini terdaftar di kabupaten lain (contoh demo).");
      }
      case DIKEMBALIKAN_KE_OPERATOR -> {
        pause(SopStep.VERIFIKASI);
        permohonan.verify(operator, id, permohonan.proposedNomorKk(operator, id).orElseThrow());
        pause(SopStep.KONFIRMASI);
        permohonan.returnToOperator(kasi, id, ProblemCategory.DATA_TIDAK_SESUAI,
            "Tanggal lahir kepala keluarga berbeda dengan akta (contoh demo).");
      }
      default -> {
        int steps = MAIN_PATH.indexOf(target);
        if (steps < 0) {
          throw new IllegalArgumentException("No demo path to " + target);
        }
        pause(SopStep.VERIFIKASI);
        permohonan.verify(operator, id, permohonan.proposedNomorKk(operator, id).orElseThrow());
        if (steps >= 1) {
          if (target == Status.SELESAI && pace.nextInt(3) == 0) {
            // some of the closed ones were returned once on the way, as the buku permasalahan shows
            pause(SopStep.KONFIRMASI);
            ReturnReason why = RETURN_REASONS.get(pace.nextInt(RETURN_REASONS.size()));
            permohonan.returnToOperator(kasi, id, why.category(), why.reason());
            pause(SopStep.VERIFIKASI);
            permohonan.verify(operator, id, permohonan.proposedNomorKk(operator, id).orElseThrow());
          }
          pause(SopStep.KONFIRMASI);
          permohonan.confirm(kasi, id);
        }
        if (steps >= 2) {
          pause(SopStep.SERTIFIKASI_ELEKTRONIK);
          signatureStep.sign(kadis, id, DemoPki.DEMO_PASSPHRASE.toCharArray());
        }
        if (steps >= 3) {
          pause(SopStep.REGISTER_DAN_KIRIM);
          permohonan.registerAndSend(operator, id);
        }
        if (steps >= 4) {
          pause(SopStep.CETAK_SERAH_ARSIP);
          permohonan.handOverAndArchive(nagari, id, family.namaKepalaKeluarga());
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
    return permohonan.submit(nagari, layanan, kk,
        DemoDocuments.forSubmission(layanan, kk, nagari.username(), documents, clock.instant()),
        clock.instant().minusSeconds(240), true);
  }

  /**
   * The service types the demo's applications take in turn, so that the worklists and the books
   * show more than data changes; each is used only for a family its rules accept.
   */
  private static final List<JenisLayanan> DEMO_SERVICES = List.of(JenisLayanan.PERUBAHAN_DATA,
      JenisLayanan.KK_HILANG_RUSAK, JenisLayanan.KELUARGA_BARU, JenisLayanan.PISAH_KK,
      JenisLayanan.KURANG_ANGGOTA_PINDAH_KELUAR, JenisLayanan.PENGGANTIAN_KEPALA_KELUARGA,
      JenisLayanan.KK_BARU_PINDAH_DATANG, JenisLayanan.KK_BARU_PENDUDUK_RENTAN);
  private int demoApplications;

  private JenisLayanan serviceFor(KartuKeluarga family) {
    for (int i = 0; i < DEMO_SERVICES.size(); i++) {
      JenisLayanan candidate = DEMO_SERVICES.get((demoApplications + i) % DEMO_SERVICES.size());
      if (!id.dukcapilceria.kk.domain.validasi.KartuKeluargaValidator.hasErrors(permohonan.check(candidate, family))) {
        demoApplications++;
        return candidate;
      }
    }
    demoApplications++;
    return JenisLayanan.PERUBAHAN_DATA;
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
