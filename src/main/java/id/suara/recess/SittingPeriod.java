package id.suara.recess;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A masa sidang or a masa reses of one institution.
 *
 * @param year the sitting year (tahun sidang) it belongs to; its dates lie within that calendar year
 * @param sitting which masa persidangan of the year (1–3) it belongs to
 */
public record SittingPeriod(
        UUID id, UUID institutionId, PeriodKind kind, int year, int sitting, LocalDate startsOn, LocalDate endsOn) {

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !from.isAfter(endsOn) && !to.isBefore(startsOn);
    }
}
