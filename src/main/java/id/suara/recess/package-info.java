/**
 * Recess (reses): the DPRD session calendar of each council secretariat — its five-year terms, session periods (masa
 * sidang) and recess periods (masa reses) — and the people of a recess: council members with their faction and
 * constituency (dapil), and the companions (pendamping) assigned to a member for one recess (ADR 0030). The facilitation
 * of a recess (seed 004): its checklist with an owner, a due day and a status per item, expanded per member and per
 * companion, due within 21 working days on the institution's working calendar, and the service complaints about it,
 * registered through intake as cases on their own SOP (ADR 0031). Visits, aspirations and pokir of issue 10 hang off a
 * recess and a member too. Casework's inbox reads the overdue items through {@link id.suara.recess.RecessFacilitations};
 * this module never depends on casework.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Recess",
        allowedDependencies = {"institution", "staff", "audit", "calendar", "intake", "shared"})
package id.suara.recess;
