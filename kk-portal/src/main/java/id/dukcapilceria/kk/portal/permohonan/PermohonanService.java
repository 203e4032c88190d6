package id.dukcapilceria.kk.portal.permohonan;

import id.dukcapilceria.kk.domain.kartukeluarga.Alamat;
import id.dukcapilceria.kk.domain.kartukeluarga.AnggotaKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.kartukeluarga.Nik;
import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.pejabat.SigningOfficial;
import id.dukcapilceria.kk.domain.validasi.Violation;
import id.dukcapilceria.kk.portal.config.PortalConfig;
import id.dukcapilceria.kk.portal.signing.KkSigningService;
import id.dukcapilceria.kk.workflow.dokumen.DocumentStore;
import id.dukcapilceria.kk.workflow.dokumen.RequirementDocument;
import id.dukcapilceria.kk.workflow.dokumen.SignedKkDocument;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Page;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import id.dukcapilceria.kk.workflow.permohonan.ProblemCategory;
import id.dukcapilceria.kk.workflow.permohonan.Transition;
import id.dukcapilceria.kk.workflow.permohonan.WorklistFilter;
import id.dukcapilceria.kk.workflow.permohonan.WorklistRow;
import id.dukcapilceria.kk.workflow.register.RegisterEntry;
import id.dukcapilceria.kk.workflow.sla.MutuBaku;
import id.dukcapilceria.kk.workflow.sla.SlaReport;
import id.dukcapilceria.kk.workflow.sop.DinasReads;
import id.dukcapilceria.kk.workflow.sop.DinasReads.ProblemRow;
import id.dukcapilceria.kk.workflow.sop.PermohonanReads;
import id.dukcapilceria.kk.workflow.sop.PermohonanSteps;
import id.dukcapilceria.kk.workflow.sop.PermohonanSteps.SignedPdf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The portal's transaction boundary around kk-workflow's {@link PermohonanSteps}, {@link PermohonanReads} and {@link DinasReads}: one JTA
 * transaction per call, rolled back on any refusal, so nothing is half-saved. The signing step is
 * split in two ({@link #prepareSignature}, {@link #recordSignature}) around the signature itself,
 * which {@code SignatureStep} and {@code BatchSigning} have made outside any transaction.
 */
@ApplicationScoped
@Transactional
public class PermohonanService {

  @PersistenceContext EntityManager em;
  @Inject PermohonanSteps steps;
  @Inject PermohonanReads reads;
  @Inject DinasReads dinas;
  @Inject KkSigningService signing;
  @Inject id.dukcapilceria.kk.portal.security.ActingOfficials actingOfficials;
  @Inject PortalConfig config;
  @Inject DocumentStore documentStore;


  /** One page of the worklist, oldest waiting first. */
  public Page<Permohonan> worklist(Actor actor, int first, int size) {
    return reads.worklist(em, actor, WorklistFilter.NONE, first, size);
  }

  /** One page of the worklist narrowed by {@code filter}, as list rows (what a list shows). */
  public Page<WorklistRow> worklistRows(Actor actor, WorklistFilter filter, int first, int size) {
    return reads.worklistRows(em, actor, filter, first, size);
  }

  /** One page of every application the actor may see, newest first. */
  public Page<Permohonan> all(Actor actor, int first, int size) {
    return reads.all(em, actor, WorklistFilter.NONE, first, size);
  }

  /** One page of every application the actor may see, narrowed by {@code filter}, as list rows. */
  public Page<WorklistRow> allRows(Actor actor, WorklistFilter filter, int first, int size) {
    return reads.allRows(em, actor, filter, first, size);
  }

  public Permohonan find(Actor actor, long id) {
    return reads.find(em, actor, id);
  }

  /** An application to be shown to the actor: the read is audited (kk-workflow). */
  public Permohonan read(Actor actor, long id) {
    return reads.read(em, actor, id);
  }

  public List<Violation> check(JenisLayanan jenisLayanan, KartuKeluarga data) {
    return steps.check(jenisLayanan, data);
  }

  public Permohonan submit(Actor actor, JenisLayanan jenisLayanan, KartuKeluarga data,
      List<RequirementDocument> documents, Instant intakeStartedAt, boolean warningsAcknowledged) {
    return steps.submit(em, actor, jenisLayanan, data, documents, intakeStartedAt, warningsAcknowledged);
  }

  public void resubmit(Actor actor, long id, Alamat alamat, List<AnggotaKeluarga> anggota,
      List<RequirementDocument> added, boolean warningsAcknowledged) {
    steps.resubmit(em, actor, id, alamat, anggota, added, warningsAcknowledged);
  }

  /**
   * As {@link #submit(Actor, JenisLayanan, KartuKeluarga, List, Instant, boolean)}, with the scans'
   * content (by SHA-256), which is stored only once the workflow has accepted the application, still
   * inside its transaction: a refused submission leaves no file behind. (Should the commit itself
   * fail, the stored files are unreferenced copies, addressed by their content.)
   */
  public Permohonan submit(Actor actor, JenisLayanan jenisLayanan, KartuKeluarga data,
      List<RequirementDocument> documents, Instant intakeStartedAt, boolean warningsAcknowledged,
      Map<String, byte[]> contents) {
    Permohonan submitted = submit(actor, jenisLayanan, data, documents, intakeStartedAt, warningsAcknowledged);
    contents.values().forEach(documentStore::put);
    return submitted;
  }

  /** As {@link #resubmit(Actor, long, Alamat, List, List, boolean)}, storing the added scans once accepted. */
  public void resubmit(Actor actor, long id, Alamat alamat, List<AnggotaKeluarga> anggota,
      List<RequirementDocument> added, boolean warningsAcknowledged, Map<String, byte[]> contents) {
    resubmit(actor, id, alamat, anggota, added, warningsAcknowledged);
    contents.values().forEach(documentStore::put);
  }

  public Optional<NomorKk> proposedNomorKk(Actor actor, long id) {
    return reads.proposedNomorKk(em, actor, id);
  }

  /** What the application changes on the family's active card, before it is signed. */
  public java.util.Optional<id.dukcapilceria.kk.domain.kartukeluarga.CardChanges> changes(Actor actor, long id) {
    return reads.changes(em, actor, id);
  }

  public Map<Nik, NomorKk> membersOnActiveCards(Actor actor, long id) {
    return reads.membersOnActiveCards(em, actor, id);
  }

  public void verify(Actor actor, long id, NomorKk nomorKk) {
    steps.verify(em, actor, id, nomorKk);
  }

  public void sendBackToNagari(Actor actor, long id, ProblemCategory category, String reason) {
    steps.sendBackToNagari(em, actor, id, category, reason);
  }

  public void refuse(Actor actor, long id, String reason) {
    steps.refuse(em, actor, id, reason);
  }

  public void confirm(Actor actor, long id) {
    steps.confirm(em, actor, id);
  }

  public void returnToOperator(Actor actor, long id, ProblemCategory category, String reason) {
    steps.returnToOperator(em, actor, id, category, reason);
  }

  /** A card rendered for signing, with what is needed to record its signature. */
  public record CardToSign(long id, String nomor, String fingerprint, String token, byte[] unsigned,
      SigningOfficial official) {}

  /**
   * SOP step 4, first part: checks that the Kadis may sign this application now and renders its
   * card. Nothing is stored; {@link #recordSignature} does that once the card is signed, in a
   * transaction of its own ({@code SignatureStep}: no transaction is open while the key or the
   * signing authority works).
   */
  public CardToSign prepareSignature(Actor actor, long id) {
    Permohonan permohonan = steps.requireAllowed(em, actor, id, Transition.SIGN);
    String token = SignedKkDocument.newVerificationToken();
    SigningOfficial official = actingOfficials.officialFor(actor);
    return new CardToSign(id, permohonan.nomor(), permohonan.kartuKeluarga().fingerprint(), token,
        signing.renderCard(permohonan.kartuKeluarga(), token, official), official);
  }

  /**
   * SOP step 4, last part: records one signed card in its own transaction: the workflow checks again that the
   * application is still waiting for this signature (someone may have acted meanwhile) and that
   * the data signed are the data stored.
   */
  public void recordSignature(Actor actor, CardToSign card, SignedPdf signed) {
    steps.recordSignature(em, actor, card.id(), card.fingerprint(), signed);
  }

  public RegisterEntry registerAndSend(Actor actor, long id) {
    return steps.registerAndSend(em, actor, id);
  }

  public void handOverAndArchive(Actor actor, long id, String recipient) {
    steps.handOverAndArchive(em, actor, id, recipient);
  }

  /** The time standards in force (worklist badges and the SLA dashboard). */
  public MutuBaku mutuBaku() {
    return config.mutuBaku();
  }

  /** The SLA dashboard's figures for [from, to), against the configured time standards. */
  public SlaReport slaReport(Actor actor, Instant from, Instant to) {
    return dinas.slaReport(em, actor, from, to, config.mutuBaku(), config.zone());
  }

  public SignedKkDocument signedDocument(Actor actor, long id) {
    return reads.signedDocument(em, actor, id);
  }

  /** The signed card handed to the actor, the download audited (kk-workflow). */
  public PermohonanReads.SignedCardFile downloadSignedCard(Actor actor, long id) {
    return reads.downloadSignedCard(em, actor, id);
  }

  /** A scanned requirement document shown to the actor, audited (kk-workflow). */
  public Optional<PermohonanReads.Scan> viewScan(Actor actor, long id, String sha256) {
    return reads.viewScan(em, actor, id, sha256, documentStore);
  }

  /** The card as it will be signed, for the Dinas officers, audited (kk-workflow). */
  public PermohonanReads.Preview preview(Actor actor, long id) {
    return reads.preview(em, actor, id);
  }

  public List<RegisterEntry> register(Actor actor, int year) {
    return dinas.register(em, actor, year);
  }

  public Page<RegisterEntry> register(Actor actor, int year, int first, int size) {
    return dinas.register(em, actor, year, first, size);
  }

  /** The buku permasalahan's open entries (true), resolved ones (false) or all (null), a page at a time. */
  public Page<ProblemRow> problemLog(Actor actor, Boolean open, int first, int size) {
    return dinas.problemLog(em, actor, open, first, size);
  }

  public List<ProblemRow> problemLog(Actor actor) {
    return dinas.problemLog(em, actor);
  }
}
