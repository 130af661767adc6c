package id.suara.casework;

import id.suara.intake.Masking;
import java.time.Instant;
import java.util.UUID;

/** An internal note on a case, for staff only. */
public record CaseNote(UUID id, Instant writtenAt, UUID authorId, String authorName, String text) {

    /** Without the text, which may hold personal data and must not reach a log. */
    @Override
    public String toString() {
        return "CaseNote[id=" + id + ", writtenAt=" + writtenAt + ", authorId=" + authorId + ", text="
                + Masking.mask(text) + "]";
    }
}
