package id.suara.institution;

/** Kinds of units inside an institution. */
public enum UnitType {
    /** Bagian / Bidang / Sub-bagian of a secretariat or office. */
    DIVISION,
    /** Pimpinan DPRD. */
    LEADERSHIP,
    /** Alat Kelengkapan DPRD: Komisi, Badan, Pansus. */
    COUNCIL_ORGAN,
    /** Fraksi. */
    FACTION,
    /** A government office (OPD) or regional enterprise (BUMD) cases are forwarded to. */
    GOVERNMENT_OFFICE
}
