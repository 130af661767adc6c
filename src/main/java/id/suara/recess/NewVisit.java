package id.suara.recess;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A recess visit as the secretariat or a companion plans it: a member meets constituents during a recess.
 *
 * @param recessId the masa reses it belongs to; {@code startsAt} must lie within it
 * @param memberId the council member, in office during the recess
 * @param district a district (kecamatan) of the member's dapil
 * @param village the village or kelurahan, optional
 * @param expectedParticipants how many are invited or expected, optional
 */
public record NewVisit(
        UUID recessId,
        UUID memberId,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String place,
        String district,
        String village,
        Integer expectedParticipants) {}
