package id.suara.notification;

import java.util.UUID;

/** A gateway webhook was queued; published in the queueing transaction, so the registry keeps it until it is sent. */
public record WebhookQueued(UUID webhookId) {}
