package id.suara.casework;

import id.suara.calendar.TimeLimit;

/**
 * How urgent a disposition is (sifat, GOVDOCS §1.13), and the deadline it sets when none is given: sangat segera
 * within a day (24 hours), segera within two (2 × 24 hours), biasa within five working days — never past the SOP's limit.
 */
public enum Urgency {
    BIASA(TimeLimit.workingDays(5)),
    SEGERA(TimeLimit.calendarDays(2)),
    SANGAT_SEGERA(TimeLimit.calendarDays(1));

    private final TimeLimit answerWithin;

    Urgency(TimeLimit answerWithin) {
        this.answerWithin = answerWithin;
    }

    /** How long its units have when the disposition names no deadline of its own. */
    public TimeLimit answerWithin() {
        return answerWithin;
    }
}
