/**
 * Recess (reses): the DPRD session calendar of each council secretariat — its five-year terms, session periods (masa
 * sidang) and recess periods (masa reses) — and the people of a recess: council members with their faction and
 * constituency (dapil), and the companions (pendamping) assigned to a member for one recess (ADR 0030); members' recess
 * reports, their faction compilations and the pokir compilation of a planning year with its exports and the target
 * offices' decisions (ADR 0034).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Recess",
        allowedDependencies = {"institution", "staff", "audit", "shared", "intake", "casework", "documents", "calendar"
        })
package id.suara.recess;
