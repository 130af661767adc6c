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
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical form of an entry and its SHA-256, shared by appending and verifying. The canonical form is the entry's
 * fields in this order — previous hash, seq, occurred_at (ISO instant), institution id, actor id, actor name, action,
 * subject type, subject id, details (the stored JSON text), client address — each written as {@code <length>:<text>}
 * (length in UTF-16 code units) or {@code ~} when null; the hash is the lowercase hex SHA-256 of its UTF-8 bytes. An
 * export can thus be checked with any tool, without Suara.
 */
final class AuditHashing {

    static final String GENESIS = "0".repeat(64);
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private AuditHashing() {}

    /** Details as JSON with keys sorted (nested maps too), so the same facts always give the same text. */
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
        var canonical = new StringBuilder();
        appendField(canonical, previousHash);
        appendField(canonical, seq);
        canonical.append(canonicalAfterSeq(
                occurredAt, institutionId, actorId, actorName, action, subjectType, subjectId, details, clientAddress));
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The canonical form without its first two fields, previous hash and seq, which only the database knows when it
     * appends: {@link AuditLog#record} computes the hash there, in the statement that takes the head (ADR 0021).
     */
    static String canonicalAfterSeq(
            Instant occurredAt,
            UUID institutionId,
            UUID actorId,
            String actorName,
            String action,
            String subjectType,
            String subjectId,
            String details,
            String clientAddress) {
        var canonical = new StringBuilder();
        for (var field : new Object[] {
            DateTimeFormatter.ISO_INSTANT.format(occurredAt),
            institutionId,
            actorId,
            actorName,
            action,
            subjectType,
            subjectId,
            details,
            clientAddress
        }) {
            appendField(canonical, field);
        }
        return canonical.toString();
    }

    /**
     * A field as {@code <length>:<text>}, or {@code ~} when absent: no value can pass for another, split across two
     * fields or be told from null, whatever characters it contains.
     */
    private static void appendField(StringBuilder canonical, Object field) {
        if (field == null) {
            canonical.append('~');
        } else {
            var text = field.toString();
            canonical.append(text.length()).append(':').append(text);
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
