package id.suara.recess;

import java.util.UUID;

/**
 * A service complaint about a recess's facilitation (004 "Pengaduan Layanan") as a staff member takes it down.
 *
 * @param complainantName the participant who complains; required (the SOP takes complaints in person)
 * @param complainantPhone how to reach them, optional
 * @param memberId the council member whose recess activity it is about, optional
 * @param title what it is about, in a line (at most 200 characters)
 * @param complaint the complaint as told (at most 5,000 characters)
 * @param confidential whether the complainant's identity is withheld from staff who do not handle the case; false
 *     when left out
 */
public record NewServiceComplaint(
        String complainantName,
        String complainantPhone,
        UUID memberId,
        String title,
        String complaint,
        Boolean confidential) {}
