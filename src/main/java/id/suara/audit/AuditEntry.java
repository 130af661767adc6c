package id.suara.audit;

import java.time.Instant;
import java.util.UUID;

/** A stored audit entry. {@code details} is the canonical JSON text that was hashed. */
public record AuditEntry(
        long seq,
        Instant occurredAt,
        UUID institutionId,
        UUID actorId,
        String actorName,
        String action,
        String subjectType,
        String subjectId,
        String details,
        String clientAddress,
        String previousHash,
        String hash) {
    /** The same entry with its hash. */
    AuditEntry withHash(String hash) {
        return new AuditEntry(
                seq,
                occurredAt,
                institutionId,
                actorId,
                actorName,
                action,
                subjectType,
                subjectId,
                details,
                clientAddress,
                previousHash,
                hash);
    }
}
