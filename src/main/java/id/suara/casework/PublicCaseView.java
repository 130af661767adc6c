package id.suara.casework;

import id.suara.shared.LocalizedText;
import id.suara.sop.CaseStatus;
import id.suara.sop.RequirementCheck;
import java.time.Instant;
import java.util.List;

/**
 * What the complainant, holding the access code, sees of their case: never internal notes or who acted. Times are instants
 * (UTC); {@code timeZone} is the institution's zone to show them in (WIB, WITA or WIT).
 *
 * @param institution the institution's name
 * @param expectedAnswerBy when the whole procedure should have answered: the SOP's step limits added up from registration
 *     in the institution's working calendar; null when the SOP sets no limits
 * @param answer the answer as staff wrote it: the complainant reads it unredacted (the public list shows it redacted)
 * @param missingRequirements when the case was returned or archived after a failed requirement check, what that check
 *     found missing; otherwise empty
 * @param merged whether the submission was merged into another case about the same matter (ADR 0037): everything but
 *     the numbers and the registration time is then that case's, and the answer is the one published (redacted)
 */
public record PublicCaseView(
        String institution,
        String trackingNumber,
        String registrationNumber,
        String timeZone,
        CaseStatus status,
        LocalizedText currentStep,
        Instant dueAt,
        Instant registeredAt,
        List<TimelineEntry> timeline,
        Instant expectedAnswerBy,
        String answer,
        Instant answeredAt,
        List<RequirementCheck> missingRequirements,
        boolean merged) {

    /** A step the case reached, in plain words. */
    public record TimelineEntry(Instant at, LocalizedText step, CaseStatus status) {}
}
