package id.suara.sop;

/** The requirements a submission must meet (003 IV.A.2, IV.B.1.b, IV.B.2.2; 000 step 1). */
public enum RequirementCheck {
    /** The complainant's identity (and, for letters and online, a complete address). */
    IDENTITY,
    /** A clear purpose (maksud dan tujuan). */
    PURPOSE,
    /** A clear substance (substansi permasalahan). */
    SUBSTANCE,
    /** Supporting data (data pendukung). */
    SUPPORTING_DATA,
    /** Within the institution's authority (kewenangan), for online submissions (003 SOP online step 2). */
    AUTHORITY,
    /** An audience requested at least 3 working days ahead (003 IV.A.5). Evaluated from the dates, not by hand. */
    AUDIENCE_NOTICE
}
