package id.suara.intake;

/** Who submits (003 IV.A.1, IV.B.1.a). */
public enum ComplainantType {
    INDIVIDUAL,
    /** Kelompok masyarakat, organisasi, perkumpulan, asosiasi. */
    GROUP,
    INSTITUTION
}
