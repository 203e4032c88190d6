package id.dukcapilceria.kk.workflow.notification;

/** What a notification tells, and to whom. */
public enum NotificationEvent {
  /** To the citizen: the application was sent back to the nagari; what to bring. */
  RETURNED_FOR_CORRECTION,
  /** To the citizen: the signed card is at the nagari office. */
  READY_TO_COLLECT,
  /** To the officers of the role an application now waits for. */
  NEW_IN_WORKLIST,
  /** To the officers of a late step's role and, over twice the standard, their supervisor. */
  OVER_TIME_STANDARD
}
