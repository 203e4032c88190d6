package id.dukcapilceria.kk.workflow.permohonan;

import id.dukcapilceria.kk.domain.kartukeluarga.KodeWilayah;
import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.domain.layanan.JenisLayanan;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a list shows of one application, and nothing more: a worklist row names the head of
 * family and the last reason, not every member, document, step and problem. Lists read rows
 * from the application table alone ({@code sop.PermohonanReads#worklistRows}); whatever a step
 * does still reads the whole application ({@code sop.PermohonanReads#find}). A row is a snapshot
 * for reading.
 *
 * @param kepalaKeluarga the head of family's name, or an empty string while no member is head
 * @param lastReason as {@link Permohonan#lastReason}: the reason of the most recent step that gave one
 */
public record WorklistRow(
    long id,
    String nomor,
    JenisLayanan jenisLayanan,
    KodeWilayah kodeNagari,
    Optional<NomorKk> nomorKk,
    String kepalaKeluarga,
    Status status,
    Instant statusSince,
    Optional<String> lastReason,
    Optional<String> registerNumber) {

  public WorklistRow {
    Objects.requireNonNull(nomor, "nomor");
    Objects.requireNonNull(jenisLayanan, "jenisLayanan");
    Objects.requireNonNull(kodeNagari, "kodeNagari");
    Objects.requireNonNull(nomorKk, "nomorKk");
    Objects.requireNonNull(kepalaKeluarga, "kepalaKeluarga");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(statusSince, "statusSince");
    Objects.requireNonNull(lastReason, "lastReason");
    Objects.requireNonNull(registerNumber, "registerNumber");
  }

  /** The row of an application already read in full (its detail page shows the same heading). */
  /** The steps {@code actor} may take on this application now ({@link Transition#openTo}). */
  public Set<Transition> stepsOpenTo(Actor actor) {
    return Transition.openTo(actor, status, kodeNagari);
  }

  public static WorklistRow of(Permohonan p) {
    var kk = p.kartuKeluarga();
    return new WorklistRow(p.id(), p.nomor(), p.jenisLayanan(), p.kodeNagari(), kk.nomorKk(),
        kk.namaKepalaKeluarga(), p.status(), p.statusSince(), p.lastReason(), p.registerNumber());
  }

  /** How long the application has waited in its current status. */
  public Duration waitingTime(Clock clock) {
    return Duration.between(statusSince, clock.instant());
  }

  /** As {@link Permohonan#isOverdue(Clock, Function)}: the same rule, from the row's status and time. */
  public boolean isOverdue(Clock clock, Function<SopStep, Duration> standards) {
    return status.isOverdueAfter(waitingTime(clock), standards);
  }
}
