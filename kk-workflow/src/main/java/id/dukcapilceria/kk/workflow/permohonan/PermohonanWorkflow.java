package id.dukcapilceria.kk.workflow.permohonan;

import id.dukcapilceria.kk.domain.kartukeluarga.Alamat;
import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.CardChanges;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.Nik;
import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusKartuKeluarga;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.validasi.KartuKeluargaValidator;
import id.dukcapilceria.kk.domain.validasi.Violation;
import id.dukcapilceria.kk.workflow.audit.AuditEvent;
import id.dukcapilceria.kk.workflow.audit.AuditTrail;
import id.dukcapilceria.kk.workflow.dokumen.RequirementDocument;
import id.dukcapilceria.kk.workflow.dokumen.SignedKkDocument;
import id.dukcapilceria.kk.workflow.register.RegisterEntry;
import id.dukcapilceria.kk.workflow.register.YearlySequences;
import id.dukcapilceria.kk.workflow.siak.NomorKkSource;
import id.dukcapilceria.kk.workflow.sla.MutuBaku;
import id.dukcapilceria.kk.workflow.sla.SlaCalculator;
import id.dukcapilceria.kk.workflow.sla.SlaReport;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The workflow as one API for every caller (the portal, a REST API, another Disdukcapil system):
 * load the application, let {@link Permohonan} decide whether the actor may take the step, store
 * the result. Each method runs inside the caller's transaction on the caller's {@link
 * EntityManager}; a refusal throws {@link WorkflowException} and the caller rolls back, so nothing
 * is half-saved. Plain Java: build it with {@code new}.
 */
public class PermohonanWorkflow {

  public static final String APPLICATION_SEQUENCE = "PERMOHONAN";

  private final Clock clock;
  private final NomorKkSource nomorKkSource;
  private final KartuKeluargaValidator validator;
  private final YearlySequences sequences = new YearlySequences();
  private final AuditTrail audit = new AuditTrail();
  private final WaitingCounts counts = new WaitingCounts();

  public PermohonanWorkflow(Clock clock, NomorKkSource nomorKkSource, KartuKeluargaValidator validator) {
    this.clock = clock;
    this.nomorKkSource = nomorKkSource;
    this.validator = validator;
  }

  public Clock clock() {
    return clock;
  }

  /**
   * What the application's latest step changes besides the application, in the same transaction:
   * the hash-chained audit trail and the number of applications waiting for each role.
   */
  private Permohonan recorded(EntityManager em, Permohonan permohonan) {
    List<StepRecord> history = permohonan.history();
    StepRecord step = history.get(history.size() - 1);
    audit.append(em, AuditEvent.transition(permohonan.nomor(), step));
    if (step.from().isEmpty()) {
      counts.submitted(em, permohonan.kodeNagari(), step.to().waitingFor());
    } else {
      counts.moved(em, permohonan.kodeNagari(), step.from().get().waitingFor(), step.to().waitingFor());
    }
    return permohonan;
  }

  /**
   * One page of the applications waiting for this actor's role (for a nagari operator: of their
   * nagari): the rows from {@code first} (0-based), at most {@code size}, oldest waiting first,
   * and how many wait in all. Rows of a page are for reading: a change made to one is not stored
   * (steps take the application's id).
   */
  public Page<Permohonan> worklist(EntityManager em, Actor actor, int first, int size) {
    return worklist(em, actor, WorklistFilter.NONE, first, size);
  }

  /** As {@link #worklist(EntityManager, Actor, int, int)}, narrowed by {@code filter}. */
  public Page<Permohonan> worklist(EntityManager em, Actor actor, WorklistFilter filter, int first, int size) {
    requirePage(first, size);
    return waitingFor(actor, filter).applications(em, first, size);
  }

  /** The same page as {@link #worklist(EntityManager, Actor, WorklistFilter, int, int)} as list rows. */
  public Page<WorklistRow> worklistRows(EntityManager em, Actor actor, WorklistFilter filter, int first, int size) {
    requirePage(first, size);
    return waitingFor(actor, filter).rows(em, first, size);
  }

  /** One page of every application the actor may see, newest first. */
  public Page<Permohonan> all(EntityManager em, Actor actor, int first, int size) {
    return all(em, actor, WorklistFilter.NONE, first, size);
  }

