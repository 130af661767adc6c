package id.suara.recess;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What a printed or downloaded sheet of a visit (blank aspiration sheet, attendance list, their XLSX) states at its
 * head, so that a sheet filled in a village can be matched to its visit and entered afterwards.
 *
 * @param recessLabel e.g. "Masa Reses II Tahun 2026"
 * @param districts the districts (kecamatan) of the member's dapil, in order: the choices for an aspiration's "where"
 */
public record VisitSheet(
        UUID institutionId,
        UUID visitId,
        String institutionName,
        String recessLabel,
        String memberName,
        String factionName,
        String dapilName,
        List<String> districts,
        OffsetDateTime startsAt,
        String place,
        String district,
        String village) {}
