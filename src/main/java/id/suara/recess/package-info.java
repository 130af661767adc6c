/**
 * Recess (reses): the DPRD session calendar of each council secretariat — its five-year terms, session periods (masa
 * sidang) and recess periods (masa reses) — and the people of a recess: council members with their faction and
 * constituency (dapil), and the companions (pendamping) assigned to a member for one recess (ADR 0030). The facilitation
 * checklist, visits, aspirations and pokir of issue 10 will hang off a recess and a member.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Recess",
        allowedDependencies = {"institution", "staff", "audit", "shared", "documents", "calendar"})
package id.suara.recess;
