package id.dukcapilceria.kk.workflow.siak;

import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import java.util.Optional;

/** Production default: proposes nothing; the operator types the number SIAK assigned. */
public final class ManualEntryNomorKkSource implements NomorKkSource {

  @Override
  public Optional<NomorKk> proposeFor(Permohonan permohonan) {
    return Optional.empty();
  }
}
