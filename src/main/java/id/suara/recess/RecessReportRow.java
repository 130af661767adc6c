package id.suara.recess;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One member's line in the list of a recess's reports. */
public record RecessReportRow(
        UUID memberId,
        String memberName,
        UUID factionId,
        String factionName,
        String dapilName,
        RecessReportStatus status,
        int heldVisits,
        int aspirations,
        LocalDate dueOn,
        Instant submittedAt,
        String sha256) {

    /** The flag: not submitted by its due day. */
    @com.fasterxml.jackson.annotation.JsonProperty("missing")
    public boolean missing() {
        return status == RecessReportStatus.MISSING;
    }
}
