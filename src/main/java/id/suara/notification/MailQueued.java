package id.suara.notification;

import java.util.UUID;

/** A mail was queued; published in the queueing transaction, so the registry keeps it until the mail is sent. */
public record MailQueued(UUID mailId) {}
