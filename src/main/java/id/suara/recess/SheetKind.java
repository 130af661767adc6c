package id.suara.recess;

/**
 * The sheets Suara gives out for a recess visit (seed 004 step 3), each printed blank and given out as an XLSX to be
 * filled and imported; the prefix opens the sheet's code.
 */
public enum SheetKind {
    /** Lembar aspirasi: one numbered entry per aspiration heard. */
    ASPIRATIONS("ASP", "LEMBAR ASPIRASI RESES"),
    /** Daftar hadir (GOVDOCS §1.8): the people who came; a line imported is an attendee. */
    ATTENDANCE("HDR", "DAFTAR HADIR RESES"),
    /** Daftar tamu undangan: the invited guests who came and signed; a line imported is an invited attendee. */
    GUESTS("TAM", "DAFTAR TAMU UNDANGAN RESES");

    private final String prefix;
    private final String title;

    SheetKind(String prefix, String title) {
        this.prefix = prefix;
        this.title = title;
    }

    /** The first part of the sheet's code, e.g. {@code ASP}. */
    public String prefix() {
        return prefix;
    }

    /** The title printed at the head of the sheet and its workbook, in Indonesian. */
    public String title() {
        return title;
    }

    /** Whether its lines are people (attendance or guest list) rather than aspirations. */
    public boolean listsPeople() {
        return this != ASPIRATIONS;
    }
}
