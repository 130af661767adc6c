package id.suara.casework;

import id.suara.shared.LocalizedText;
import id.suara.sop.CaseStatus;
import java.time.Instant;
import java.util.List;

/**
 * What the complainant and the public may see of a case: never the complainant's identity, internal notes or who acted.
 * Times are instants (UTC); {@code timeZone} is the institution's zone to show them in (WIB, WITA or WIT).
 */
public record PublicCaseView(
        String trackingNumber,
        String registrationNumber,
        String timeZone,
        CaseStatus status,
        LocalizedText currentStep,
        Instant dueAt,
        Instant registeredAt,
        List<TimelineEntry> timeline,
        String answer,
        Instant answeredAt) {

    /** A step the case reached, in plain words. */
    public record TimelineEntry(Instant at, LocalizedText step, CaseStatus status) {}
}
