package id.suara.recess;

import java.time.LocalDate;

/**
 * What became of a recess aspiration in a pokir compilation, as its complainant sees it on the portal: the planning
 * year, the secretariat's review with its reason, and the target office's decision once recorded.
 */
public record PokirOutcome(
        int planningYear,
        String compilationTitle,
        PokirReview review,
        String reason,
        String targetOffice,
        OpdDecision opdDecision,
        String opdProgram,
        String opdNote,
        LocalDate opdDecidedOn) {}
