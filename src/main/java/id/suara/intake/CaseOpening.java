package id.suara.intake;

import java.util.List;

/**
 * How a registration opens its case, implemented by casework (which intake does not know): the case is first
 * <em>planned</em>, before anything is written — its procedure found, the submission refused where that procedure does
 * not take it, its automatic moves made — and then, once its submission has a number, <em>opened</em> together with the
 * other registrations written in the same transaction (ADR 0022). A submission never exists without its case: both are
 * written in one transaction.
 */
public interface CaseOpening {

    /**
     * Plans the case of a submission about to be registered, or refuses the submission with an
     * {@link id.suara.shared.InvalidInputException}. Runs before the registration joins its group, possibly outside any
     * transaction, so it reads only what is cached or cheap and writes nothing.
     */
    Plan plan(SubmissionRegistered submission);

    /** Opens the planned cases of numbered submissions, in the current transaction, in their order. */
    void open(List<Numbered> submissions);

    /** What planning found; only the implementation reads it. */
    interface Plan {}

    /** A submission written with its registration number, and the plan of its case. */
    record Numbered(SubmissionRegistered submission, String registrationNumber, Plan plan) {}
}
