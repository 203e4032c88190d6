package id.dukcapilceria.kk.workflow.permohonan;

import id.dukcapilceria.kk.domain.kartukeluarga.Nik;
import id.dukcapilceria.kk.domain.kartukeluarga.NomorKk;
import java.util.Collection;
import java.util.Map;

/**
 * Finds the active cards people are on. UU 24/2013: one person, one KK; a card can only be issued
 * for people who are on no other active card.
 */
@FunctionalInterface
public interface ActiveCardLookup {

  /** For each of {@code niks} that is on an active card: the number of that card. */
  Map<Nik, NomorKk> activeCardsOf(Collection<Nik> niks);
}
