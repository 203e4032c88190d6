package id.dukcapilceria.kk.portal.web.nagari;

import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.validasi.KartuKeluargaValidator;
import id.dukcapilceria.kk.domain.validasi.Violation;
import id.dukcapilceria.kk.domain.layanan.JenisDokumen;
import id.dukcapilceria.kk.portal.dokumen.UploadCheck;
import id.dukcapilceria.kk.portal.draft.IntakeDrafts;
import id.dukcapilceria.kk.portal.web.FormErrors;
import id.dukcapilceria.kk.workflow.dokumen.DocumentStore;
import id.dukcapilceria.kk.workflow.dokumen.RequirementDocument;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import id.dukcapilceria.kk.portal.web.ViolationText;
import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.portal.web.KkForm;
import id.dukcapilceria.kk.portal.web.PagedRows;
import id.dukcapilceria.kk.portal.web.PermohonanView;
import id.dukcapilceria.kk.portal.web.Texts;
import id.dukcapilceria.kk.portal.web.UserFeedback;
import id.dukcapilceria.kk.portal.web.Workspace;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The nagari operator: SOP step 1 (take in the files, type the KK data, submit), corrections after
 * a send-back, and step 7 (print, hand over, archive).
 */
@Named
@ViewScoped
public class NagariWorkspace extends Workspace {

  private static final long serialVersionUID = 1L;

  private JenisLayanan jenisLayanan;
  private KkForm form = new KkForm();
  /** The application being corrected, or null for a new one. */
  private Long correcting;
  /** When this intake began (its service type chosen, or its draft's start): SOP step 1's clock. */
  private Instant intakeStartedAt;
  /** The scans uploaded for this intake, by document type. */
  private final Map<JenisDokumen, RequirementDocument> uploaded = new EnumMap<>(JenisDokumen.class);
  @Inject transient DocumentStore documentStore;
  @Inject IntakeDrafts drafts;
  /** The saved draft this intake continues, or null. */
  private Long draftId;
  /**
   * Whether the intake form is shown: from the choice of a service type (or a draft or a
   * correction loaded) until it is submitted or cancelled. Until then the page draws no form, and
   * once shown the form stays even if the type is set back to none, so nothing typed is dropped.
   */
  private boolean intakeOpen;
  /** The warnings last shown, which the operator must acknowledge before submitting. */
  private List<String> warnings = List.of();
  private boolean warningsAcknowledged;

  /**
   * Checks the typed card with the domain's rules first: errors are listed with the member they
   * concern; warnings are listed once and need the operator's acknowledgement before submitting.
   */
  public void submit() {
    KodeWilayah nagari = actor().nagari();
    KartuKeluarga kk;
    try {
      if (jenisLayanan == null) {
        throw new FormErrors(List.of(Texts.get("form.jenisLayananRequired")));
      }
      kk = form.toKartuKeluarga(nagari);
    } catch (RuntimeException e) {
      UserFeedback.error(UserFeedback.explain(e));
      return;
    }
    List<Violation> violations = service.check(jenisLayanan, kk);
    if (KartuKeluargaValidator.hasErrors(violations)) {
      violations.stream().filter(Violation::isError).forEach(v -> {
        UserFeedback.error(ViolationText.of(v));
        form.markInvalid(v.path());
      });
      warnings = List.of();
      return;
    }
    List<String> newWarnings = violations.stream().map(ViolationText::of).toList();
    if (!newWarnings.isEmpty() && !(warningsAcknowledged && newWarnings.equals(warnings))) {
      warnings = newWarnings;
      warningsAcknowledged = false;
      UserFeedback.warn(Texts.get("nagari.warnings"));
      return;
    }
    boolean acknowledged = !newWarnings.isEmpty();
    List<RequirementDocument> documents = List.copyOf(uploaded.values());
    boolean done;
    if (correcting == null) {
      done = UserFeedback.attempt(
          () -> service.submit(actor(), jenisLayanan, kk, documents, intakeStartedAt, acknowledged),
          Texts.get("nagari.submitted"));
    } else {
      long id = correcting;
      done = UserFeedback.attempt(
          () -> service.resubmit(actor(), id, kk.alamat(), kk.anggota(), documents, acknowledged),
          Texts.get("nagari.resubmitted"));
    }
    if (done) {
      if (draftId != null) {
        long submitted = draftId;
        UserFeedback.attempt(() -> drafts.delete(actor(), submitted), Texts.get("draft.deletedAfterSubmit"));
      }
      cancelCorrection();
      refresh();
    }
  }

