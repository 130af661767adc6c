package id.suara.casework.web;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a case's history in plain words, as the case page shows it: no step codes, action names or unit ids.
 *
 * @param actor who did it: a name, or the role when nobody in particular (the complainant, Suara itself)
 * @param role the role in which they did it, null when {@code actor} already says it
 * @param what what was done: the SOP's label of the action, "Laporan diterima", "Persyaratan diperiksa"
 * @param met the outcome of a requirement check, null for other entries
 * @param fromStep the name of the step the case left, null when it did not move
 * @param toStep the name of the step the case reached, null when it did not move
 * @param note the actor's note, null when none
 * @param values the values recorded with it
 */
record HistoryLine(
        Instant at,
        String actor,
        String role,
        String what,
        Boolean met,
        String fromStep,
        String toStep,
        String note,
        List<Value> values) {

    /**
     * One recorded value under its label: a text, or (for requirement check items and yes/no values) met or not.
     *
     * @param longText whether the text keeps its line breaks, as a letter does
     */
    record Value(String label, String text, Boolean met, boolean longText) {}
}
