package id.dukcapilceria.kk.workflow.siak;

import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import id.dukcapilceria.kk.workflow.permohonan.Permohonan;
import java.util.Optional;

/**
 * Where KK numbers come from. Real numbers are assigned by Kemendagri's SIAK: in production the
 * operator copies the number from SIAK (manual entry) or an adapter fetches it. This system never
 * invents a number for a real card.
 */
public interface NomorKkSource {

  /** A number to propose to the verifying operator, who may overwrite it; empty if none. */
  Optional<NomorKk> proposeFor(Permohonan permohonan);
}
