package id.suara.casework;

import java.time.Instant;
import java.util.UUID;

/** An internal note on a case, for staff only. */
public record CaseNote(UUID id, Instant writtenAt, UUID authorId, String authorName, String text) {}
