package id.suara.recess;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A member of the council (anggota DPRD).
 *
 * @param factionId the faction (fraksi), a unit of type FACTION
 * @param activeTo the last day in office; null while in office
 * @param staffAccountId the staff account the member signs in with, if any
 */
public record CouncilMember(
        UUID id,
        UUID institutionId,
        String name,
        UUID factionId,
        String factionName,
        UUID dapilId,
        String dapilName,
        LocalDate activeFrom,
        LocalDate activeTo,
        UUID staffAccountId) {

    /** Whether the member is in office at some day between {@code from} and {@code to}. */
    public boolean activeDuring(LocalDate from, LocalDate to) {
        return !activeFrom.isAfter(to) && (activeTo == null || !activeTo.isBefore(from));
    }
}