  /** What a saved draft holds: the form as typed and the scans already checked and stored. */
  record DraftContent(JenisLayanan jenisLayanan, KkForm form, Instant intakeStartedAt, List<SavedScan> scans)
      implements java.io.Serializable {}

  /** A scan of a draft, by its SHA-256 in the document store (the file itself is stored once). */
  record SavedScan(JenisDokumen jenis, String fileName, String mediaType, long size, String sha256,
      Instant uploadedAt, String uploadedBy) implements java.io.Serializable {}

  /**
   * Keeps the intake as it is, unchecked, to finish later (a citizen fetching a missing paper);
   * saving again updates the same draft.
   */
  public void saveDraft() {
    List<SavedScan> scans = uploaded.values().stream()
        .map(d -> new SavedScan(d.jenis(), d.fileName(), d.mediaType(), d.size(), d.sha256(), d.uploadedAt(), d.uploadedBy()))
        .toList();
    DraftContent content = new DraftContent(jenisLayanan, form, intakeStartedAt, new java.util.ArrayList<>(scans));
    try {
      draftId = drafts.save(actor(), draftId, draftLabel(), content);
      UserFeedback.info(Texts.get("draft.saved", draftLabel()));
    } catch (RuntimeException e) {
      UserFeedback.error(UserFeedback.explain(e));
    }
  }

  private String draftLabel() {
    String head = form.getMembers().stream()
        .map(KkForm.MemberRow::getNamaLengkap)
        .filter(name -> name != null && !name.isBlank())
        .findFirst().orElse(Texts.get("draft.noName"));
    return jenisLayanan == null ? head : head + " - " + jenisLayanan.label(UserFeedback.locale());
  }

  /** Puts a saved draft back in the form, with its scans; the time standard keeps its first start. */
  public void resumeDraft(long id) {
    try {
      if (!(drafts.open(actor(), id) instanceof DraftContent content)) {
        throw new id.dukcapilceria.kk.portal.draft.DraftRefused("draft.outdated");
      }
      cancelCorrection();
      intakeOpen = true;
      jenisLayanan = content.jenisLayanan();
      form = content.form();
      intakeStartedAt = content.intakeStartedAt();
      content.scans().forEach(scan -> uploaded.put(scan.jenis(), new RequirementDocument(scan.jenis(),
          scan.fileName(), scan.mediaType(), scan.size(), scan.sha256(), scan.uploadedAt(), scan.uploadedBy())));
      draftId = id;
      UserFeedback.info(Texts.get("draft.resumed"));
    } catch (RuntimeException e) {
      UserFeedback.error(UserFeedback.explain(e));
    }
  }

  public void deleteDraft(long id) {
    boolean deleted = UserFeedback.attempt(() -> drafts.delete(actor(), id), Texts.get("draft.deleted"));
    if (deleted && Long.valueOf(id).equals(draftId)) {
      draftId = null;
    }
  }

  /** One saved draft as listed. */
  public record DraftRow(long id, String label, String savedAt) implements java.io.Serializable {}

  public List<DraftRow> getDrafts() {
    java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    return drafts.list(actor()).stream()
        .map(d -> new DraftRow(d.id(), d.label(), format.format(d.savedAt().atZone(clock.getZone()))))
        .toList();
  }

  public Long getDraftId() {
    return draftId;
  }

  /** Loads a sent-back application into the form for correction. */
  public void correct(long id) {
    uploaded.clear();
    var permohonan = service.find(actor(), id);
    form = KkForm.of(permohonan.kartuKeluarga());
    jenisLayanan = permohonan.jenisLayanan();
    correcting = id;
    intakeOpen = true;
    select(id);
  }

