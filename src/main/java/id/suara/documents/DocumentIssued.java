package id.suara.documents;

import java.util.UUID;

/**
 * A document was issued (stored as issued), published synchronously in the issuing transaction so that the case it
 * belongs to records it in its history with it.
 */
public record DocumentIssued(
        UUID documentId, UUID submissionId, UUID letterId, DocumentType type, String number, int version) {}
