package id.suara.recess;

import java.time.Instant;
import java.util.UUID;

/**
 * A service complaint about a recess's facilitation, as its facilitation lists it.
 *
 * @param status the case's status ({@code id.suara.sop.CaseStatus} name)
 * @param memberName the member whose recess activity it is about, if named
 */
public record ServiceComplaint(
        UUID caseId,
        String registrationNumber,
        String title,
        String status,
        String memberName,
        Instant recordedAt,
        String recordedByName) {}