  /**
   * A scan for one requirement document: checked by its content, stored by its SHA-256, kept in
   * this view until the application is submitted. The file's name is only shown.
   */
  public void upload(FileUploadEvent event) {
    JenisDokumen jenis = (JenisDokumen) event.getComponent().getAttributes().get("jenis");
    UploadedFile file = event.getFile();
    byte[] content = file.getContent();
    UploadCheck.Result check = UploadCheck.check(content);
    if (!check.isAccepted()) {
      UserFeedback.error(Texts.get(check.refusal(), jenis.label(UserFeedback.locale())));
      return;
    }
    String sha256 = documentStore.put(content);
    uploaded.put(jenis, new RequirementDocument(
        jenis, file.getFileName(), check.mediaType(), content.length, sha256, clock.instant(), actor().username()));
    UserFeedback.info(Texts.get("upload.done", jenis.label(UserFeedback.locale())));
  }

  /** The documents of the chosen service type, with the file uploaded for each so far. */
  public List<ChecklistRow> getChecklist() {
    if (jenisLayanan == null) {
      return List.of();
    }
    return jenisLayanan.persyaratan().stream()
        .map(p -> new ChecklistRow(p.dokumen(), p.dokumen().label(UserFeedback.locale()),
            p.conditionLabel(UserFeedback.locale()),
            uploaded.containsKey(p.dokumen()) ? uploaded.get(p.dokumen()).fileName() : ""))
        .toList();
  }

  /** One line of the document checklist. */
  public record ChecklistRow(JenisDokumen jenis, String label, String condition, String fileName)
      implements java.io.Serializable {}

  public void cancelCorrection() {
    intakeStartedAt = null; // set again when the next intake opens (setJenisLayanan, resumeDraft)
    uploaded.clear();
    form = new KkForm();
    jenisLayanan = null;
    correcting = null;
    draftId = null;
    intakeOpen = false;
    warnings = List.of();
    warningsAcknowledged = false;
  }

  public List<String> getWarnings() {
    return warnings;
  }

  public boolean isWarningsAcknowledged() {
    return warningsAcknowledged;
  }

  public void setWarningsAcknowledged(boolean warningsAcknowledged) {
    this.warningsAcknowledged = warningsAcknowledged;
  }

  /** Whom each sent card is handed to, as typed in its row (kept only for this page). */
  private final java.util.Map<Long, String> recipients = new java.util.HashMap<>();

  public java.util.Map<Long, String> getRecipients() {
    return recipients;
  }

  /** SOP step 7: the card was handed to the person named in its row, and the files archived. */
  public void handOver(long id) {
    select(id);
    String recipient = recipients.get(id);
    perform(() -> service.handOverAndArchive(actor(), id, recipient), "nagari.handedOver");
  }


  private PagedRows<PermohonanView> all;

  @Override
  public void refresh() {
    super.refresh();
    if (all != null) {
      all.forget();
    }
  }

  /** Every application of this nagari, newest first, a page at a time. */
  public PagedRows<PermohonanView> getAll() {
    if (all == null) {
      all = PagedRows.ofApplications((first, size) -> viewsOf(service.all(actor(), filter, first, size)));
    }
    return all;
  }

  public String getNagariName() {
    return wilayah.nameOf(actor().nagari());
  }

  public JenisLayanan[] getJenisLayananOptions() {
    return JenisLayanan.values();
  }

  public JenisLayanan getJenisLayanan() {
    return jenisLayanan;
  }

  /** Choosing the first service type opens the form; SOP step 1's time standard starts then. */
  public void setJenisLayanan(JenisLayanan jenisLayanan) {
    if (jenisLayanan != null && !intakeOpen) {
      intakeOpen = true;
      intakeStartedAt = clock.instant();
    }
    this.jenisLayanan = jenisLayanan;
  }

  public boolean isIntakeOpen() {
    return intakeOpen;
  }

  public KkForm getForm() {
    return form;
  }

  public Long getCorrecting() {
    return correcting;
  }
}
