package id.dukcapilceria.kk.portal.web.nagari;

import id.dukcapilceria.kk.domain.input.KkInput;
import id.dukcapilceria.kk.domain.input.Refusal;
import id.dukcapilceria.kk.domain.kartukeluarga.KartuKeluarga;
import id.dukcapilceria.kk.domain.layanan.JenisDokumen;
import id.dukcapilceria.kk.domain.kontak.CitizenContact;
import id.dukcapilceria.kk.domain.kontak.MessageLanguage;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import id.dukcapilceria.kk.domain.shared.InvalidValueException;
import id.dukcapilceria.kk.domain.validasi.KartuKeluargaValidator;
import id.dukcapilceria.kk.domain.validasi.Violation;
import id.dukcapilceria.kk.domain.wilayah.WilayahDirectory;
import id.dukcapilceria.kk.portal.config.PortalConfig;
import id.dukcapilceria.kk.portal.dokumen.UploadCheck;
import id.dukcapilceria.kk.portal.dokumen.VirusScan;
import id.dukcapilceria.kk.portal.draft.DraftContent;
import id.dukcapilceria.kk.portal.draft.DraftRefused;
import id.dukcapilceria.kk.portal.draft.IntakeDrafts;
import id.dukcapilceria.kk.portal.permohonan.Transactions;
import id.dukcapilceria.kk.portal.security.CurrentActor;
import id.dukcapilceria.kk.portal.web.KkForm;
import id.dukcapilceria.kk.portal.web.Texts;
import id.dukcapilceria.kk.portal.web.UserFeedback;
import id.dukcapilceria.kk.portal.web.ViolationText;
import id.dukcapilceria.kk.workflow.dokumen.DocumentStore;
import id.dukcapilceria.kk.workflow.dokumen.RequirementDocument;
import id.dukcapilceria.kk.workflow.permohonan.Actor;
import id.dukcapilceria.kk.workflow.permohonan.Transition;
import id.dukcapilceria.kk.workflow.permohonan.WorkflowException;
import id.dukcapilceria.kk.workflow.sop.PermohonanReads;
import id.dukcapilceria.kk.workflow.sop.PermohonanSteps;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * SOP step 1 on its own page ({@code /nagari/permohonan.xhtml}): the nagari operator chooses the
 * service type, uploads the requirement documents and types the KK data, then submits. The same
 * page continues a saved draft ({@code ?draft=id}) or corrects an application sent back to the
 * nagari ({@code ?perbaiki=id}); both ids are checked on the server (the draft must be the
 * operator's own, the application of their nagari).
 *
 * <p>Apart from the lists ({@link NagariWorkspace}) because the form is a large component tree:
 * built on every visit of the lists, even hidden, it was a quarter of their time under load.
 */
@Named
@ViewScoped
public class NagariIntake implements Serializable {

  private static final long serialVersionUID = 1L;
  /** Where the operator goes back to after submitting or cancelling. */
  static final String LISTS = "/nagari/index.xhtml?faces-redirect=true";

  @Inject Transactions tx;
  @Inject transient PermohonanSteps steps;
  @Inject transient PermohonanReads reads;
  @Inject CurrentActor currentActor;
  @Inject id.dukcapilceria.kk.portal.security.PageAccess pageAccess;
  @Inject IntakeDrafts drafts;
  @Inject transient DocumentStore documentStore;
  @Inject transient VirusScan virusScan;
  @Inject transient WilayahDirectory wilayah;
  @Inject transient Clock clock;
  @Inject PortalConfig config;

  private JenisLayanan jenisLayanan;
  private KkForm form = new KkForm();
  /** The application being corrected, or null for a new one; its number and the reason shown. */
  private Long correcting;
  private String correctingNomor;
  private String correctingReason;
  /** When this intake began (its service type chosen, or its draft's start): SOP step 1's clock. */
  private Instant intakeStartedAt;
  /** The scans uploaded for this intake, by document type. */
  private final Map<JenisDokumen, RequirementDocument> uploaded = new EnumMap<>(JenisDokumen.class);
  /** The saved draft this intake continues, or null. */
  private Long draftId;
  /**
   * Whether the form is shown: from the choice of a service type (or a draft or a correction
   * loaded). Once shown it stays even if the type is set back to none, so nothing typed is dropped.
   */
  private boolean intakeOpen;
  /** The tanda terima once a new application is submitted: its kode lacak is not kept anywhere else. */
  private Receipt receipt;
  /*
   * How the citizen agreed to be told about the application (optional, with consent): a new
   * application only; kept on the application, not in a draft.
   */
  private String contactEmail;
  private String contactPhone;
  private String contactLanguage = MessageLanguage.INDONESIAN.tag();
  private boolean contactConsent;
  /** The warnings last shown, which the operator must acknowledge before submitting. */
  private List<String> warnings = List.of();
  private boolean warningsAcknowledged;

  /** Opens what the link asked for: a draft to continue, an application to correct, or nothing. */
  @PostConstruct
  void open() {
    if (!pageAccess.admitView(id.dukcapilceria.kk.portal.security.PortalArea.NAGARI)) {
      return;
    }
    // a new tanda terima for an earlier application (NagariWorkspace.reissueReceipt), to print
    if (FacesContext.getCurrentInstance().getExternalContext().getFlash().get(Receipt.FLASH) instanceof Receipt again) {
      receipt = again;
      return;
    }
    Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    try {
      if (parameters.get("draft") != null) {
        resumeDraft(idIn(parameters.get("draft"), new DraftRefused("draft.notFound")));
      } else if (parameters.get("perbaiki") != null) {
        String asked = parameters.get("perbaiki");
        correct(idIn(asked, new WorkflowException("permohonan.notFound", asked)));
      }
    } catch (RuntimeException e) {
      UserFeedback.error(UserFeedback.explain(e));
    }
  }

  private static long idIn(String parameter, RuntimeException otherwise) {
    try {
      return Long.parseLong(parameter.strip());
    } catch (NumberFormatException notAnId) {
      throw otherwise;
    }
  }

  private Actor actor() {
    return currentActor.get();
  }

  /**
   * Checks the typed card with the domain's rules first: errors are listed with the member they
   * concern; warnings are listed once and need the operator's acknowledgement before submitting.
   * Once submitted, the operator is back at the lists, with the message.
   */
  public String submit() {
    if (jenisLayanan == null) {
      UserFeedback.error(Texts.get("form.jenisLayananRequired"));
      return null;
    }
    form.clearMarks();
    KkInput.Reading reading = form.toInput().read(actor().nagari());
    if (!reading.isAccepted()) {
      reading.refusals().forEach(refusal -> {
        UserFeedback.error(textOf(refusal));
        form.markInvalid(refusal.path());
      });
      warnings = List.of();
      return null;
    }
    KartuKeluarga kk = reading.card().orElseThrow();
    CitizenContact contact;
    try {
      contact = correcting == null
          ? CitizenContact.typed(contactEmail, contactPhone, MessageLanguage.chosen(contactLanguage), contactConsent)
          : CitizenContact.NONE;
    } catch (InvalidValueException refused) {
      UserFeedback.error(refused.message(UserFeedback.locale()));
      warnings = List.of();
      return null;
    }
    List<Violation> violations = steps.check(jenisLayanan, kk);
    if (KartuKeluargaValidator.hasErrors(violations)) {
      violations.stream().filter(Violation::isError).forEach(v -> {
        UserFeedback.error(ViolationText.of(v));
        form.markInvalid(KkInput.pathOf(v.path()));
      });
      warnings = List.of();
      return null;
    }
    List<String> newWarnings = violations.stream().map(ViolationText::of).toList();
    if (!newWarnings.isEmpty() && !(warningsAcknowledged && newWarnings.equals(warnings))) {
      warnings = newWarnings;
      warningsAcknowledged = false;
      UserFeedback.warn(Texts.get("nagari.warnings"));
      return null;
    }
    boolean acknowledged = !newWarnings.isEmpty();
    List<RequirementDocument> documents = List.copyOf(uploaded.values());
    boolean done;
    if (correcting == null) {
      PermohonanSteps.Receipt[] given = new PermohonanSteps.Receipt[1];
      done = UserFeedback.attempt(
          () -> given[0] = tx.call(em -> steps.receive(em, actor(), jenisLayanan, kk, documents, intakeStartedAt, acknowledged,
              contact)),
          Texts.get("nagari.submitted"));
      if (done) {
        receipt = Receipt.of(given[0], Texts.get("receipt.office", config.issuingOffice().regencyName()), wilayah,
            clock.getZone(), config.baseUrl(), UserFeedback.locale());
      }
    } else {
      long id = correcting;
      done = UserFeedback.attempt(
          () -> tx.run(em -> steps.resubmit(em, actor(), id, kk.alamat(), kk.anggota(), documents, acknowledged)),
          Texts.get("nagari.resubmitted"));
    }
    if (!done) {
      return null;
    }
    if (draftId != null) {
      long submitted = draftId;
      UserFeedback.attempt(() -> drafts.delete(actor(), submitted), Texts.get("draft.deletedAfterSubmit"));
      draftId = null;
    }
    // a new application: the tanda terima stays on this page for the operator to print and hand over
    return receipt != null ? null : backToTheLists();
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getContactLanguage() {
    return contactLanguage;
  }

  public void setContactLanguage(String contactLanguage) {
    this.contactLanguage = contactLanguage;
  }

  public boolean isContactConsent() {
    return contactConsent;
  }

  public void setContactConsent(boolean contactConsent) {
    this.contactConsent = contactConsent;
  }

  /** The tanda terima of the application just submitted from this page, or null. */
  public Receipt getReceipt() {
    return receipt;
  }

  /** The tanda terima as a PDF to print. */
  public StreamedContent getReceiptPdf() {
    byte[] pdf = receipt == null ? new byte[0] : receipt.toPdf(UserFeedback.locale());
    return DefaultStreamedContent.builder()
        .name("tanda-terima-" + (receipt == null ? "" : receipt.nomor()) + ".pdf")
        .contentType("application/pdf")
        .contentLength((long) pdf.length)
        .stream(() -> new java.io.ByteArrayInputStream(pdf))
        .build();
  }

  /** A refused field's message, with the member it belongs to ("Anggota 2: ..."). */
  private static String textOf(Refusal refusal) {
    String message = refusal.message(UserFeedback.locale());
    return refusal.memberIndex() < 0 ? message : Texts.get("form.memberPrefix", refusal.memberIndex() + 1) + message;
  }

  /** Leaves the intake without submitting; a saved draft stays in the list of drafts. */
  public String cancel() {
    return LISTS;
  }

  private static String backToTheLists() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return LISTS;
  }

  /**
   * Keeps the intake as it is, unchecked, to finish later (a citizen fetching a missing paper);
   * saving again updates the same draft.
   */
  public void saveDraft() {
    List<DraftContent.SavedScan> scans = uploaded.values().stream()
        .map(d -> new DraftContent.SavedScan(d.jenis(), d.fileName(), d.mediaType(), d.size(), d.sha256(),
            d.uploadedAt(), d.uploadedBy()))
        .toList();
    DraftContent content = new DraftContent(jenisLayanan, form.toInput(), intakeStartedAt, scans);
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
  private void resumeDraft(long id) {
    DraftContent content = drafts.open(actor(), id);
    intakeOpen = true;
    jenisLayanan = content.jenisLayanan();
    form = KkForm.of(content.kk());
    intakeStartedAt = content.intakeStartedAt();
    content.scans().forEach(scan -> uploaded.put(scan.jenis(), new RequirementDocument(scan.jenis(),
        scan.fileName(), scan.mediaType(), scan.size(), scan.sha256(), scan.uploadedAt(), scan.uploadedBy())));
    draftId = id;
    UserFeedback.info(Texts.get("draft.resumed"));
  }

  /** Loads an application sent back to this nagari into the form, with the reason it came back. */
  private void correct(long id) {
    var permohonan = tx.call(em -> reads.read(em, actor(), id));
    if (!permohonan.stepsOpenTo(actor()).contains(Transition.RESUBMIT)) {
      // an old link, or the application was corrected meanwhile: nothing to correct here
      UserFeedback.error(Texts.get("nagari.notToCorrect", permohonan.nomor()));
      return;
    }
    form = KkForm.of(permohonan.kartuKeluarga());
    jenisLayanan = permohonan.jenisLayanan();
    correcting = id;
    correctingNomor = permohonan.nomor();
    correctingReason = permohonan.lastReason().orElse("");
    intakeOpen = true;
  }

  /**
   * A scan for one requirement document: checked by its content and for viruses ({@link
   * VirusScan}), stored by its SHA-256, kept in this view until the application is submitted. The
   * file's name is only shown.
   */
  public void upload(FileUploadEvent event) {
    JenisDokumen jenis = (JenisDokumen) event.getComponent().getAttributes().get("jenis");
    UploadedFile file = event.getFile();
    byte[] content = file.getContent();
    UploadCheck.Result check = virusScan.check(content, actor().username());
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
      implements Serializable {}

  public List<String> getWarnings() {
    return warnings;
  }

  public boolean isWarningsAcknowledged() {
    return warningsAcknowledged;
  }

  public void setWarningsAcknowledged(boolean warningsAcknowledged) {
    this.warningsAcknowledged = warningsAcknowledged;
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
      // the nagari's postcode, where it is known, as the operator would type it
      if (form.getKodePos() == null || form.getKodePos().isBlank()) {
        wilayah.postcodeOf(actor().nagari()).ifPresent(form::setKodePos);
      }
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

  public String getCorrectingNomor() {
    return correctingNomor;
  }

  public String getCorrectingReason() {
    return correctingReason;
  }
}
