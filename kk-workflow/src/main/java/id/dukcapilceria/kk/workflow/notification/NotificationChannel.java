package id.dukcapilceria.kk.workflow.notification;

/**
 * A way to deliver messages (port): the portal plugs in SMTP and an HTTP gateway; another system
 * embedding the library may plug in its own. {@link #deliver} returns once the server accepted the
 * message and throws {@link DeliveryFailure} otherwise; it is called outside any transaction.
 */
public interface NotificationChannel {

  Channel channel();

  void deliver(OutgoingMessage message) throws DeliveryFailure;
}
