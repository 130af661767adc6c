package id.suara.recess;

/** What the target government office (OPD) decided on an accepted pokir item: diterima, ditolak, ditunda. */
public enum OpdDecision {
    /** Diterima: taken into the office's work plan (Renja), usually with its program. */
    ADOPTED,
    /** Ditolak. */
    DECLINED,
    /** Ditunda: kept for a later year. */
    DEFERRED
}
