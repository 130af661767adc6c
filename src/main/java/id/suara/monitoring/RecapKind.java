package id.suara.monitoring;

import id.suara.shared.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;

/** The recap reports (rekapitulasi) a secretariat hands to the leadership (issue 12, ADR 0041). */
public enum RecapKind {
    /**
     * Rekapitulasi per alat kelengkapan/unit: aspirations, complaints and carbon copies received, their follow-up and
     * results, answers on time and late, by channel and kind (003 III.B.1.d).
     */
    REKAPITULASI("rekapitulasi"),
    /** Laporan monitoring dan evaluasi of a division for a period, typically a masa sidang (003 BAB V). */
    MONEV("monev"),
    /** Daftar inventaris: every case registered in a calendar year, one row each (003 BAB V). */
    INVENTARIS("inventaris");

    private final String slug;

    RecapKind(String slug) {
        this.slug = slug;
    }

    /** How the kind is written in URLs and file names. */
    public String slug() {
        return slug;
    }

    /** The kind written as its slug or its name; refused naming {@code kind} when it is neither. */
    public static RecapKind parse(String text) {
        var value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(k -> k.slug.equals(value)
                        || k.name().toLowerCase(Locale.ROOT).equals(value))
                .findFirst()
                .orElseThrow(
                        () -> InvalidInputException.invalid("kind", "must be one of rekapitulasi, monev, inventaris"));
    }
}