  /** As {@link #all(EntityManager, Actor, int, int)}, narrowed by {@code filter}. */
  public Page<Permohonan> all(EntityManager em, Actor actor, WorklistFilter filter, int first, int size) {
    requirePage(first, size);
    return everyVisible(actor, filter).applications(em, first, size);
  }

  /** The same page as {@link #all(EntityManager, Actor, WorklistFilter, int, int)} as list rows. */
  public Page<WorklistRow> allRows(EntityManager em, Actor actor, WorklistFilter filter, int first, int size) {
    requirePage(first, size);
    return everyVisible(actor, filter).rows(em, first, size);
  }

  /** What waits for the actor's role (a nagari operator: in their nagari), oldest waiting first. */
  private VisibleApplications waitingFor(Actor actor, WorklistFilter filter) {
    return new VisibleApplications(actor, actor.role(), filter, "p.statusSince, p.id", counts);
  }

  private VisibleApplications everyVisible(Actor actor, WorklistFilter filter) {
    return new VisibleApplications(actor, null, filter, "p.statusSince desc, p.id desc", counts);
  }

  /** One application, if the actor may see it. */
  public Permohonan find(EntityManager em, Actor actor, long id) {
    Permohonan permohonan = em.find(Permohonan.class, id);
    if (permohonan == null || !permohonan.isVisibleTo(actor)) {
      throw new WorkflowException("permohonan.notFound", id);
    }
    return permohonan;
  }

  /**
   * One application, if the actor may see it, to be shown to them: the read is written into the
   * audit trail in the caller's transaction (the family's personal data was disclosed to this
   * user; UU 27/2022). {@link #find} is for reading without showing.
   */
  public Permohonan read(EntityManager em, Actor actor, long id) {
    Permohonan permohonan = find(em, actor, id);
    audit.append(em, AuditEvent.of(clock.instant(), actor.username(), actor.role(), AuditEvent.PERMOHONAN_READ,
        permohonan.nomor(), null));
    return permohonan;
  }

  /** Every rule the card breaks for this service, today; nothing is stored. */
  public List<Violation> check(JenisLayanan jenisLayanan, KartuKeluarga data) {
    return validator.validate(data, jenisLayanan, LocalDate.now(clock));
  }

  /** SOP step 1; the application number is the next of the year. */
  public Permohonan submit(
      EntityManager em, Actor actor, JenisLayanan jenisLayanan, KartuKeluarga data,
      List<RequirementDocument> documents, Instant intakeStartedAt, boolean warningsAcknowledged) {
    int year = LocalDate.now(clock).getYear();
    String nomor = String.format("PMH-%d-%05d", year, sequences.next(em, APPLICATION_SEQUENCE, year));
    Permohonan permohonan = Permohonan.submit(
        new Submission(nomor, jenisLayanan, data, documents, intakeStartedAt, warningsAcknowledged), actor, validator,
        clock);
    em.persist(permohonan);
    return recorded(em, permohonan);
  }

  public void resubmit(EntityManager em, Actor actor, long id, Alamat alamat, List<AnggotaKeluarga> anggota,
      List<RequirementDocument> added, boolean warningsAcknowledged) {
    Permohonan permohonan = find(em, actor, id);
    permohonan.resubmit(actor, alamat, anggota, added, warningsAcknowledged, validator, clock);
    recorded(em, permohonan);
  }

  /**
   * The number to propose to the verifying operator, while the application waits for verification;
   * nothing for anyone else (the proposal names another family's card when it is a re-issue).
   * When the members are all on one active card and the service keeps the family together, that
   * card is being re-issued and keeps its number ("Nomor KK Tetap", docs/domain.md §6): any other
   * number would be refused by the one-person-one-KK guard. Otherwise the {@link NomorKkSource}
   * (demo generator, or nothing in production).
   */
  public Optional<NomorKk> proposedNomorKk(EntityManager em, Actor actor, long id) {
    Permohonan permohonan = find(em, actor, id);
    if (actor.role() != Transition.VERIFY.role() || !Transition.VERIFY.isAllowedFrom(permohonan.status())) {
      return Optional.empty();
    }
    if (!permohonan.movesPeopleBetweenCards()) {
      Set<NomorKk> cards = new HashSet<>(activeCardsOf(em, niksOf(permohonan)).values());
      if (cards.size() == 1) {
        return Optional.of(cards.iterator().next());
      }
    }
    return nomorKkSource.proposeFor(permohonan);
  }

