package id.dukcapilceria.kk.workflow.sop;

import id.dukcapilceria.kk.domain.kartukeluarga.Alamat;
import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusKartuKeluarga;
import id.dukcapilceria.kk.domain.kontak.CitizenContact;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.validasi.KartuKeluargaValidator;
import id.dukcapilceria.kk.domain.validasi.Violation;
import id.dukcapilceria.kk.workflow.audit.AuditEvent;
import id.dukcapilceria.kk.workflow.audit.AuditTrail;
import id.dukcapilceria.kk.workflow.dokumen.RequirementDocument;
import id.dukcapilceria.kk.workflow.dokumen.SignedKkDocument;
import id.dukcapilceria.kk.workflow.notification.Notifications;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import id.dukcapilceria.kk.workflow.permohonan.ProblemCategory;
import id.dukcapilceria.kk.workflow.permohonan.StepRecord;
import id.dukcapilceria.kk.workflow.permohonan.Submission;
import id.dukcapilceria.kk.workflow.permohonan.TrackingCode;
import id.dukcapilceria.kk.workflow.permohonan.Transition;
import id.dukcapilceria.kk.workflow.register.BukuRegisterEntry;
import id.dukcapilceria.kk.workflow.register.YearlySequences;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * The SOP's steps, as one API for every caller (the portal, its REST API, another Disdukcapil
 * system): load the application, let {@link Permohonan} decide whether the actor may take the
 * step, store the result with its audit entry and the worklists' counts. Each method runs inside
 * the caller's transaction on the caller's {@link EntityManager}; a refusal throws {@link
 * id.dukcapilceria.kk.workflow.permohonan.WorkflowException} and the caller rolls back, so nothing
 * is half-saved. Plain Java: build it with {@code new}. What each role sees is {@link
 * PermohonanReads} and {@link DinasReads}.
 */
public class PermohonanSteps {

  /** The yearly sequence application numbers are drawn from. */
  public static final String APPLICATION_SEQUENCE = "PERMOHONAN";

  private final Clock clock;
  private final KartuKeluargaValidator validator;
  private final YearlySequences sequences = new YearlySequences();
  private final AuditTrail audit = new AuditTrail();
  private final WaitingCounts counts = new WaitingCounts();
  private final Notifications notifications;
  /** Draws the kode lacak: thread-safe, and strong enough that a code cannot be predicted. */
  private final RandomGenerator random = new SecureRandom();

  /** Steps that notify no one (a library user without notifications, demo data, tests). */
  public PermohonanSteps(Clock clock, KartuKeluargaValidator validator) {
    this(clock, validator, Notifications.none(clock));
  }

  /** Steps that write their notifications to the outbox, in the step's transaction. */
  public PermohonanSteps(Clock clock, KartuKeluargaValidator validator, Notifications notifications) {
    this.clock = clock;
    this.validator = validator;
    this.notifications = notifications;
  }

  /**
   * What the application's latest step changes besides the application, in the same transaction:
   * the number of applications waiting for each role, the notifications it calls for (to the
   * outbox), and the hash-chained audit trail. The audit
   * entry comes last, after the step's own rows are written: its head row's lock serialises every
   * step of every officer until the commit, so nothing else is done while it is held.
   */
  private Permohonan recorded(EntityManager em, Permohonan permohonan) {
    List<StepRecord> history = permohonan.history();
    StepRecord step = history.get(history.size() - 1);
    em.flush();
    if (step.from().isEmpty()) {
      counts.submitted(em, permohonan.kodeNagari(), step.to().waitingFor());
    } else {
      counts.moved(em, permohonan.kodeNagari(), step.from().get().waitingFor(), step.to().waitingFor());
    }
    notifications.afterStep(em, permohonan);
    audit.append(em, AuditEvent.transition(permohonan.nomor(), step));
    return permohonan;
  }

  /** Every rule the card breaks for this service, today; nothing is stored. */
  public List<Violation> check(JenisLayanan jenisLayanan, KartuKeluarga data) {
    return validator.validate(data, jenisLayanan, LocalDate.now(clock));
  }

  /**
   * SOP step 1 with the citizen's tanda terima: the application number is the next of the year, and
   * a new kode lacak is drawn for the public status page. The code is in the answer only; the
   * application keeps its hash. {@code contact} is how the citizen agreed to be told of the
   * application ({@link CitizenContact#NONE} if they did not).
   */
  public Receipt receive(
      EntityManager em, Actor actor, JenisLayanan jenisLayanan, KartuKeluarga data,
      List<RequirementDocument> documents, Instant intakeStartedAt, boolean warningsAcknowledged,
      CitizenContact contact) {
    int year = LocalDate.now(clock).getYear();
    String nomor = String.format("PMH-%d-%05d", year, sequences.next(em, APPLICATION_SEQUENCE, year));
    Permohonan permohonan = Permohonan.submit(
        new Submission(nomor, jenisLayanan, data, documents, intakeStartedAt, warningsAcknowledged, contact), actor,
        validator, clock);
    TrackingCode code = permohonan.issueTrackingCode(actor, random);
    em.persist(permohonan);
    return new Receipt(recorded(em, permohonan), code);
  }

  /**
   * SOP step 1 where no citizen is handed a tanda terima (data brought over from another system,
   * demo data): as {@link #receive}, and the kode lacak is not shown to anyone.
   */
  public Permohonan submit(
      EntityManager em, Actor actor, JenisLayanan jenisLayanan, KartuKeluarga data,
      List<RequirementDocument> documents, Instant intakeStartedAt, boolean warningsAcknowledged) {
    return receive(em, actor, jenisLayanan, data, documents, intakeStartedAt, warningsAcknowledged,
        CitizenContact.NONE).permohonan();
  }

