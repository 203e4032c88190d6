package id.dukcapilceria.kk.portal.config;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import id.dukcapilceria.kk.workflow.siak.DemoNomorKkGenerator;
import id.dukcapilceria.kk.workflow.siak.ManualEntryNomorKkSource;
import id.dukcapilceria.kk.workflow.siak.NomorKkSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings an operator may change, all from MicroProfile Config (system property, environment
 * variable or META-INF/microprofile-config.properties), and the clock of the whole application.
 */
@ApplicationScoped
public class PortalConfig {

  /** The regency or city this Disdukcapil serves (the demo's: Kabupaten Padang Pariaman, SOP 46/2019). */
  @Inject
  @ConfigProperty(name = "kk.office.regency", defaultValue = "13.05")
  String officeRegency;

  /** The office's time zone: WIB (Asia/Jakarta), WITA (Asia/Makassar) or WIT (Asia/Jayapura). */
  @Inject
  @ConfigProperty(name = "kk.office.zone", defaultValue = "Asia/Jakarta")
  String officeZone;

  private volatile id.dukcapilceria.kk.domain.pejabat.IssuingOffice office;

  @Inject
  @ConfigProperty(name = "kk.data.dir")
  String dataDir;

  /** Where scanned documents are kept, if not in the data folder: a folder every node can read. */
  @Inject
  @ConfigProperty(name = "kk.documents.dir")
  java.util.Optional<String> documentsDir;

