package id.dukcapilceria.kk.workflow.audit;

import id.dukcapilceria.kk.workflow.audit.ChainVerification.Problem;

/**
 * Walks stored entries in position order and stops at the first inconsistency. For each entry, in
 * this order: the position must be the previous one plus 1 (else POSITION_GAP at the missing
 * position); its previous hash must be the hash of the entry before it, or the genesis hash for
 * position 1 (else LINK_BROKEN); its stored hash must equal the recomputed hash (else
 * HASH_MISMATCH). At the end the head must name the last position and hash (else HEAD_MISMATCH).
 */
final class ChainChecker {

  /** One row as read from the database. */
  record StoredEntry(EntryContent content, String previousHash, String hash) {}

  private final AuditSeal seal;
  private long lastPosition;
  private String lastHash = AuditEntry.GENESIS_HASH;
  private long checked;
  private ChainVerification failure;

  /** A checker of the chain alone; {@code seal}, if not null, must also hold (the head kept elsewhere). */
  ChainChecker(AuditSeal seal) {
    this.seal = seal;
  }

  /** Checks the next entry; returns false once the chain is broken. */
  boolean accept(StoredEntry entry) {
    if (failure != null) {
      return false;
    }
    long position = entry.content().position();
    long expected = lastPosition + 1;
    if (position > expected) {
      return fail(expected, Problem.POSITION_GAP);
    }
    if (position < expected) {
      // only an entry placed before position 1 can get here: positions are unique and ordered
      return fail(position, Problem.LINK_BROKEN);
    }
    if (!lastHash.equals(entry.previousHash())) {
      return fail(position, Problem.LINK_BROKEN);
    }
    if (!entry.content().hash(entry.previousHash()).equals(entry.hash())) {
      return fail(position, Problem.HASH_MISMATCH);
    }
    if (seal != null && position == seal.position() && !seal.hash().equals(entry.hash())) {
      return fail(position, Problem.SEAL_MISMATCH);
    }
    lastPosition = position;
    lastHash = entry.hash();
    checked++;
    return true;
  }

  private boolean fail(long position, Problem problem) {
    failure = ChainVerification.broken(checked, position, problem, 0);
    return false;
  }

  boolean isBroken() {
    return failure != null;
  }

  long lastPosition() {
    return lastPosition;
  }

  ChainVerification failure() {
    return failure;
  }

  /** The result once all entries were read, given the head as stored (null if the row is gone). */
  ChainVerification finish(Long headPosition, String headHash) {
    if (failure != null) {
      return failure;
    }
    long head = headPosition == null ? 0 : headPosition;
    if (seal != null && seal.position() > lastPosition) {
      return ChainVerification.broken(checked, lastPosition + 1, Problem.SEAL_MISMATCH, head);
    }
    if (headPosition == null || head != lastPosition || !lastHash.equals(headHash)) {
      long at = head == lastPosition ? Math.max(lastPosition, 1) : Math.min(head, lastPosition) + 1;
      return ChainVerification.broken(checked, at, Problem.HEAD_MISMATCH, head);
    }
    return ChainVerification.intact(checked, head);
  }
}
