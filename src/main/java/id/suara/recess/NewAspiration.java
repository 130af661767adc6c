package id.suara.recess;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One aspiration heard at a recess visit, structured as a pokir proposal needs it.
 *
 * @param personName who raised it, optional
 * @param groupName the group, community or institution that raised it (kelompok tani, RT 03, SD Negeri 2 …), optional
 * @param district a district (kecamatan) of the member's dapil
 * @param village the village or kelurahan, optional
 * @param summary what is asked for, in a line (becomes the case title and the pokir proposal); at most 200 characters
 * @param problem the problem behind it, as heard; at most 5,000 characters
 * @param urgency {@code BIASA}, {@code SEGERA} or {@code SANGAT_SEGERA}
 * @param volume the estimated volume, if given (e.g. 300 for 300 m), with {@code volumeUnit}
 * @param estimatedCost the estimated cost in rupiah, if given
 * @param targetUnitId the government office (OPD) it is for, if known: a {@code GOVERNMENT_OFFICE} unit
 * @param source the paper sheet and line it was entered from, or null when entered directly
 */
public record NewAspiration(
        String personName,
        String groupName,
        String district,
        String village,
        String summary,
        String problem,
        AspirationCategory category,
        String urgency,
        BigDecimal volume,
        String volumeUnit,
        BigDecimal estimatedCost,
        UUID targetUnitId,
        SourceLine source) {}
