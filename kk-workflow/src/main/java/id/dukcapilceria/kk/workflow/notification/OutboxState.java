package id.dukcapilceria.kk.workflow.notification;

/** Where a message in the outbox stands. */
public enum OutboxState {
  /** Not yet delivered: due at its next attempt. */
  PENDING,
  /** Accepted by the channel's server; recipient and body are cleared. */
  SENT,
  /** Refused or unreachable at every attempt the retry policy allows: for the administrator to see. */
  GAVE_UP
}