  /**
   * The duplicate-NIK check, for the verifying operator to see before deciding: each member of the
   * application who is already on an active card, with that card's number (UU 24/2013: one person,
   * one KK). Ordered as the members are.
   */
  public Map<Nik, NomorKk> membersOnActiveCards(EntityManager em, Actor actor, long id) {
    Permohonan permohonan = findForVerifier(em, actor, id);
    List<Nik> niks = niksOf(permohonan);
    Map<Nik, NomorKk> found = activeCardsOf(em, niks);
    Map<Nik, NomorKk> ordered = new LinkedHashMap<>();
    niks.stream().filter(found::containsKey).forEach(nik -> ordered.put(nik, found.get(nik)));
    return ordered;
  }

  /**
   * The duplicate-NIK check names other families' KK numbers: only the role that verifies sees it
   * (anyone who can submit NIKs would otherwise learn whose card they are on).
   */
  private Permohonan findForVerifier(EntityManager em, Actor actor, long id) {
    if (actor.role() != Transition.VERIFY.role()) {
      throw new WorkflowException("verify.checksForVerifierOnly");
    }
    return find(em, actor, id);
  }

  private static List<Nik> niksOf(Permohonan permohonan) {
    return permohonan.kartuKeluarga().anggota().stream().map(AnggotaKeluarga::nik).toList();
  }

  /**
   * What the application changes on the family's active card, for the officers who check it before
   * it is signed: empty for a service that makes a new family's card, once the card is signed (the
   * old one is then superseded), or when none of its members is on an active card. The family's
   * card is the active one that holds most of the application's members.
   */
  public Optional<CardChanges> changes(EntityManager em, Actor actor, long id) {
    Permohonan permohonan = find(em, actor, id);
    if (!permohonan.jenisLayanan().changesExistingCard() || !BEFORE_SIGNING.contains(permohonan.status())) {
      return Optional.empty();
    }
    List<Nik> niks = niksOf(permohonan);
    if (niks.isEmpty()) {
      return Optional.empty();
    }
    List<KartuKeluarga> cards = em.createQuery(
            "select distinct k from KartuKeluarga k join k.anggota a where k.status = :aktif and a.nik in :niks"
                + " and k.id <> :own", KartuKeluarga.class)
        .setParameter("aktif", StatusKartuKeluarga.AKTIF)
        .setParameter("niks", niks)
        .setParameter("own", permohonan.kartuKeluarga().id())
        .getResultList();
    return cards.stream()
        .max(java.util.Comparator.comparingLong(card -> card.anggota().stream().filter(a -> niks.contains(a.nik())).count()))
        .map(card -> CardChanges.between(card, permohonan.kartuKeluarga()));
  }

  private static final Set<Status> BEFORE_SIGNING = java.util.EnumSet.of(Status.DIAJUKAN,
      Status.DIKEMBALIKAN_KE_OPERATOR, Status.PERLU_DILENGKAPI, Status.DIVERIFIKASI, Status.DIKONFIRMASI);

  public void verify(EntityManager em, Actor actor, long id, NomorKk nomorKk) {
    Permohonan permohonan = find(em, actor, id);
    permohonan.verify(actor, nomorKk, niks -> activeCardsOf(em, niks), validator, clock);
    recorded(em, permohonan);
  }

  /** The active cards the given people are on (one person, one KK). */
  static Map<Nik, NomorKk> activeCardsOf(EntityManager em, Collection<Nik> niks) {
    Map<Nik, NomorKk> found = new HashMap<>();
    if (niks.isEmpty()) {
      return found;
    }
    List<Object[]> rows = em.createQuery(
            "select a.nik, k.nomorKk from KartuKeluarga k join k.anggota a"
                + " where k.status = :aktif and a.nik in :niks", Object[].class)
        .setParameter("aktif", StatusKartuKeluarga.AKTIF)
        .setParameter("niks", niks)
        .getResultList();
    for (Object[] row : rows) {
      found.put((Nik) row[0], (NomorKk) row[1]);
    }
    return found;
  }

  public void sendBackToNagari(EntityManager em, Actor actor, long id, ProblemCategory category, String reason) {
    recorded(em, transition(find(em, actor, id), p -> p.sendBackToNagari(actor, category, reason, clock)));
  }

