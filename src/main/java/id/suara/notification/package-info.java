/**
 * Notification: mail to complainants and staff through a durable outbox, and signed webhooks to an institution's
 * SMS/WhatsApp gateway. A notice is written in the transaction of the change that causes it, sent after commit, retried
 * with back-off while the mail server or gateway is away, and never sent twice per key (ADR 0025, 0035). Spring
 * Modulith's event publication registry (JDBC) is the outbox; the {@code outgoing_mail} and {@code outgoing_webhook}
 * tables are the delivery log a case page shows. Milestone notices are worded by per-institution templates with shipped
 * defaults; staff hear of their cases at once or in a daily digest. Depends on staff and institution, never on
 * casework: casework hands in what a notice needs ({@link id.suara.notification.ComplainantNotice},
 * {@link id.suara.notification.CaseAtStep}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package id.suara.notification;
