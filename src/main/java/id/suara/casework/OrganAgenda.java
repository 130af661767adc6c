package id.suara.casework;

import id.suara.institution.Unit;
import id.suara.intake.SubmissionKind;
import id.suara.sop.CaseStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A council organ's agenda (ADR 0026): the delegations it receives and received, and the cases assigned to it that it
 * has not discussed yet; those waiting more than a month are flagged (003 III.A.3: discussed at least once a month).
 *
 * @param today the institution's date the agenda was read on
 * @param upcoming the audiences from today on, soonest first
 * @param past the audiences before today, latest first (at most {@value Audiences#PAST_AUDIENCES})
 * @param undiscussed open cases assigned to the organ without a recorded discussion or an audience, longest waiting
 *     first
 */
public record OrganAgenda(
        Unit unit,
        String timeZone,
        LocalDate today,
        List<Entry> upcoming,
        List<Entry> past,
        List<Waiting> undiscussed) {

    public OrganAgenda {
        upcoming = List.copyOf(upcoming);
        past = List.copyOf(past);
        undiscussed = List.copyOf(undiscussed);
    }

    /**
     * One audience on the agenda.
     *
     * @param delegation who comes: the complainant's organisation or name; "Dirahasiakan" for a confidential one, as in
     *     every list; null for an anonymous one
     * @param title the case's title as lists show it
     * @param size the members the gate recorded present, or else the number the delegation said it would bring; null
     *     when unknown
     */
    public record Entry(
            UUID caseId,
            String registrationNumber,
            Instant startsAt,
            String delegation,
            String title,
            Integer size,
            Audience.Stage stage,
            CaseStatus caseStatus) {}

    /**
     * A case the organ has not discussed.
     *
     * @param assignedAt when it was assigned to the organ
     * @param overdue whether it has waited more than a month since (003 III.A.3)
     */
    public record Waiting(
            UUID caseId,
            String registrationNumber,
            String title,
            SubmissionKind kind,
            CaseStatus status,
            Instant assignedAt,
            boolean overdue) {}
}
