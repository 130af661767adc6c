package id.suara.documents;

import java.util.List;

/**
 * The kinds of document Suara issues, each with its template under {@code templates/documents/}. A numbered type takes
 * its number from the institution's pattern and yearly counter ({@link LetterNumbers}); the others carry the case's
 * registration (agenda) number.
 */
public enum DocumentType {
    /** Tanda terima: what the complainant receives at registration; numbered with the registration number. */
    RECEIPT("receipt", "tanda-terima", false, List.of()),
    /**
     * Formulir pengaduan: the submission as the register records it, with the complainant's identity and room for both
     * signatures (001 step 3); numbered with the registration number.
     */
    COMPLAINT_FORM("complaint-form", "formulir-pengaduan", false, List.of()),
    /** Surat tanggapan: the answer to the complainant, drafted on the leadership's direction (003 step 8). */
    RESPONSE_LETTER("response-letter", "surat-tanggapan", true, List.of("nature", "attachment", "copies")),
    /** Surat undangan: invites the parties to a meeting (001 step 9, 000 step 4). */
    INVITATION(
            "invitation",
            "undangan",
            true,
            List.of("nature", "attachment", "date", "time", "place", "agenda", "chair", "copies")),
    /** Berita acara: the official report of a meeting, signed by its attendees (001 step 11). */
    OFFICIAL_REPORT("official-report", "berita-acara", true, List.of("date", "place", "attendees")),
    /** Laporan hasil rapat: the meeting result report, initialled up the chain and signed (001 steps 12–15). */
    MEETING_REPORT("meeting-report", "laporan", true, List.of("introduction", "activities", "conclusions", "closing")),
    /**
     * Lembar disposisi: one per disposition of a case (GOVDOCS §1.7); not numbered, it carries the case's agenda
     * (registration) number.
     */
    DISPOSITION("disposition", "lembar-disposisi", false, List.of()),
    /** Daftar hadir: a meeting's attendance list, every invitee's row to sign (001 step 10, 000 step 5; GOVDOCS §1.8). */
    ATTENDANCE_LIST("attendance-list", "daftar-hadir", false, List.of()),
    /** Notula: a meeting's minutes (001 step 10, 000 step 6; GOVDOCS §1.5). */
    MINUTES("minutes", "notula", false, List.of()),
    /**
     * Surat pemberitahuan jadwal audiensi: tells a delegation when, where and by which council organ it is received, how
     * many may come and what to bring (003 IV.A.3–6), in the surat dinas layout (GOVDOCS §1.1, §1.3).
     */
    AUDIENCE_SCHEDULE_LETTER(
            "audience-schedule-letter",
            "surat-jadwal-audiensi",
            true,
            List.of("nature", "attachment", "date", "time", "place", "organ", "maxMembers", "rules", "copies")),
    /**
     * Laporan rekapitulasi: a recap of a closed period issued to the leadership (issue 12, ADR 0041) — the recap of
     * aspirations and complaints per organ, a division's monitoring and evaluation report, or the yearly inventory — in
     * the laporan layout (GOVDOCS §1.6); it carries the number Suara gives the recap.
     */
    RECAP("recap", "rekapitulasi", false, List.of());

    private final String template;
    private final String fileName;
    private final boolean numbered;
    private final List<String> contentParts;

    DocumentType(String template, String fileName, boolean numbered, List<String> contentParts) {
        this.template = template;
        this.fileName = fileName;
        this.numbered = numbered;
        this.contentParts = contentParts;
    }

    /**
     * The further parts a letter of this type may have besides its subject, addressee and body: {@code nature} (sifat),
     * {@code attachment} (lampiran), {@code copies} (tembusan, one per line), an event's {@code date} (yyyy-mm-dd),
     * {@code time}, {@code place}, {@code agenda} and {@code chair}, a berita acara's {@code attendees} (one per line:
     * name; position), a report's {@code introduction}, {@code activities}, {@code conclusions} and {@code closing}, an
     * audience schedule letter's {@code organ} receiving the delegation, {@code maxMembers} and {@code rules} (one per
     * line).
     */
    public List<String> contentParts() {
        return contentParts;
    }

    /** How its files begin, in Indonesian, e.g. {@code tanda-terima}. */
    String fileName() {
        return fileName;
    }

    String template() {
        return "documents/" + template;
    }

    /** Whether it takes a letter number of its own (pattern and yearly counter per institution). */
    public boolean numbered() {
        return numbered;
    }
}
