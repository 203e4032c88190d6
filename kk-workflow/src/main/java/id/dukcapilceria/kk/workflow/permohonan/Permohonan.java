package id.dukcapilceria.kk.workflow.permohonan;

import id.dukcapilceria.kk.domain.kartukeluarga.NamaLengkap;
import id.dukcapilceria.kk.domain.kartukeluarga.Alamat;
import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayahConverter;
import id.dukcapilceria.kk.domain.kartukeluarga.Nik;
import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.domain.kartukeluarga.NomorKkConverter;
import id.dukcapilceria.kk.domain.kontak.AlamatSurel;
import id.dukcapilceria.kk.domain.kontak.CitizenContact;
import id.dukcapilceria.kk.domain.kontak.MessageLanguage;
import id.dukcapilceria.kk.domain.kontak.NomorPonsel;
import id.dukcapilceria.kk.domain.layanan.Persyaratan;
import id.dukcapilceria.kk.workflow.dokumen.RequirementDocument;
import id.dukcapilceria.kk.domain.validasi.KartuKeluargaValidator;
import id.dukcapilceria.kk.domain.validasi.Violation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A KK application (permohonan) and the aggregate root of the workflow: the KK data under edit,
 * its status in the SOP, and its complete history. Every change goes through a named transition
 * that checks role, status, nagari and the step's guard; there are no setters.
 */
