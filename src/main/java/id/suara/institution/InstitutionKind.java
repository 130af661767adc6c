package id.suara.institution;

/** What sort of body an institution is. */
public enum InstitutionKind {
    /** Sekretariat DPRD: serves a regional council. */
    COUNCIL_SECRETARIAT,
    /** A regional government office (OPD), e.g. a Dinas. */
    GOVERNMENT_OFFICE
}
