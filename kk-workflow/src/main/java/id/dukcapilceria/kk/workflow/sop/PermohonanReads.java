package id.dukcapilceria.kk.workflow.sop;

import id.dukcapilceria.kk.domain.kartukeluarga.CardChanges;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.Nik;
import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusKartuKeluarga;
import id.dukcapilceria.kk.workflow.audit.AuditEvent;
import id.dukcapilceria.kk.workflow.audit.AuditTrail;
import id.dukcapilceria.kk.workflow.dokumen.DocumentStore;
import id.dukcapilceria.kk.workflow.dokumen.RequirementDocument;
import id.dukcapilceria.kk.workflow.dokumen.SignedKkDocument;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Page;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import id.dukcapilceria.kk.workflow.permohonan.Status;
import id.dukcapilceria.kk.workflow.permohonan.Transition;
import id.dukcapilceria.kk.workflow.permohonan.WorkflowException;
import id.dukcapilceria.kk.workflow.permohonan.WorklistFilter;
import id.dukcapilceria.kk.workflow.permohonan.WorklistRow;
import id.dukcapilceria.kk.workflow.siak.NomorKkSource;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an actor sees of the applications: their worklist and every application they may see, one
 * application, and what the verifying and confirming officers check before a step (the proposed
 * KK number, members already on an active card, what the application changes on the family's
 * card). Runs in the caller's transaction on the caller's {@link EntityManager}; plain Java.
 */
public class PermohonanReads {

  private final Clock clock;
  private final NomorKkSource nomorKkSource;
  private final AuditTrail audit = new AuditTrail();
  private final WaitingCounts counts = new WaitingCounts();

  public PermohonanReads(Clock clock, NomorKkSource nomorKkSource) {
    this.clock = clock;
    this.nomorKkSource = nomorKkSource;
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
    Applications.requirePage(first, size);
    return waitingFor(actor, filter).applications(em, first, size);
  }

  /** The same page as {@link #worklist(EntityManager, Actor, WorklistFilter, int, int)} as list rows. */
  public Page<WorklistRow> worklistRows(EntityManager em, Actor actor, WorklistFilter filter, int first, int size) {
    Applications.requirePage(first, size);
    return waitingFor(actor, filter).rows(em, first, size);
  }

  /** One page of every application the actor may see, newest first. */
  public Page<Permohonan> all(EntityManager em, Actor actor, int first, int size) {
    return all(em, actor, WorklistFilter.NONE, first, size);
  }

  /** As {@link #all(EntityManager, Actor, int, int)}, narrowed by {@code filter}. */
  public Page<Permohonan> all(EntityManager em, Actor actor, WorklistFilter filter, int first, int size) {
    Applications.requirePage(first, size);
    return everyVisible(actor, filter).applications(em, first, size);
  }

  /** The same page as {@link #all(EntityManager, Actor, WorklistFilter, int, int)} as list rows. */
  public Page<WorklistRow> allRows(EntityManager em, Actor actor, WorklistFilter filter, int first, int size) {
    Applications.requirePage(first, size);
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
    return Applications.visible(em, actor, id);
  }

