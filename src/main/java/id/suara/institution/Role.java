package id.suara.institution;

/**
 * The roles staff hold; each SOP step names the role (swimlane) responsible for it.
 * {@link #COMPLAINANT} and {@link #SYSTEM} are swimlanes only: no staff account holds them.
 */
public enum Role {
    /** Pengadu / pelapor: the member of the public who submits. */
    COMPLAINANT(false),
    /** Petugas: front desk officer or secretariat admin. */
    OFFICER(false),
    /** Bagian Umum: general affairs, incoming mail. */
    GENERAL_AFFAIRS(false),
    /** Bagian Humas: public relations, in-person cases. */
    PUBLIC_RELATIONS(false),
    /** Bagian yang membidangi pengaduan: the complaints division (Kebumen: Fasilitasi Penganggaran dan Pengawasan). */
    COMPLAINTS_DIVISION(false),
    /** Sekretaris DPRD. */
    SECRETARY(false),
    /** Pimpinan DPRD. */
    LEADERSHIP(false),
    /** Member of a council organ (Komisi, Badan, Pansus); bound to one organ unit. */
    ORGAN_MEMBER(true),
    /** Kepala Dinas. */
    HEAD_OF_OFFICE(false),
    /** Sekretaris Dinas. */
    OFFICE_SECRETARY(false),
    /** Kepala Bagian / Kepala Bidang. */
    DIVISION_HEAD(false),
    /** Sub Koordinator / PSM (DPMD). */
    SUB_COORDINATOR(false),
    /** Admin koordinator (Demak). */
    COORDINATING_ADMIN(false),
    /** Pejabat penghubung of a government office; bound to one office unit. */
    LIAISON_OFFICER(true),
    /** Read-only access for oversight. */
    AUDITOR(false),
    /** Manages one institution's units, users, calendar and SOPs. */
    INSTITUTION_ADMIN(false),
    /** Manages all institutions. */
    SYSTEM_ADMIN(false),
    /** Done by Suara itself, e.g. the automatic step after a submission is registered. */
    SYSTEM(false);

    private final boolean boundToUnit;

    Role(boolean boundToUnit) {
        this.boundToUnit = boundToUnit;
    }

    /** Whether a holder of this role acts only for one unit (an organ or an office). */
    public boolean boundToUnit() {
        return boundToUnit;
    }

    /**
     * Whether holders of this role register submissions on the complainant's behalf: they receive them at a desk, by
     * letter or from social media (the SOPs' first staff steps).
     */
    public boolean registersSubmissions() {
        return switch (this) {
            case OFFICER, GENERAL_AFFAIRS, PUBLIC_RELATIONS, COMPLAINTS_DIVISION, COORDINATING_ADMIN -> true;
            default -> false;
        };
    }

    /** Whether a staff account can hold this role. */
    public boolean assignable() {
        return this != COMPLAINANT && this != SYSTEM;
    }
}
