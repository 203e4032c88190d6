package id.dukcapilceria.kk.workflow.notification;

/** How a message travels: to an e-mail address, or to a mobile number through a WhatsApp/SMS gateway. */
public enum Channel {
  EMAIL,
  GATEWAY
}
