package id.dukcapilceria.kk.portal.permohonan;

import id.dukcapilceria.kk.domain.kartukeluarga.Alamat;
import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.domain.kartukeluarga.StatusKartuKeluarga;
import id.dukcapilceria.kk.domain.validasi.KartuKeluargaValidator;
import id.dukcapilceria.kk.domain.validasi.Violation;
import id.dukcapilceria.kk.portal.signing.KkSigningService;
import id.dukcapilceria.kk.portal.signing.SignedCard;
import id.dukcapilceria.kk.workflow.dokumen.SignedKkDocument;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import id.dukcapilceria.kk.workflow.permohonan.ProblemCategory;
import id.dukcapilceria.kk.workflow.permohonan.ProblemLogEntry;
import id.dukcapilceria.kk.workflow.permohonan.Role;
import id.dukcapilceria.kk.workflow.permohonan.Status;
import id.dukcapilceria.kk.workflow.permohonan.Transition;
import id.dukcapilceria.kk.workflow.permohonan.WorkflowException;
import id.dukcapilceria.kk.workflow.register.RegisterEntry;
import id.dukcapilceria.kk.workflow.siak.NomorKkSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The portal's entry to the workflow: loads an application, lets kk-workflow decide whether the
 * actor may perform the step, and stores the result in one transaction. Any refusal rolls the
 * whole transaction back, so nothing is half-saved. No rule is decided here.
 */
@ApplicationScoped
@Transactional
public class PermohonanService {

  static final String APPLICATION_SEQUENCE = "PERMOHONAN";
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Sequences sequences;
  @Inject KkSigningService signing;
  @Inject NomorKkSource nomorKkSource;
  @Inject KartuKeluargaValidator validator;

  /** The applications waiting for this actor's role (for a nagari operator: of their nagari). */
  public List<Permohonan> worklist(Actor actor) {
    Set<Status> statuses = EnumSet.noneOf(Status.class);
    for (Status status : Status.values()) {
      if (status.waitingFor().filter(role -> role == actor.role()).isPresent()) {
        statuses.add(status);
      }
    }
    if (statuses.isEmpty()) {
      return List.of();
    }
    return visible(actor, statuses);
  }