  @Inject
  @ConfigProperty(name = "kk.base.url", defaultValue = "http://localhost:8080")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "kk.demo", defaultValue = "false")
  boolean demo;

  /** The office's hours, in which the time standards run: {@code 08:00-16:00}. */
  @Inject
  @ConfigProperty(name = "kk.calendar.hours", defaultValue = "08:00-16:00")
  String calendarHours;

  /** The office's working days of the week. */
  @Inject
  @ConfigProperty(name = "kk.calendar.days", defaultValue = "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY")
  String calendarDays;

  /**
   * National holidays and cuti bersama, ISO dates separated by commas, from the year's joint
   * decree (docs/domain.md §6.1); none unless configured.
   */
  @Inject
  @ConfigProperty(name = "kk.calendar.holidays")
  java.util.Optional<String> calendarHolidays;

  /** Extra synthetic applications for a load test (docs/performance.md); 0 normally. */
  @Inject
  @ConfigProperty(name = "kk.demo.volume", defaultValue = "0")
  int demoVolume;

  @Inject
  @ConfigProperty(name = "kk.session.idle-minutes", defaultValue = "30")
  String sessionIdleMinutes;

  @Inject
  @ConfigProperty(name = "kk.session.max-hours", defaultValue = "10")
  String sessionMaxHours;

  @Inject
  @ConfigProperty(name = "kk.second-factor.roles")
  java.util.Optional<String> secondFactorRoles;

  @Inject
  @ConfigProperty(name = "kk.signature.level", defaultValue = "B-LT")
  String signatureLevel;

  /** What an administrator changed at run time; the properties here are its defaults. */
  @Inject Settings settings;

  @Inject
  @ConfigProperty(name = "kk.kadis.nama", defaultValue = "KADIS DEMO (SPESIMEN)")
  String namaKadis;

  @Inject
  @ConfigProperty(name = "kk.kadis.nip", defaultValue = "00000000 000000 0 000")
  String nipKadis;

  /**
   * A PEM file of the certificates signed cards are verified against (Root CA Indonesia, BSrE's
   * issuing certificate); unset, the demo PKI's root (docs/signing.md).
   */
  @Inject
  @ConfigProperty(name = "kk.verification.trust-anchors")
  java.util.Optional<String> verificationTrustAnchors;

  /**
   * Titles a name may carry before or after it, and words a reviewer is warned about, beyond the
   * lists shipped with kk-domain (docs/domain.md §1.3): comma-separated.
   */
  @Inject
  @ConfigProperty(name = "kk.names.titles-before")
  java.util.Optional<String> titlesBefore;

  @Inject
  @ConfigProperty(name = "kk.names.titles-after")
  java.util.Optional<String> titlesAfter;

  @Inject
  @ConfigProperty(name = "kk.names.watched-words")
  java.util.Optional<String> watchedWords;

  /** The Kadis's NIK, by which BSrE finds their certificate (only for the bsre-v1/v2 authorities). */
  @Inject
  @ConfigProperty(name = "kk.kadis.nik")
  java.util.Optional<String> nikKadis;

  /** The one folder holding the database, the demo PKI and everything else the portal writes. */
  public Path dataDirectory() {
    try {
      return Files.createDirectories(Path.of(dataDir).toAbsolutePath());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Cannot create the data directory " + dataDir, e);
    }
  }

  /**
   * The document store's folder: {@code kk.documents.dir} ({@code KK_DOCUMENTS_DIR}) when set, a
   * folder shared by every node of a cluster (documents are named by their SHA-256 and written by
   * an atomic move, so nodes never see half a file), else {@code dokumen} in the data folder.
   */
  public Path documentsDirectory() {
    return documentsDir.filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir).toAbsolutePath())
        .orElseGet(() -> dataDirectory().resolve("dokumen"));
  }

  /**
   * Public address of the portal, used in the QR code of every signed card: as the administrator
   * set it ({@link Settings}), else kk.base.url.
   */
  public String baseUrl() {
    return settings.baseUrl();
  }

  /** kk.base.url as configured, without a trailing slash: the default of {@link Settings}. */
  public String configuredBaseUrl() {
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /**
   * The time standard of each SOP step for worklist badges and the SLA dashboard: as the
   * administrator set them ({@link Settings}), else the SOP's own (5, 2, 1, 1, 2, 2 minutes).
   */
  public id.dukcapilceria.kk.workflow.sla.MutuBaku mutuBaku() {
    return settings.mutuBaku();
  }

  /** Demo mode: demo users, demo data and the demo PKI whose documents say SPESIMEN. */
  public boolean isDemo() {
    return demo;
  }

  /**
   * The PAdES level of every signed card (B-B, B-T, B-LT or B-LTA): as the administrator set it
   * ({@link Settings}), else kk.signature.level, B-LT unless configured.
   */
  public SignatureLevel signatureLevel() {
    return settings.signatureLevel();
  }

  /** kk.session.idle-minutes and kk.session.max-hours as configured: the defaults of {@link Settings}. */
  String configuredSession(String key) {
    return (SettingRules.SESSION_IDLE_MINUTES.equals(key) ? sessionIdleMinutes : sessionMaxHours).strip();
  }

  /**
   * kk.second-factor.roles as configured, normalised: the default of {@link Settings} ({@link
   * ConfigurationCheck} refuses to start on a name that is no role).
   */
  String configuredSecondFactorRoles() {
    return SettingRules.normalise(SettingRules.SECOND_FACTOR_ROLES, secondFactorRoles.orElse(""));
  }

  /** kk.signature.level as configured: the default of {@link Settings}. */
  String configuredSignatureLevel() {
    return signatureLevel.strip().toUpperCase(java.util.Locale.ROOT);
  }

  public int demoVolume() {
    return Math.max(0, demoVolume);
  }

  public String namaKadis() {
    return namaKadis;
  }

  public String nipKadis() {
    return nipKadis;
  }

  /** The name rules: kk-domain's lists with this deployment's additions. */
  public id.dukcapilceria.kk.domain.kartukeluarga.NameRules nameRules() {
    return id.dukcapilceria.kk.domain.kartukeluarga.NameRules.standard()
        .with(listOf(titlesBefore), listOf(titlesAfter), listOf(watchedWords));
  }

  private static java.util.List<String> listOf(java.util.Optional<String> commaSeparated) {
    return commaSeparated.map(text -> java.util.Arrays.stream(text.split(",")).map(String::strip)
        .filter(item -> !item.isEmpty()).toList()).orElse(java.util.List.of());
  }

  public java.util.Optional<java.nio.file.Path> verificationTrustAnchors() {
    return verificationTrustAnchors.map(String::strip).filter(f -> !f.isEmpty()).map(java.nio.file.Path::of);
  }

  public String nikKadis() {
    return nikKadis.map(String::strip).filter(n -> !n.isEmpty()).orElse(null);
  }

  /**
   * The Disdukcapil this portal works for ({@code kk.office.regency}, {@code kk.office.zone}): its
   * head's title on the cards, the nagari its operators may belong to, the zone of every date.
   */
  public id.dukcapilceria.kk.domain.pejabat.IssuingOffice issuingOffice() {
    if (office == null) {
      try {
        office = id.dukcapilceria.kk.domain.pejabat.IssuingOffice.of(
            id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah.of(officeRegency.strip()),
            id.dukcapilceria.kk.domain.wilayah.WilayahDirectory.shared(), ZoneId.of(officeZone.strip()));
      } catch (RuntimeException wrong) {
        throw new IllegalStateException("kk.office.regency (" + officeRegency + ") and kk.office.zone (" + officeZone
            + ") must name a regency or city code and a time zone: " + wrong.getMessage(), wrong);
      }
    }
    return office;
  }

  /**
   * At start-up, so that a wrong office stops the portal with the key's name instead of failing
   * the first request that prints a date.
   */
  void checkOffice(@jakarta.enterprise.event.Observes
      @jakarta.enterprise.context.Initialized(ApplicationScoped.class) Object started) {
    var issuing = issuingOffice();
    java.util.logging.Logger.getLogger(PortalConfig.class.getName()).info(() -> "Cards are issued for "
        + issuing.regencyName() + " (" + issuing.regency() + ", " + issuing.zone() + ")");
  }

  /**
   * The office's working time ({@code kk.calendar.*}), in the office's zone; a value that cannot be
   * read stops the start ({@link ConfigurationCheck}) with the key it is in.
   */
  public id.dukcapilceria.kk.workflow.sla.WorkingCalendar workingCalendar() {
    String[] hours = calendarHours.strip().split("-");
    java.time.LocalTime opens;
    java.time.LocalTime closes;
    try {
      opens = java.time.LocalTime.parse(hours[0].strip());
      closes = java.time.LocalTime.parse(hours.length == 2 ? hours[1].strip() : "");
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalStateException("kk.calendar.hours must be like 08:00-16:00, not " + calendarHours, e);
    }
    java.util.Set<java.time.DayOfWeek> days = java.util.EnumSet.noneOf(java.time.DayOfWeek.class);
    for (String day : calendarDays.split(",")) {
      try {
        days.add(java.time.DayOfWeek.valueOf(day.strip().toUpperCase(java.util.Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("kk.calendar.days names days in English (MONDAY,...), not " + day, e);
      }
    }
    java.util.Set<java.time.LocalDate> holidays = new java.util.TreeSet<>();
    for (String date : calendarHolidays.orElse("").split(",")) {
      if (date.isBlank()) {
        continue;
      }
      try {
        holidays.add(java.time.LocalDate.parse(date.strip()));
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalStateException("kk.calendar.holidays holds ISO dates (2026-08-17), not " + date, e);
      }
    }
    try {
      return new id.dukcapilceria.kk.workflow.sla.WorkingCalendar(zone(), opens, closes, days, holidays);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("kk.calendar.*: " + e.getMessage(), e);
    }
  }

  /** The office's time zone. */
  public ZoneId zone() {
    return issuingOffice().zone();
  }

  /**
   * The system's clock in the office's zone; in demo mode one the demo setup can set back while it
   * records history.
   */
  @Produces
  @Singleton
  Clock clock() {
    return demo ? new ShiftableClock(Clock.system(zone())) : Clock.system(zone());
  }

  /** SIAK assigns KK numbers; only the demo proposes made-up ones. */
  @Produces
  @ApplicationScoped
  NomorKkSource nomorKkSource(Clock clock) {
    return demo ? new DemoNomorKkGenerator(clock) : new ManualEntryNomorKkSource();
  }
}
