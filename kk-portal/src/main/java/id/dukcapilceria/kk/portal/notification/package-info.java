/**
 * The portal's side of the outbox (kk-workflow's {@code notification}): the channels it is
 * configured with (e-mail over SMTP, a WhatsApp/SMS gateway over HTTP), and the job that delivers
 * what is due and writes the time-standard reminders.
 */
package id.dukcapilceria.kk.portal.notification;
