package id.suara.sop;

import id.suara.calendar.TimeLimit;
import id.suara.institution.Role;
import id.suara.shared.LocalizedText;
import java.util.List;

/**
 * One step of an SOP.
 *
 * @param code stable identifier within the SOP, e.g. {@code check-requirements}
 * @param number the step number in the source SOP table, e.g. {@code "2"} or {@code "8b"}; null for end states
 * @param name what staff see
 * @param publicName the step in plain words for the complainant's tracking page
 * @param roles the swimlane(s) responsible; any holder of one of them may act
 * @param timeLimit the SOP's "waktu"; null when the SOP sets none
 * @param outputs the SOP's "output" column
 * @param requirementChecks the requirement checks recorded at this step, empty if none
 * @param status the case status while the case is at this step
 * @param terminal whether the case ends here
 * @param source the seed document and step this comes from, e.g. {@code "003 SOP tertulis, langkah 2"}
 * @param appointmentField the name of a date-time action field holding an appointment this step waits for, such as the
 *     agreed audience time: when the case reaches this step and that field was given, by the move into the step or by an
 *     earlier one (the latest value counts), the step falls due at that time instead of after {@code timeLimit}; null
 *     for a step not tied to an appointment
 * @param requirements the SOP table's "kelengkapan" (persyaratan/kelengkapan) of this step as the source document
 *     words it, printed in the SOP's flow table (ADR 0039); null when the source gives none
 * @param notes the SOP table's "keterangan" of this step as the source document words it; null when it gives none
 */
public record StepDefinition(
        String code,
        String number,
        LocalizedText name,
        LocalizedText publicName,
        List<Role> roles,
        TimeLimit timeLimit,
        List<LocalizedText> outputs,
        List<RequirementCheck> requirementChecks,
        CaseStatus status,
        boolean terminal,
        String source,
        String appointmentField,
        LocalizedText requirements,
        LocalizedText notes) {

    /** A step without the source table's requirements and notes columns. */
    public StepDefinition(
            String code,
            String number,
            LocalizedText name,
            LocalizedText publicName,
            List<Role> roles,
            TimeLimit timeLimit,
            List<LocalizedText> outputs,
            List<RequirementCheck> requirementChecks,
            CaseStatus status,
            boolean terminal,
            String source,
            String appointmentField) {
        this(
                code,
                number,
                name,
                publicName,
                roles,
                timeLimit,
                outputs,
                requirementChecks,
                status,
                terminal,
                source,
                appointmentField,
                null,
                null);
    }

    /** A step not tied to an appointment. */
    public StepDefinition(
            String code,
            String number,
            LocalizedText name,
            LocalizedText publicName,
            List<Role> roles,
            TimeLimit timeLimit,
            List<LocalizedText> outputs,
            List<RequirementCheck> requirementChecks,
            CaseStatus status,
            boolean terminal,
            String source) {
        this(
                code,
                number,
                name,
                publicName,
                roles,
                timeLimit,
                outputs,
                requirementChecks,
                status,
                terminal,
                source,
                null,
                null,
                null);
    }

    public StepDefinition {
        roles = roles == null ? List.of() : List.copyOf(roles);
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
        requirementChecks = requirementChecks == null ? List.of() : List.copyOf(requirementChecks);
    }

    /** Whether the complainant, not staff, performs this step (the submission itself). */
    public boolean byComplainant() {
        return roles.contains(Role.COMPLAINANT);
    }
}
