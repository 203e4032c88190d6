package id.dukcapilceria.kk.workflow.audit;

/**
 * The outcome of walking the audit chain. The walk stops at the first problem.
 *
 * @param valid whether every entry and the head are consistent
 * @param entriesChecked how many entries were found intact (in position order, before the first
 *     problem); when valid, the number of entries in the trail
 * @param firstBrokenPosition the position where the chain first breaks; 0 when valid
 * @param problem what is wrong there; null when valid
 * @param headPosition the last position recorded by the head row when it was read (0 if the head
 *     had not been read because an entry was already broken, or the row is missing)
 */
public record ChainVerification(
    boolean valid, long entriesChecked, long firstBrokenPosition, Problem problem, long headPosition) {

  /** How the chain is broken. */
  public enum Problem {
    /** The entry's content (or its stored hash) was changed: its recomputed hash differs. */
    HASH_MISMATCH,
    /**
     * The entry's previous hash is not the hash of the entry before it: an entry was deleted,
     * inserted or moved, and the later positions renumbered.
     */
    LINK_BROKEN,
    /** The position is missing: the entry at {@code firstBrokenPosition} was deleted. */
    POSITION_GAP,
    /**
     * The head does not match the last entry: the newest entries were deleted, or entries were
     * added or rewritten at the end without going through {@link AuditTrail#append}.
     */
    HEAD_MISMATCH,
    /**
     * The chain is consistent in itself but not with the last seal kept outside the database: the
     * sealed entry now has another hash (the chain was rewritten from there on, every later hash
     * recomputed), or it is gone (the newest entries were deleted together with the head).
     */
    SEAL_MISMATCH
  }

  public ChainVerification {
    if (valid != (problem == null)) {
      throw new IllegalArgumentException("A chain is valid exactly when it has no problem");
    }
  }

  static ChainVerification intact(long entries, long headPosition) {
    return new ChainVerification(true, entries, 0, null, headPosition);
  }

  static ChainVerification broken(long entriesChecked, long position, Problem problem, long headPosition) {
    return new ChainVerification(false, entriesChecked, position, problem, headPosition);
  }

  /** A sentence for the administrator, in Indonesian. */
  public String description() {
    if (valid) {
      return entriesChecked == 0
          ? "Jejak audit masih kosong dan utuh."
          : "Jejak audit utuh: " + entriesChecked + " entri diperiksa, rantai hash cocok.";
    }
    String start = "Jejak audit rusak mulai entri ke-" + firstBrokenPosition + ": ";
    return switch (problem) {
      case HASH_MISMATCH -> start + "isi entri diubah.";
      case LINK_BROKEN ->
          start
              + "rantai ke entri sebelumnya terputus (ada entri yang dihapus, disisipkan, atau"
              + " ditukar urutannya).";
      case POSITION_GAP -> start + "entri ini hilang (dihapus).";
      case HEAD_MISMATCH -> start + headDescription();
      case SEAL_MISMATCH ->
          start
              + "rantai tidak cocok dengan segel terakhir yang disimpan di luar basis data (entri lama"
              + " ditulis ulang dan hash sesudahnya dihitung ulang, atau entri terakhir dihapus).";
    };
  }

  private String headDescription() {
    if (headPosition > entriesChecked) {
      return headPosition == firstBrokenPosition
          ? "entri terakhir (ke-" + headPosition + ") hilang (dihapus)."
          : "entri ke-" + firstBrokenPosition + " sampai ke-" + headPosition
              + " hilang (entri terakhir dihapus).";
    }
    if (headPosition < entriesChecked) {
      return "ada entri yang ditambahkan di akhir tanpa melalui sistem.";
    }
    return "kepala rantai tidak cocok dengan entri terakhir (entri terakhir ditulis ulang).";
  }
}
