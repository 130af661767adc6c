package id.suara.casework;

import static id.suara.casework.CaseLookup.conditionHolds;
import static id.suara.casework.CaseLookup.step;

import id.suara.institution.Role;
import id.suara.sop.ActionField;
import id.suara.sop.ActionField.FieldEffect;
import id.suara.sop.ActionField.FieldType;
import id.suara.sop.SopDefinition;
import id.suara.sop.TransitionDefinition;
import id.suara.staff.StaffMember;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What can happen next to a case: the actions a viewer may perform now, and whom the case waits for. */
final class NextMoves {

    private NextMoves() {}

    /**
     * The actions {@code viewer} may perform now: the current step's moves done by people, allowed by the latest
     * requirement check and by the viewer's roles (for the unit the case is assigned to, where the role is bound to one).
     *
     * @param history the case's history as the viewer sees it, where an answer to publish finds its draft
     * @param zone the institution's time zone, in which a suggested appointment time is given
     * @param responseLetter the text of the case's signed response letter, if the viewer may read it: an answer to
     *     publish starts from it
     */
    static List<AvailableAction> availableTo(
            StaffMember viewer,
            CaseFile c,
            SopDefinition definition,
            RequirementCheckResult latestCheck,
            List<HistoryEntry> history,
            ZoneId zone,
            Optional<String> responseLetter) {
        return definition.transitionsFrom(c.currentStep()).stream()
                .filter(t -> !t.automatic())
                .filter(t -> conditionHolds(t, latestCheck))
                .filter(t -> viewer.mayActAs(definition.rolesFor(t), c.institutionId(), c.assignedUnitId()))
                .map(t -> new AvailableAction(
                        t.action(),
                        t.label(),
                        t.to(),
                        t.fields(),
                        step(definition, t.to()).status(),
                        initialValues(t, c, definition, history, zone, responseLetter)))
                .toList();
    }

    /**
     * The roles whose holders may move the case on from its current step, in the order the SOP names them; none once
     * the case has ended. A holder of a role bound to a unit acts only for the unit the case is assigned to.
     */
    static List<Role> waitingFor(CaseFile c, SopDefinition definition) {
        if (c.closed()) {
            return List.of();
        }
        var roles = new LinkedHashSet<Role>();
        definition.transitionsFrom(c.currentStep()).stream()
                .filter(t -> !t.automatic())
                .forEach(t -> roles.addAll(definition.rolesFor(t)));
        if (roles.isEmpty()) {
            roles.addAll(step(definition, c.currentStep()).roles());
        }
        return List.copyOf(roles);
    }

    /**
     * An answer to publish starts from the latest drafted text; the time of an appointment a later step falls due at
     * starts from the time last agreed in the history, else from the time the complainant asked for (the audience
     * requested on the form), in the institution's zone; other fields start empty.
     */
    private static Map<String, String> initialValues(
            TransitionDefinition transition,
            CaseFile c,
            SopDefinition definition,
            List<HistoryEntry> history,
            ZoneId zone,
            Optional<String> responseLetter) {
        var values = new LinkedHashMap<String, String>();
        for (var field : transition.fields()) {
            if (field.effect() == FieldEffect.PUBLISH_ANSWER) {
                responseLetter
                        .or(() -> latestDraft(definition, history))
                        .ifPresent(text -> values.put(field.name(), text));
            } else if (field.type() == FieldType.DATE_TIME && isAppointment(definition, field.name())) {
                HistoryEntry.latestInstant(history, field.name())
                        .or(() -> Optional.ofNullable(c.audienceRequestedFor()))
                        .ifPresent(at -> values.put(
                                field.name(), at.atZone(zone).toOffsetDateTime().toString()));
            }
        }
        return values;
    }

    private static boolean isAppointment(SopDefinition definition, String field) {
        return definition.steps().stream().anyMatch(step -> field.equals(step.appointmentField()));
    }

    /**
     * The text last written into a long-text field of an action in the history that is not itself the published answer,
     * such as the response letter drafted before the answer is confirmed and published (003 SOP tertulis, langkah 8–9).
     */
    static Optional<String> latestDraft(SopDefinition definition, List<HistoryEntry> history) {
        var entries = new ArrayList<>(history);
        Collections.reverse(entries);
        for (var entry : entries) {
            if (entry.fromStep() == null || entry.fields().isEmpty()) {
                continue;
            }
            var drafts = definition.transitionsFrom(entry.fromStep()).stream()
                    .filter(t -> t.action().equals(entry.action()))
                    .findFirst()
                    .map(TransitionDefinition::fields)
                    .orElse(List.of())
                    .stream()
                    .filter(f -> f.type() == FieldType.LONG_TEXT && f.effect() == FieldEffect.NONE)
                    .map(ActionField::name)
                    .map(entry.fields()::get)
                    .filter(value -> value instanceof String text && !text.isBlank())
                    .map(String.class::cast)
                    .toList();
            if (!drafts.isEmpty()) {
                return Optional.of(drafts.getLast());
            }
        }
        return Optional.empty();
    }
}
