package id.suara.recess;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A member's recess report (laporan reses) composed from the data: each held visit with its time and place, who came,
 * the aspirations heard there and its documentation (PP 12/2018 Pasal 88(4)–(6); GOVDOCS §1.6).
 */
public record MemberReport(
        SittingPeriod recess, CouncilMember member, LocalDate dueOn, RecessReportRow row, List<Visit> visits) {

    public record Visit(
            UUID id,
            Instant startsAt,
            Instant endsAt,
            String place,
            String district,
            String village,
            int invited,
            List<Attendee> attendees,
            List<Heard> aspirations,
            List<String> photos) {

        /** How many came. */
        public int attendance() {
            return attendees.size();
        }
    }

    /** A person on the attendance list of a visit. */
    public record Attendee(String name, String organisation) {}

    /** An aspiration or complaint heard, with its case's tracking number. */
    public record Heard(
            String summary,
            String from,
            String district,
            String village,
            AspirationCategory category,
            String categoryLabel,
            String trackingNumber) {}

    public int attendance() {
        return visits.stream().mapToInt(Visit::attendance).sum();
    }

    public int aspirationCount() {
        return visits.stream().mapToInt(v -> v.aspirations().size()).sum();
    }

    /** "Reses Masa Persidangan II Tahun 2026". */
    public String recessName() {
        return PokirExports.recess(recess.sitting(), recess.year());
    }
}