  public void refuse(EntityManager em, Actor actor, long id, String reason) {
    recorded(em, transition(find(em, actor, id), p -> p.refuse(actor, reason, clock)));
  }

  public void confirm(EntityManager em, Actor actor, long id) {
    recorded(em, transition(find(em, actor, id), p -> p.confirm(actor, clock)));
  }

  public void returnToOperator(EntityManager em, Actor actor, long id, ProblemCategory category, String reason) {
    recorded(em, transition(find(em, actor, id), p -> p.returnToOperator(actor, category, reason, clock)));
  }

  private static Permohonan transition(Permohonan permohonan, java.util.function.Consumer<Permohonan> step) {
    step.accept(permohonan);
    return permohonan;
  }

  /** Throws unless the actor may take this step now; callers check before expensive work. */
  public Permohonan requireAllowed(EntityManager em, Actor actor, long id, Transition transition) {
    Permohonan permohonan = find(em, actor, id);
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
    Permohonan permohonan = find(em, actor, id);
    NomorKk nomor = permohonan.kartuKeluarga().nomorKk().orElseThrow();
    Optional<KartuKeluarga> previous = em.createQuery(
            "select k from KartuKeluarga k where k.nomorKk = :nomor and k.status = :aktif", KartuKeluarga.class)
        .setParameter("nomor", nomor)
        .setParameter("aktif", StatusKartuKeluarga.AKTIF)
        .getResultStream()
        .findFirst();
    permohonan.sign(actor, signedDataFingerprint, pdf.sha256(), previous, clock);
    recorded(em, permohonan);
    SignedKkDocument document = new SignedKkDocument(
        permohonan.id(), pdf.verificationToken(), pdf.sha256(), clock.instant(), pdf.signerName(), pdf.content());
    em.persist(document);
    return document;
  }

