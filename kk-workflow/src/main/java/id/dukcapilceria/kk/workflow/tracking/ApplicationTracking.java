package id.dukcapilceria.kk.workflow.tracking;

import id.dukcapilceria.kk.workflow.permohonan.BukuPermasalahanEntry;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import id.dukcapilceria.kk.workflow.permohonan.StepRecord;
import id.dukcapilceria.kk.workflow.permohonan.TrackingCode;
import id.dukcapilceria.kk.workflow.permohonan.WorkflowException;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The public status of an application, for whoever holds its number and kode lacak. A wrong code
 * and an unknown number give the same empty answer after the same work (one small query and one
 * hash), so that an answer tells nothing about which numbers exist. Input that cannot be a number
 * or a code is refused first, naming the field ({@code tracking.nomorInvalid}, {@code
 * tracking.codeInvalid}): that says nothing about any application either. The caller limits how
 * often one client may ask.
 */
public class ApplicationTracking {

  /** As {@code PermohonanSteps} numbers applications: PMH, the year, a serial of five digits or more. */
  private static final Pattern NOMOR = Pattern.compile("PMH-\\d{4}-\\d{5,12}");

  /** The application's status, or empty when the number is unknown or the code is not its own. */
  public Optional<PublicStatus> find(EntityManager em, String typedNomor, String typedCode) {
    // at most 40 characters are looked at, as of the code: whatever else was typed is no number
    String nomor = typedNomor == null || typedNomor.length() > 40 ? "" : typedNomor.strip().toUpperCase(Locale.ROOT);
    if (nomor.length() > 20 || !NOMOR.matcher(nomor).matches()) {
      throw new WorkflowException("tracking.nomorInvalid");
    }
    TrackingCode code = TrackingCode.parse(typedCode).orElseThrow(() -> new WorkflowException("tracking.codeInvalid"));
    List<Object[]> rows = em.createQuery(
            "select p.id, p.trackingSha256 from Permohonan p where p.nomor = :nomor", Object[].class)
        .setParameter("nomor", nomor)
        .getResultList();
    Object[] row = rows.isEmpty() ? new Object[] {null, null} : rows.get(0);
    if (!code.matches(nomor, (String) row[1])) {
      return Optional.empty();
    }
    return Optional.of(statusOf(em.find(Permohonan.class, row[0])));
  }

  private static PublicStatus statusOf(Permohonan permohonan) {
    List<PublicStatus.StageReached> stages = new ArrayList<>();
    for (StepRecord step : permohonan.history()) {
      PublicStage stage = PublicStage.of(step.to());
      if (stages.isEmpty() || stages.get(stages.size() - 1).stage() != stage) {
        stages.add(new PublicStatus.StageReached(stage, step.at()));
      }
    }
    PublicStage now = PublicStage.of(permohonan.status());
    Optional<BukuPermasalahanEntry> open = now == PublicStage.PERLU_DILENGKAPI
        ? permohonan.problems().stream().filter(BukuPermasalahanEntry::isOpen).reduce((first, second) -> second)
        : Optional.empty();
    Optional<String> reason = now == PublicStage.DITOLAK
        ? permohonan.lastReason()
        : open.map(BukuPermasalahanEntry::description);
    return new PublicStatus(
        permohonan.nomor(),
        permohonan.jenisLayanan(),
        permohonan.kodeNagari(),
        permohonan.history().get(0).at(),
        now,
        permohonan.statusSince(),
        stages,
        open.map(BukuPermasalahanEntry::category),
        reason);
  }
}
