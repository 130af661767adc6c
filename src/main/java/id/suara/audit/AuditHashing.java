package id.suara.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/** The canonical form of an entry and its SHA-256, shared by appending and verifying. */
final class AuditHashing {

    static final String GENESIS = "0".repeat(64);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditHashing() {}

    /** Details as JSON with keys sorted, so the same facts always give the same text. */
    static String canonicalDetails(Map<String, Object> details) {
        return JSON.writeValueAsString(new TreeMap<>(details));
    }

    static String hash(
            String previousHash,
            long seq,
            Instant occurredAt,
            UUID institutionId,
            UUID actorId,
            String actorName,
            String action,
            String subjectType,
            String subjectId,
            String details,
            String clientAddress) {
        var canonical = String.join(
                "\u001f",
                previousHash,
                Long.toString(seq),
                DateTimeFormatter.ISO_INSTANT.format(occurredAt),
                String.valueOf(institutionId),
                String.valueOf(actorId),
                actorName,
                action,
                String.valueOf(subjectType),
                String.valueOf(subjectId),
                details,
                String.valueOf(clientAddress));
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hashOf(AuditEntry e) {
        return hash(
                e.previousHash(),
                e.seq(),
                e.occurredAt(),
                e.institutionId(),
                e.actorId(),
                e.actorName(),
                e.action(),
                e.subjectType(),
                e.subjectId(),
                e.details(),
                e.clientAddress());
    }
}
