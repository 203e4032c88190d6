package id.dukcapilceria.kk.domain.kartukeluarga;

/**
 * Whether a card is the family's current one. A re-issue makes the previous card inactive; the
 * public verification page shows that as "no longer valid" (docs/domain.md §0.3).
 */
public enum StatusKartuKeluarga {
  /** Being prepared; not yet signed. */
  KONSEP,
  /** Signed and the current card of the family. */
  AKTIF,
  /** Replaced by a newer card. */
  DIGANTIKAN
}