  /** Every application the actor may see, newest first. */
  public List<Permohonan> all(Actor actor) {
    List<Permohonan> newestFirst = new ArrayList<>(visible(actor, EnumSet.allOf(Status.class)));
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  private List<Permohonan> visible(Actor actor, Set<Status> statuses) {
    if (actor.role() == Role.OPERATOR_NAGARI) {
      return em.createQuery(
              "select p from Permohonan p where p.status in :statuses and p.kodeNagari = :nagari"
                  + " order by p.statusSince",
              Permohonan.class)
          .setParameter("statuses", statuses)
          .setParameter("nagari", actor.nagari())
          .getResultList();
    }
    return em.createQuery(
            "select p from Permohonan p where p.status in :statuses order by p.statusSince",
            Permohonan.class)
        .setParameter("statuses", statuses)
        .getResultList();
  }

  /** One application, if the actor may see it. */
  public Permohonan find(Actor actor, long id) {
    Permohonan permohonan = em.find(Permohonan.class, id);
    if (permohonan == null || !permohonan.isVisibleTo(actor)) {
      throw new WorkflowException("permohonan.notFound", id);
    }
    return permohonan;
  }

  /** Every rule the card breaks for this service, today; nothing is stored. */
  public List<Violation> check(JenisLayanan jenisLayanan, KartuKeluarga data) {
    return validator.validate(data, jenisLayanan, LocalDate.now(clock));
  }

  public Permohonan submit(Actor actor, JenisLayanan jenisLayanan, KartuKeluarga data) {
    int year = LocalDate.now(clock).getYear();
    String nomor = String.format("PMH-%d-%05d", year, sequences.next(APPLICATION_SEQUENCE, year));
    Permohonan permohonan = Permohonan.submit(nomor, actor, jenisLayanan, data, clock);
    em.persist(permohonan);
    return permohonan;
  }

  public void resubmit(Actor actor, long id, Alamat alamat, List<AnggotaKeluarga> anggota) {
    find(actor, id).resubmit(actor, alamat, anggota, clock);
  }

  /** The number to propose to the verifying operator (demo generator, or nothing in production). */
  public Optional<NomorKk> proposedNomorKk(Actor actor, long id) {
    return nomorKkSource.proposeFor(find(actor, id));
  }

  public void verify(Actor actor, long id, NomorKk nomorKk) {
    find(actor, id).verify(actor, nomorKk, clock);
  }

  public void sendBackToNagari(Actor actor, long id, ProblemCategory category, String reason) {
    find(actor, id).sendBackToNagari(actor, category, reason, clock);
  }

  public void refuse(Actor actor, long id, String reason) {
    find(actor, id).refuse(actor, reason, clock);
  }

  public void confirm(Actor actor, long id) {
    find(actor, id).confirm(actor, clock);
  }

  public void returnToOperator(Actor actor, long id, ProblemCategory category, String reason) {
    find(actor, id).returnToOperator(actor, category, reason, clock);
  }

  /**
   * SOP step 4. The role and status are checked before the card is rendered and signed, so a
   * refused attempt costs nothing; the passphrase is wiped whatever happens.
   */
  public void sign(Actor actor, long id, char[] passphrase) {
    try {
      Permohonan permohonan = find(actor, id);
      permohonan.requireAllowed(Transition.SIGN, actor);
      String token = newVerificationToken();
      String fingerprint = permohonan.kartuKeluarga().fingerprint();
      SignedCard card = signing.signCard(permohonan.kartuKeluarga(), token, passphrase);
      permohonan.sign(actor, fingerprint, card.sha256(), previousActiveCard(permohonan), clock);
      em.persist(
          new SignedKkDocument(
              permohonan.id(), token, card.sha256(), clock.instant(), card.signerName(), card.pdf()));
    } finally {
      Arrays.fill(passphrase, '\0');
    }
  }

  private Optional<KartuKeluarga> previousActiveCard(Permohonan permohonan) {
    NomorKk nomor = permohonan.kartuKeluarga().nomorKk().orElseThrow();
    return em.createQuery(
            "select k from KartuKeluarga k where k.nomorKk = :nomor and k.status = :aktif",
            KartuKeluarga.class)
        .setParameter("nomor", nomor)
        .setParameter("aktif", StatusKartuKeluarga.AKTIF)
        .getResultStream()
        .findFirst();
  }

  /** SOP step 5: the next number of the buku register, then send to the nagari. */
  public RegisterEntry registerAndSend(Actor actor, long id) {
    Permohonan permohonan = find(actor, id);
    permohonan.requireAllowed(Transition.REGISTER_AND_SEND, actor);
    SignedKkDocument document = signedDocumentOf(permohonan);
    int year = LocalDate.now(clock).getYear();
    KartuKeluarga kk = permohonan.kartuKeluarga();
    RegisterEntry entry =
        new RegisterEntry(
            year,
            sequences.next(RegisterEntry.SEQUENCE, year),
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
    return entry;
  }

  public void handOverAndArchive(Actor actor, long id) {
    find(actor, id).handOverAndArchive(actor, clock);
  }

  /** The signed PDF, for whoever may see the application once it is signed. */
  public SignedKkDocument signedDocument(Actor actor, long id) {
    return signedDocumentOf(find(actor, id));
  }

  private SignedKkDocument signedDocumentOf(Permohonan permohonan) {
    return em.createQuery(
            "select d from SignedKkDocument d where d.permohonanId = :id", SignedKkDocument.class)
        .setParameter("id", permohonan.id())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new WorkflowException("dokumen.notSigned", permohonan.nomor()));
  }

  public List<RegisterEntry> register(int year) {
    return em.createQuery(
            "select r from RegisterEntry r where r.year = :year order by r.number", RegisterEntry.class)
        .setParameter("year", year)
        .getResultList();
  }

  /** The buku permasalahan, newest first, with the application number of each entry. */
  public List<ProblemRow> problemLog() {
    return em.createQuery("select p from Permohonan p", Permohonan.class).getResultStream()
        .flatMap(p -> p.problems().stream().map(entry -> new ProblemRow(p.nomor(), entry)))
        .sorted((a, b) -> b.entry().reportedAt().compareTo(a.entry().reportedAt()))
        .toList();
  }

  /** One line of the buku permasalahan. */
  public record ProblemRow(String permohonanNomor, ProblemLogEntry entry) {}

  private static String newVerificationToken() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