@Entity
@Table(name = "permohonan")
public class Permohonan implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int MAX_REASON = 1000;
  /** Services whose people are on another family's active card until that card is re-issued. */
  static final Set<JenisLayanan> MOVES_PEOPLE_BETWEEN_CARDS =
      EnumSet.of(JenisLayanan.KELUARGA_BARU, JenisLayanan.PISAH_KK, JenisLayanan.TAMBAH_ANGGOTA_PINDAH_DATANG,
          JenisLayanan.KK_BARU_PERCERAIAN, JenisLayanan.KK_BARU_PINDAH_DATANG);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "permohonan_seq")
  @SequenceGenerator(name = "permohonan_seq", sequenceName = "permohonan_seq", allocationSize = 20)
  private Long id;

  @Version private long version;

  @Column(name = "nomor", length = 20, nullable = false, unique = true)
  private String nomor;

  @Enumerated(EnumType.STRING)
  @Column(name = "jenis_layanan", length = 40, nullable = false)
  private JenisLayanan jenisLayanan;

  @Convert(converter = KodeWilayahConverter.class)
  @Column(name = "kode_nagari", length = 13, nullable = false)
  private KodeWilayah kodeNagari;

  @OneToOne(cascade = CascadeType.ALL, optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "kartu_keluarga_id", nullable = false, unique = true)
  private KartuKeluarga kartuKeluarga;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 30, nullable = false)
  private Status status;

  @Column(name = "status_since", nullable = false)
  private Instant statusSince;

  /**
   * The role whose worklist shows this application ({@link Status#waitingFor}), kept with the
   * status so that a worklist page is read in order straight from an index instead of sorting
   * every waiting application; null once closed.
   */
  @Enumerated(EnumType.STRING)
  @Column(name = "waiting_role", length = 30)
  private Role waitingRole;

  @Column(name = "confirmed_sha256", length = 64)
  private String confirmedFingerprint;

  @Column(name = "signed_document_sha256", length = 64)
  private String signedDocumentSha256;

  @Column(name = "register_number", length = 20)
  private String registerNumber;

  /*
   * What a list row shows of the card and the history (WorklistRow), copied by every step
   * (move), so that a page of a list reads the application table alone. Read from the card,
   * its members and the history instead, a page took two more queries per list: a third of
   * the nagari page's server time (performance.md). The card and the history stay the record.
   */
  @Column(name = "listed_kepala_keluarga", length = 60)
  private String listedKepalaKeluarga;

  @Convert(converter = NomorKkConverter.class)
  @Column(name = "listed_nomor_kk", length = 16)
  private NomorKk listedNomorKk;

  @Column(name = "listed_reason", length = 1000)
  private String listedReason;

  /**
   * SHA-256 of the number and the kode lacak on the citizen's tanda terima ({@link TrackingCode}):
   * the code itself is printed once and not kept. Null for an application submitted without a
   * tanda terima.
   */
  @Column(name = "tracking_sha256", length = 64)
  private String trackingSha256;

  /*
   * How the citizen agreed to be told about the application (CitizenContact): kept only with the
   * consent's time, used only for the application's notifications, never listed or exported.
   */
  @Column(name = "contact_email", length = 254)
  private String contactEmail;

  @Column(name = "contact_phone", length = 20)
  private String contactPhone;

  @Column(name = "contact_language", length = 2)
  private String contactLanguage;

  @Column(name = "contact_consent_at")
  private Instant contactConsentAt;

  /** When the nagari operator began typing the data: the start of SOP step 1. */
  @Column(name = "intake_started_at")
  private Instant intakeStartedAt;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @JoinColumn(name = "permohonan_id", nullable = false)
  @OrderColumn(name = "urutan")
  private List<RequirementDocument> documents = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "permohonan_riwayat", joinColumns = @JoinColumn(name = "permohonan_id"))
  @OrderColumn(name = "urutan")
  private List<StepRecord> history = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @JoinColumn(name = "permohonan_id", nullable = false)
  @OrderColumn(name = "urutan")
  private List<BukuPermasalahanEntry> problems = new ArrayList<>();

  protected Permohonan() {
    // for JPA
  }

  private Permohonan(String nomor, JenisLayanan jenisLayanan, KartuKeluarga kartuKeluarga) {
    this.nomor = Objects.requireNonNull(nomor, "nomor");
    this.jenisLayanan = Objects.requireNonNull(jenisLayanan, "jenisLayanan");
    this.kartuKeluarga = Objects.requireNonNull(kartuKeluarga, "kartuKeluarga");
    this.kodeNagari = kartuKeluarga.alamat().kodeDesa();
  }

  /**
   * SOP step 1: the nagari operator submits the KK data typed in from the citizen's files, with
   * the scanned requirement documents. Guards: the card's village is the operator's own nagari; the
   * data has no ERROR, and its WARNINGs were acknowledged; every document the service type requires
   * for this data is attached.
   */
  public static Permohonan submit(Submission submission, Actor actor, KartuKeluargaValidator validator, Clock clock) {
    Permohonan permohonan = new Permohonan(submission.nomor(), submission.jenisLayanan(), submission.data());
    permohonan.requireAllowed(Transition.SUBMIT, actor);
    permohonan.documents.addAll(submission.documents());
    permohonan.intakeStartedAt = submission.intakeStartedAt();
    CitizenContact contact = submission.contact();
    if (!contact.isEmpty()) {
      permohonan.contactEmail = contact.surel().map(AlamatSurel::value).orElse(null);
      permohonan.contactPhone = contact.ponsel().map(NomorPonsel::value).orElse(null);
      permohonan.contactLanguage = contact.language().tag();
      permohonan.contactConsentAt = clock.instant();
    }
    String acknowledged = permohonan.requireValidData(validator, submission.warningsAcknowledged(), clock);
    permohonan.requireDocuments();
    permohonan.move(Transition.SUBMIT, actor, acknowledged, clock);
    return permohonan;
  }

  /** How the citizen agreed to be told about this application; {@link CitizenContact#NONE} if not. */
  public CitizenContact citizenContact() {
    if (contactConsentAt == null) {
      return CitizenContact.NONE;
    }
    return new CitizenContact(Optional.ofNullable(contactEmail).map(AlamatSurel::new),
        Optional.ofNullable(contactPhone).map(NomorPonsel::new), MessageLanguage.ofTag(contactLanguage), true);
  }

  /**
   * A new kode lacak for the citizen's tanda terima, replacing any earlier one: only the nagari
   * operator of the application's nagari gives it, and only while the application is open.
   */
  public TrackingCode issueTrackingCode(Actor actor, RandomGenerator random) {
    if (actor.role() != Role.OPERATOR_NAGARI) {
      throw new WorkflowException("tracking.wrongRole", label(Role.OPERATOR_NAGARI), label(actor.role()));
    }
    if (!kodeNagari.equals(actor.nagari())) {
      throw new WorkflowException("transition.otherNagari", nomor);
    }
    if (status != null && status.isClosed()) {
      throw new WorkflowException("tracking.closed", nomor, label(status));
    }
    TrackingCode code = TrackingCode.random(random);
    trackingSha256 = code.sha256For(nomor);
    return code;
  }

  /**
   * The nagari operator corrects the data after a send-back, may add documents, and submits
   * again; the same guards as the first submission apply.
   */
  public void resubmit(
      Actor actor, Alamat alamat, List<AnggotaKeluarga> anggota, List<RequirementDocument> added,
      boolean warningsAcknowledged, KartuKeluargaValidator validator, Clock clock) {
    requireAllowed(Transition.RESUBMIT, actor);
    if (!alamat.kodeDesa().equals(kodeNagari)) {
      throw new WorkflowException("submit.otherNagari", alamat.kodeDesa().value());
    }
    kartuKeluarga.correct(alamat, anggota);
    documents.addAll(added);
    String acknowledged = requireValidData(validator, warningsAcknowledged, clock);
    requireDocuments();
    resolveOpenProblems(actor, "Data dilengkapi dan diajukan ulang oleh nagari", clock);
    move(Transition.RESUBMIT, actor, acknowledged, clock);
  }

  /**
   * Whether this service moves people between cards (a new family, splitting a card, people moving
   * in), so that members may rightly be on another active card until that card is re-issued.
   */
  public boolean movesPeopleBetweenCards() {
    return MOVES_PEOPLE_BETWEEN_CARDS.contains(jenisLayanan);
  }

  /**
   * SOP step 2: the Dinas operator verifies and records the KK number assigned by SIAK. No member
   * may be on another family's active card (UU 24/2013), except in the services that move people
   * between cards, where the other card is re-issued in its own application.
   */
  public void verify(Actor actor, NomorKk nomorKk, ActiveCardLookup activeCards, KartuKeluargaValidator validator,
      Clock clock) {
    requireAllowed(Transition.VERIFY, actor);
    Objects.requireNonNull(nomorKk, "nomorKk");
    requireValidData(validator, true, clock);
    if (!MOVES_PEOPLE_BETWEEN_CARDS.contains(jenisLayanan)) {
      List<Nik> niks = kartuKeluarga.anggota().stream().map(AnggotaKeluarga::nik).toList();
      for (Map.Entry<Nik, NomorKk> onCard : activeCards.activeCardsOf(niks).entrySet()) {
        if (!onCard.getValue().equals(nomorKk)) {
          throw new WorkflowException("verify.nikOnOtherCard", onCard.getKey().value(), onCard.getValue().value());
        }
      }
    }
    kartuKeluarga.assignNomorKk(nomorKk);
    resolveOpenProblems(actor, "Dikonfirmasi dan diverifikasi ulang oleh operator", clock);
    move(Transition.VERIFY, actor, null, clock);
  }

  /** The Dinas operator sends the application back to the nagari to complete what is missing. */
  public void sendBackToNagari(
      Actor actor, ProblemCategory category, String reason, Clock clock) {
    returnWithProblem(Transition.SEND_BACK_TO_NAGARI, actor, category, reason, clock);
  }

  /** The Dinas operator refuses the application outright. */
  public void refuse(Actor actor, String reason, Clock clock) {
    requireAllowed(Transition.REFUSE, actor);
    move(Transition.REFUSE, actor, requireReason(reason), clock);
  }

  /**
   * SOP step 3, "ya": the Kasi/Kabid confirms the data. It must be someone other than the verifier
   * (separation of duties), and the confirmed data is fingerprinted for the signing guard.
   */
  public void confirm(Actor actor, Clock clock) {
    requireAllowed(Transition.CONFIRM, actor);
    lastRecordOf(Transition.VERIFY)
        .filter(verified -> verified.username().equals(actor.username()))
        .ifPresent(
            verified -> {
              throw new WorkflowException("confirm.sameAsVerifier", actor.username());
            });
    confirmedFingerprint = kartuKeluarga.fingerprint();
    move(Transition.CONFIRM, actor, null, clock);
  }

  /** SOP step 3, "tidak": back to the operator, written in the buku permasalahan. */
  public void returnToOperator(
      Actor actor, ProblemCategory category, String reason, Clock clock) {
    returnWithProblem(Transition.RETURN_TO_OPERATOR, actor, category, reason, clock);
  }

  /**
   * SOP step 4: the Kadis has signed the card. {@code signedDataFingerprint} is the fingerprint of
   * the data that was rendered into the signed PDF; it must equal the confirmed data. The family's
   * previous active card, if any, is superseded.
   */
  public void sign(
      Actor actor,
      String signedDataFingerprint,
      String documentSha256,
      Optional<KartuKeluarga> previousActiveCard,
      Clock clock) {
    requireAllowed(Transition.SIGN, actor);
    actor.requireMaySignAt(clock.instant());
    if (!kartuKeluarga.fingerprint().equals(confirmedFingerprint)
        || !confirmedFingerprint.equals(signedDataFingerprint)) {
      throw new WorkflowException("sign.dataChanged");
    }
    kartuKeluarga.activate();
    previousActiveCard.filter(previous -> previous != kartuKeluarga).ifPresent(KartuKeluarga::supersede);
    signedDocumentSha256 = Objects.requireNonNull(documentSha256, "documentSha256");
    // who signed for whom, in the step's record and so in the audit trail: "Plh. Kepala Dinas"
    move(Transition.SIGN, actor, actor.actingFor().map(a -> a.capacity().before("Kepala Dinas")).orElse(null), clock);
  }

  /** SOP step 5: recorded in the buku register under {@code number} and sent to the nagari. */
  public void registerAndSend(Actor actor, String number, Clock clock) {
    requireAllowed(Transition.REGISTER_AND_SEND, actor);
    registerNumber = Objects.requireNonNull(number, "number");
    move(Transition.REGISTER_AND_SEND, actor, null, clock);
  }

  /** SOP step 7: printed, handed over to the citizen, requirement files archived. */
  /**
   * SOP step 7: the nagari hands the printed card over and archives the files. Whom it was handed
   * to (the head of family or someone they sent) is a name, checked like any name on a KK, and
   * kept in the step's record.
   */
  public void handOverAndArchive(Actor actor, String recipient, Clock clock) {
    requireAllowed(Transition.HAND_OVER_AND_ARCHIVE, actor);
    NamaLengkap handedTo = NamaLengkap.of(recipient, "penerima");
    move(Transition.HAND_OVER_AND_ARCHIVE, actor, "Diserahkan kepada " + handedTo.value(), clock);
  }

  /**
   * Throws unless {@code actor} may perform {@code transition} now: right role, right status, and
   * for a nagari operator the application's own nagari. Callers use it to fail before expensive
   * work such as signing.
   */
  public void requireAllowed(Transition transition, Actor actor) {
    if (actor.role() != transition.role()) {
      throw new WorkflowException(
          "transition.wrongRole", label(transition), label(transition.role()), label(actor.role()));
    }
    if (transition != Transition.SUBMIT && !transition.isAllowedFrom(status)) {
      throw new WorkflowException("transition.wrongStatus", label(transition), nomor, label(status));
    }
    if (actor.role() == Role.OPERATOR_NAGARI && !kodeNagari.equals(actor.nagari())) {
      throw new WorkflowException("transition.otherNagari", nomor);
    }
  }

  /** The steps {@code actor} may take on this application now ({@link Transition#openTo}). */
  public Set<Transition> stepsOpenTo(Actor actor) {
    return Transition.openTo(actor, status, kodeNagari);
  }

  /**
   * Whether the actor may see this application at all: a nagari operator sees only their nagari,
   * the administrator none ({@link Role#readsFamilyData}).
   */
  public boolean isVisibleTo(Actor actor) {
    return actor.role().readsFamilyData()
        && (actor.role() != Role.OPERATOR_NAGARI || kodeNagari.equals(actor.nagari()));
  }

  private void returnWithProblem(
      Transition transition, Actor actor, ProblemCategory category, String reason, Clock clock) {
    requireAllowed(transition, actor);
    String why = requireReason(reason);
    problems.add(
        new BukuPermasalahanEntry(
            clock.instant(), status, Objects.requireNonNull(category, "category"), why, actor));
    move(transition, actor, why, clock);
  }

  /**
   * Refuses data with an ERROR, and data with WARNINGs the operator has not acknowledged. Returns
   * the note recorded in the history when warnings were acknowledged, or null.
   */
  private String requireValidData(KartuKeluargaValidator validator, boolean warningsAcknowledged, Clock clock) {
    List<Violation> violations = validator.validate(kartuKeluarga, jenisLayanan, LocalDate.now(clock));
    Optional<Violation> error = violations.stream().filter(Violation::isError).findFirst();
    if (error.isPresent()) {
      throw new WorkflowException("submit.invalidData", error.get().message());
    }
    if (violations.isEmpty()) {
      return null;
    }
    if (!warningsAcknowledged) {
      throw new WorkflowException("submit.warningsNotAcknowledged", violations.size());
    }
    // the warnings themselves, as the operator saw them, so whoever acts next can check them too
    String note = WorkflowException.format(
        "submit.warningsAcknowledged", java.util.Locale.forLanguageTag("id"),
        violations.stream().map(Violation::message).distinct().collect(java.util.stream.Collectors.joining(" ")));
    return note.length() > MAX_REASON ? note.substring(0, MAX_REASON - 1) + "…" : note;
  }

  /** Every document the service requires for this data must be attached. */
  private void requireDocuments() {
    for (Persyaratan requirement : jenisLayanan.persyaratan()) {
      boolean attached = documents.stream().anyMatch(d -> d.jenis() == requirement.dokumen());
      if (requirement.perluUntuk(kartuKeluarga) == Persyaratan.Perlu.YA && !attached) {
        throw new WorkflowException("submit.documentMissing", requirement.dokumen().label());
      }
    }
  }

  private static String requireReason(String reason) {
    String why = reason == null ? "" : reason.trim();
    if (why.isEmpty()) {
      throw new WorkflowException("transition.reasonRequired");
    }
    if (why.length() > MAX_REASON) {
      throw new WorkflowException("transition.reasonTooLong", MAX_REASON);
    }
    return why;
  }

  private void resolveOpenProblems(Actor actor, String resolution, Clock clock) {
    problems.stream()
        .filter(BukuPermasalahanEntry::isOpen)
        .forEach(p -> p.resolve(clock.instant(), actor, resolution));
  }

  private void move(Transition transition, Actor actor, String reason, Clock clock) {
    Instant now = clock.instant();
    history.add(
        new StepRecord(
            now, actor, transition, status, transition.to(), reason, kartuKeluarga.fingerprint()));
    status = transition.to();
    statusSince = now;
    waitingRole = status.waitingFor().orElse(null);
    listedKepalaKeluarga = kartuKeluarga.namaKepalaKeluarga();
    listedNomorKk = kartuKeluarga.nomorKk().orElse(null);
    listedReason = lastReason().orElse(null);
    if (status.isClosed()) {
      // the citizen's contact served this application only: once it is closed (handed over or
      // refused), it has no purpose left and is erased (docs/domain.md §6.2)
      contactEmail = null;
      contactPhone = null;
      contactLanguage = null;
      contactConsentAt = null;
    }
  }

  private Optional<StepRecord> lastRecordOf(Transition transition) {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).transition() == transition) {
        return Optional.of(history.get(i));
      }
    }
    return Optional.empty();
  }

  private static String label(Enum<?> value) {
    return Labels.of(value);
  }

  public Long id() {
    return id;
  }

  public String nomor() {
    return nomor;
  }

  public JenisLayanan jenisLayanan() {
    return jenisLayanan;
  }

  public KodeWilayah kodeNagari() {
    return kodeNagari;
  }

  public KartuKeluarga kartuKeluarga() {
    return kartuKeluarga;
  }

  public Status status() {
    return status;
  }

  public Instant statusSince() {
    return statusSince;
  }

  /** How long the application has waited in its current status. */
  public Duration waitingTime(Clock clock) {
    return Duration.between(statusSince, clock.instant());
  }

  /** Whether the current step has taken longer than the SOP's mutu baku. */
  public boolean isOverdue(Clock clock) {
    return isOverdue(clock, SopStep::standard);
  }

  /**
   * Whether the current step has taken longer than its standard as the Dinas configured it (a
   * function, so that this package needs nothing from {@code sla}).
   */
  public boolean isOverdue(Clock clock, java.util.function.Function<SopStep, Duration> standards) {
    return status.isOverdueAfter(waitingTime(clock), standards);
  }

  public Optional<String> confirmedFingerprint() {
    return Optional.ofNullable(confirmedFingerprint);
  }

  public Optional<String> signedDocumentSha256() {
    return Optional.ofNullable(signedDocumentSha256);
  }

  public Optional<String> registerNumber() {
    return Optional.ofNullable(registerNumber);
  }

  public List<StepRecord> history() {
    return Collections.unmodifiableList(history);
  }

  public List<RequirementDocument> documents() {
    return Collections.unmodifiableList(documents);
  }

  public Optional<Instant> intakeStartedAt() {
    return Optional.ofNullable(intakeStartedAt);
  }

  public List<BukuPermasalahanEntry> problems() {
    return Collections.unmodifiableList(problems);
  }

  /** The reason of the most recent return or refusal, for the worklist of whoever must act. */
  public Optional<String> lastReason() {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (!history.get(i).reason().isEmpty()) {
        return Optional.of(history.get(i).reason());
      }
    }
    return Optional.empty();
  }
}
