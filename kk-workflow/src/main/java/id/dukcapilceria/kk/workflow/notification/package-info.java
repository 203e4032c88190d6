/**
 * Telling citizens and officers what happened, through an outbox: a step writes its notifications
 * ({@link id.dukcapilceria.kk.workflow.notification.OutboxMessage}) in its own transaction
 * ({@link id.dukcapilceria.kk.workflow.notification.Notifications}), so a step that rolls back tells
 * no one and one that commits cannot lose its messages; {@link
 * id.dukcapilceria.kk.workflow.notification.OutboxSender} delivers them afterwards through the
 * {@link id.dukcapilceria.kk.workflow.notification.NotificationChannel}s the caller plugs in (SMTP and
 * an HTTP gateway in the portal), retrying with back-off. Delivery is at least once; each message
 * carries an idempotency key the receiver can see, so a message sent again after a crash between
 * sending and marking is recognisably the same message.
 */
package id.dukcapilceria.kk.workflow.notification;
