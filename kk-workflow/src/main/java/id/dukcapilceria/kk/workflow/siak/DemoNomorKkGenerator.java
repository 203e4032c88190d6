package id.dukcapilceria.kk.workflow.siak;

import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Demo only: makes a KK number in the layout reported for SIAK (kecamatan code, registration date
 * DDMMYY, 4-digit serial; docs/domain.md §3.2, unverified). The serial comes from the application's id,
 * so numbers are unique for the first 9999 applications of a demo database, which is all a demo
 * needs. Never use it for a real card.
 */
public final class DemoNomorKkGenerator implements NomorKkSource {

  private final Clock clock;

  public DemoNomorKkGenerator(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Optional<NomorKk> proposeFor(Permohonan permohonan) {
    int serial = permohonan.id() == null ? 1 : (int) (permohonan.id() % 9999) + 1;
    return Optional.of(NomorKk.compose(permohonan.kodeNagari().kecamatan(), LocalDate.now(clock), serial));
  }
}
