package id.suara.recess;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A recess visit (kunjungan reses): a member meets constituents at a place of their dapil during a recess (ADR 0032).
 *
 * @param status {@code PLANNED}, {@code HELD} or {@code CANCELLED}
 * @param publishedAt when the visit appeared on the public agenda
 * @param lateNotice whether it was published less than {@value RecessVisits#NOTICE_DAYS} days before it starts, later
 *     than the residents are to be told (issue 10)
 */
public record RecessVisit(
        UUID id,
        UUID institutionId,
        UUID recessId,
        UUID memberId,
        String memberName,
        String factionName,
        String dapilName,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String place,
        String district,
        String village,
        Integer expectedParticipants,
        String status,
        Instant publishedAt,
        boolean lateNotice,
        int version) {

    public boolean cancelled() {
        return "CANCELLED".equals(status);
    }
}
