/**
 * Recess (reses): the DPRD session calendar of each council secretariat — its five-year terms, session periods (masa
 * sidang) and recess periods (masa reses) — and the people of a recess: council members with their faction and
 * constituency (dapil), and the companions (pendamping) assigned to a member for one recess (ADR 0030). The facilitation
 * of a recess (seed 004): its checklist with an owner, a due day and a status per item, expanded per member and per
 * companion, due within 21 working days on the institution's working calendar, and the service complaints about it,
 * registered through intake as cases on their own SOP (ADR 0031). Visits and the aspirations heard at them, each a case
 * (ADR 0032), their printable and importable sheets (ADR 0033); members' recess reports, their faction compilations and
 * the pokir compilation of a planning year with its exports and the target offices' decisions (ADR 0034). Casework's
 * inbox reads the overdue items through {@link id.suara.recess.RecessFacilitations}, so this module never depends on
 * casework: the case page learns a case's origin through {@link id.suara.shared.CaseOrigin}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Recess",
        allowedDependencies = {"institution", "staff", "audit", "shared", "intake", "documents", "calendar"})
package id.suara.recess;
