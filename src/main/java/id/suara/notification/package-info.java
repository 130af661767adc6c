/**
 * Notification: mail to complainants and staff through a durable outbox. A mail is written in the transaction of the
 * change that causes it, sent after commit, retried with back-off while the mail server is away, and never sent twice
 * (ADR 0025). Spring Modulith's event publication registry (JDBC) is the outbox; the {@code outgoing_mail} table is the
 * delivery log a case page shows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package id.suara.notification;
