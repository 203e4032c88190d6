package id.dukcapilceria.kk.workflow.notification;

/**
 * A channel could not deliver a message. The message is what the administrator reads on the
 * outbox page: the server's answer or the network error, never the message's content.
 */
public class DeliveryFailure extends Exception {

  private static final long serialVersionUID = 1L;

  public DeliveryFailure(String message) {
    super(message);
  }

  public DeliveryFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