  /** SOP step 5: the next number of the buku register, then send to the nagari. */
  public RegisterEntry registerAndSend(EntityManager em, Actor actor, long id) {
    Permohonan permohonan = requireAllowed(em, actor, id, Transition.REGISTER_AND_SEND);
    SignedKkDocument document = signedDocumentOf(em, permohonan);
    int year = LocalDate.now(clock).getYear();
    KartuKeluarga kk = permohonan.kartuKeluarga();
    RegisterEntry entry = new RegisterEntry(
        year,
        sequences.next(em, RegisterEntry.SEQUENCE, year),
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

  public void handOverAndArchive(EntityManager em, Actor actor, long id, String recipient) {
    recorded(em, transition(find(em, actor, id), p -> p.handOverAndArchive(actor, recipient, clock)));
  }

  /** The signed PDF, for whoever may see the application once it is signed. */
  public SignedKkDocument signedDocument(EntityManager em, Actor actor, long id) {
    return signedDocumentOf(em, find(em, actor, id));
  }

  private static SignedKkDocument signedDocumentOf(EntityManager em, Permohonan permohonan) {
    return em.createQuery("select d from SignedKkDocument d where d.permohonanId = :id", SignedKkDocument.class)
        .setParameter("id", permohonan.id())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new WorkflowException("dokumen.notSigned", permohonan.nomor()));
  }

  public List<RegisterEntry> register(EntityManager em, Actor actor, int year) {
    requireDinas(actor, "register.notAllowed");
    return em.createQuery("select r from RegisterEntry r where r.year = :year order by r.number", RegisterEntry.class)
        .setParameter("year", year)
        .getResultList();
  }

  /** One page of the year's buku register, in register order. */
  public Page<RegisterEntry> register(EntityManager em, Actor actor, int year, int first, int size) {
    requireDinas(actor, "register.notAllowed");
    requirePage(first, size);
    long total = em.createQuery("select count(r) from RegisterEntry r where r.year = :year", Long.class)
        .setParameter("year", year).getSingleResult();
    List<RegisterEntry> rows = em.createQuery(
            "select r from RegisterEntry r where r.year = :year order by r.number", RegisterEntry.class)
        .setParameter("year", year).setFirstResult(first).setMaxResults(size).getResultList();
    return new Page<>(rows, total);
  }

  /**
   * How many applications wait in each SOP step now (for operations: metrics), from one grouped
   * count; every step is present.
   */
  public Map<SopStep, Long> waitingPerStep(EntityManager em) {
    Map<SopStep, Long> waiting = new java.util.EnumMap<>(SopStep.class);
    for (SopStep step : SopStep.values()) {
      waiting.put(step, 0L);
    }
    for (Object[] row : em.createQuery("select p.status, count(p) from Permohonan p group by p.status", Object[].class)
        .getResultList()) {
      ((Status) row[0]).nextStep().ifPresent(step -> waiting.merge(step, (Long) row[1], Long::sum));
    }
    return waiting;
  }

  /**
   * The Dinas officers: they keep and read the buku register and the buku permasalahan, and answer
   * for the SOP's time standards (the SLA dashboard). Nagari operators and the administrator do not.
   */
  private static final Set<Role> DINAS_ROLES = EnumSet.of(Role.OPERATOR_LAYANAN, Role.KASI_KABID, Role.KADIS);

  private static void requireDinas(Actor actor, String refusal) {
    if (!DINAS_ROLES.contains(actor.role())) {
      throw new WorkflowException(refusal);
    }
  }

  /**
   * The SLA dashboard's figures for [from, to) against {@code mutuBaku}. Reads every application
   * that can contribute: those that moved since {@code from} (any step completed in the period
   * moved it), those waiting now, and those with an open buku permasalahan entry.
   */
  public SlaReport slaReport(EntityManager em, Actor actor, Instant from, Instant to, MutuBaku mutuBaku, ZoneId zone) {
    requireDinas(actor, "sla.notAllowed");
    List<Permohonan> relevant = em.createQuery(
            "select p from Permohonan p where p.statusSince >= :from or p.waitingRole is not null"
                + " or p.id in (select q.id from Permohonan q join q.problems e where e.resolvedAt is null)",
            Permohonan.class)
        .setParameter("from", from)
        .getResultList();
    return SlaReport.of(relevant, from, to, new SlaCalculator(mutuBaku, clock), zone);
  }

  /**
   * One page of the buku permasalahan, newest first: only the open entries ({@code open} true),
   * only the resolved ones (false), or all (null).
   */
  public Page<ProblemRow> problemLog(EntityManager em, Actor actor, Boolean open, int first, int size) {
    requireDinas(actor, "register.notAllowed");
    requirePage(first, size);
    // the entries alone first (counted and paged along their own index), then the application
    // numbers of just this page: joining every entry to its application for each page made the
    // buku permasalahan the costliest list of the worklist pages (JFR, load harness)
    String where = open == null ? "" : open ? " where e.resolvedAt is null" : " where e.resolvedAt is not null";
    long total = em.createQuery("select count(e) from ProblemLogEntry e" + where, Long.class).getSingleResult();
    List<ProblemLogEntry> entries = em.createQuery(
            "select e from ProblemLogEntry e" + where + " order by e.reportedAt desc, e.id desc", ProblemLogEntry.class)
        .setFirstResult(first).setMaxResults(size).getResultList();
    if (entries.isEmpty()) {
      return new Page<>(List.of(), total);
    }
    Map<Long, String> nomorOf = new HashMap<>();
    for (Object[] row : em.createQuery(
            "select e.id, p.nomor from Permohonan p join p.problems e where e in :entries", Object[].class)
        .setParameter("entries", entries).getResultList()) {
      nomorOf.put((Long) row[0], (String) row[1]);
    }
    return new Page<>(entries.stream().map(e -> new ProblemRow(nomorOf.get(e.id()), e)).toList(), total);
  }

  private static void requirePage(int first, int size) {
    if (first < 0 || size < 1) {
      throw new IllegalArgumentException("A page starts at 0 or later and has at least one row");
    }
  }

  /** The buku permasalahan, newest first, with the application number of each entry. */
  public List<ProblemRow> problemLog(EntityManager em, Actor actor) {
    requireDinas(actor, "register.notAllowed");
    return em.createQuery("select p from Permohonan p where p.problems is not empty", Permohonan.class)
        .getResultStream()
        .flatMap(p -> p.problems().stream().map(entry -> new ProblemRow(p.nomor(), entry)))
        .sorted((a, b) -> b.entry().reportedAt().compareTo(a.entry().reportedAt()))
        .toList();
  }

  /** One line of the buku permasalahan. */
  public record ProblemRow(String permohonanNomor, ProblemLogEntry entry) {}

  /** A signed PDF as the signing side hands it over. */
  public record SignedPdf(byte[] content, String sha256, String signerName, String verificationToken) {}
}