  /**
   * One application, if the actor may see it, to be shown to them: the read is written into the
   * audit trail in the caller's transaction (the family's personal data was disclosed to this
   * user; UU 27/2022). {@link #find} is for reading without showing.
   */
  public Permohonan read(EntityManager em, Actor actor, long id) {
    Permohonan permohonan = find(em, actor, id);
    audited(em, actor, AuditEvent.PERMOHONAN_READ, permohonan);
    return permohonan;
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
      Set<NomorKk> cards = new HashSet<>(Applications.activeCardsOf(em, Applications.niksOf(permohonan)).values());
      if (cards.size() == 1) {
        return Optional.of(cards.iterator().next());
      }
    }
    return nomorKkSource.proposeFor(permohonan);
  }

  /**
   * The duplicate-NIK check, for the verifying operator to see before deciding: each member of the
   * application who is already on an active card, with that card's number (UU 24/2013: one person,
   * one KK). Ordered as the members are. Only the role that verifies sees it: anyone who can
   * submit NIKs would otherwise learn whose card they are on.
   */
  public Map<Nik, NomorKk> membersOnActiveCards(EntityManager em, Actor actor, long id) {
    if (actor.role() != Transition.VERIFY.role()) {
      throw new WorkflowException("verify.checksForVerifierOnly");
    }
    Permohonan permohonan = find(em, actor, id);
    List<Nik> niks = Applications.niksOf(permohonan);
    Map<Nik, NomorKk> found = Applications.activeCardsOf(em, niks);
    Map<Nik, NomorKk> ordered = new LinkedHashMap<>();
    niks.stream().filter(found::containsKey).forEach(nik -> ordered.put(nik, found.get(nik)));
    return ordered;
  }

  private static final Set<Status> BEFORE_SIGNING = EnumSet.of(Status.DIAJUKAN,
      Status.DIKEMBALIKAN_KE_OPERATOR, Status.PERLU_DILENGKAPI, Status.DIVERIFIKASI, Status.DIKONFIRMASI);

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
    List<Nik> niks = Applications.niksOf(permohonan);
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
        .max(Comparator.comparingLong(card -> card.anggota().stream().filter(a -> niks.contains(a.nik())).count()))
        .map(card -> CardChanges.between(card, permohonan.kartuKeluarga()));
  }

  /**
   * The signed PDF, for whoever may see the application once it is signed, for the system's own
   * use (checking what was stored); not audited. What is handed to a person goes through {@link
   * #downloadSignedCard}, which is.
   */
  public SignedKkDocument signedDocument(EntityManager em, Actor actor, long id) {
    return Applications.signedDocumentOf(em, find(em, actor, id));
  }

  /** A signed card as it is handed out, with the name of its file ({@code KK-<nomor KK>.pdf}). */
  public record SignedCardFile(byte[] pdf, String fileName) {}

  /**
   * The signed PDF, to be handed to the actor: the download is written into the audit trail in the
   * caller's transaction (UU 27/2022), as every disclosure of a family's data is.
   */
  public SignedCardFile downloadSignedCard(EntityManager em, Actor actor, long id) {
    Permohonan permohonan = find(em, actor, id);
    SignedKkDocument document = Applications.signedDocumentOf(em, permohonan);
    audited(em, actor, AuditEvent.DOCUMENT_DOWNLOADED, permohonan);
    String nomorKk = permohonan.kartuKeluarga().nomorKk().map(NomorKk::value).orElse("KK");
    return new SignedCardFile(document.pdf(), "KK-" + nomorKk + ".pdf");
  }

  /** A scanned requirement document and its content. */
  public record Scan(RequirementDocument document, byte[] content) {}

  /**
   * One of the application's scanned requirement documents (by SHA-256), to be shown to the actor,
   * audited like a download; empty when the application has no such scan or its content is gone.
   */
  public Optional<Scan> viewScan(EntityManager em, Actor actor, long id, String sha256, DocumentStore store) {
    Permohonan permohonan = find(em, actor, id);
    Optional<Scan> scan = permohonan.documents().stream()
        .filter(d -> d.sha256().equals(sha256))
        .findFirst()
        .flatMap(d -> store.get(d.sha256()).map(content -> new Scan(d, content)));
    scan.ifPresent(found -> audited(em, actor, AuditEvent.DOCUMENT_DOWNLOADED, permohonan));
    return scan;
  }

  /** The card an officer is about to confirm or sign, and what it changes on the family's card. */
  public record Preview(KartuKeluarga kartuKeluarga, Optional<CardChanges> changes) {}

  /**
   * The application's card as it will be signed, for the Dinas officers who check it before the
   * signature ({@link id.dukcapilceria.kk.workflow.permohonan.Role#isDinas}), audited.
   */
  public Preview preview(EntityManager em, Actor actor, long id) {
    if (!actor.role().isDinas()) {
      throw new WorkflowException("permohonan.notFound", id);
    }
    Permohonan permohonan = find(em, actor, id);
    Optional<CardChanges> changes = changes(em, actor, id);
    audited(em, actor, AuditEvent.CARD_PREVIEWED, permohonan);
    return new Preview(permohonan.kartuKeluarga(), changes);
  }

  private void audited(EntityManager em, Actor actor, String event, Permohonan permohonan) {
    audit.append(em, AuditEvent.of(clock.instant(), actor.username(), actor.role(), event, permohonan.nomor(), null));
  }
}