  /**
   * A new tanda terima for a citizen who lost theirs: a new kode lacak, and the old one no longer
   * opens the status page. Only the nagari operator of the application's nagari, while it is open;
   * audited, because a code opens the application's status to whoever holds it.
   */
  public Receipt reissueReceipt(EntityManager em, Actor actor, long id) {
    Permohonan permohonan = Applications.visible(em, actor, id);
    TrackingCode code = permohonan.issueTrackingCode(actor, random);
    em.flush();
    audit.append(em, AuditEvent.of(clock.instant(), actor.username(), actor.role(), AuditEvent.TRACKING_CODE_REISSUED,
        permohonan.nomor(), null));
    return new Receipt(permohonan, code);
  }

  public void resubmit(EntityManager em, Actor actor, long id, Alamat alamat, List<AnggotaKeluarga> anggota,
      List<RequirementDocument> added, boolean warningsAcknowledged) {
    Permohonan permohonan = Applications.visible(em, actor, id);
    permohonan.resubmit(actor, alamat, anggota, added, warningsAcknowledged, validator, clock);
    recorded(em, permohonan);
  }

  public void verify(EntityManager em, Actor actor, long id, NomorKk nomorKk) {
    Permohonan permohonan = Applications.visible(em, actor, id);
    permohonan.verify(actor, nomorKk, niks -> Applications.activeCardsOf(em, niks), validator, clock);
    recorded(em, permohonan);
  }

  public void sendBackToNagari(EntityManager em, Actor actor, long id, ProblemCategory category, String reason) {
    take(em, actor, id, p -> p.sendBackToNagari(actor, category, reason, clock));
  }

  public void refuse(EntityManager em, Actor actor, long id, String reason) {
    take(em, actor, id, p -> p.refuse(actor, reason, clock));
  }

  public void confirm(EntityManager em, Actor actor, long id) {
    take(em, actor, id, p -> p.confirm(actor, clock));
  }

  public void returnToOperator(EntityManager em, Actor actor, long id, ProblemCategory category, String reason) {
    take(em, actor, id, p -> p.returnToOperator(actor, category, reason, clock));
  }

  public void handOverAndArchive(EntityManager em, Actor actor, long id, String recipient) {
    take(em, actor, id, p -> p.handOverAndArchive(actor, recipient, clock));
  }

  private void take(EntityManager em, Actor actor, long id, Consumer<Permohonan> step) {
    Permohonan permohonan = Applications.visible(em, actor, id);
    step.accept(permohonan);
    recorded(em, permohonan);
  }

  /** Throws unless the actor may take this step now; callers check before expensive work. */
  public Permohonan requireAllowed(EntityManager em, Actor actor, long id, Transition transition) {
    Permohonan permohonan = Applications.visible(em, actor, id);
    permohonan.requireAllowed(transition, actor);
    if (transition == Transition.SIGN) {
      actor.requireMaySignAt(clock.instant());
    }
    return permohonan;
  }

  /**
   * SOP step 4, after the caller has rendered and signed the card: {@code signedDataFingerprint}
   * is the fingerprint of the data that went into the PDF. Supersedes the family's previous card.
   */
  public SignedKkDocument recordSignature(
      EntityManager em, Actor actor, long id, String signedDataFingerprint, SignedPdf pdf) {
    Permohonan permohonan = Applications.visible(em, actor, id);
    NomorKk nomor = permohonan.kartuKeluarga().nomorKk().orElseThrow();
    Optional<KartuKeluarga> previous = em.createQuery(
            "select k from KartuKeluarga k where k.nomorKk = :nomor and k.status = :aktif", KartuKeluarga.class)
        .setParameter("nomor", nomor)
        .setParameter("aktif", StatusKartuKeluarga.AKTIF)
        .getResultStream()
        .findFirst();
    permohonan.sign(actor, signedDataFingerprint, pdf.sha256(), previous, clock);
    SignedKkDocument document = new SignedKkDocument(
        permohonan.id(), pdf.verificationToken(), pdf.sha256(), clock.instant(), pdf.signerName(), pdf.content());
    em.persist(document);
    recorded(em, permohonan);
    return document;
  }

  /** SOP step 5: the next number of the buku register, then send to the nagari. */
  public BukuRegisterEntry registerAndSend(EntityManager em, Actor actor, long id) {
    Permohonan permohonan = requireAllowed(em, actor, id, Transition.REGISTER_AND_SEND);
    SignedKkDocument document = Applications.signedDocumentOf(em, permohonan);
    int year = LocalDate.now(clock).getYear();
    KartuKeluarga kk = permohonan.kartuKeluarga();
    BukuRegisterEntry entry = new BukuRegisterEntry(
        year,
        sequences.next(em, BukuRegisterEntry.SEQUENCE, year),
        clock.instant(),
        permohonan.nomor(),
        kk.nomorKk().orElseThrow().value(),
        kk.namaKepalaKeluarga(),
        permohonan.kodeNagari().value(),
        permohonan.jenisLayanan(),
        document.sha256(),
        document.signer(),
        actor.username());
    em.persist(entry);
    permohonan.registerAndSend(actor, entry.label(), clock);
    recorded(em, permohonan);
    return entry;
  }

  /**
   * What the citizen takes home from SOP step 1: the application as submitted (number, service,
   * nagari, documents received, time) and its kode lacak.
   */
  public record Receipt(Permohonan permohonan, TrackingCode trackingCode) {}

  /** A signed PDF as the signing side hands it over. */
  public record SignedPdf(byte[] content, String sha256, String signerName, String verificationToken) {}
}
