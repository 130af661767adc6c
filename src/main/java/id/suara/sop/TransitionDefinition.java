package id.suara.sop;

import id.suara.institution.Role;
import id.suara.shared.LocalizedText;
import java.util.List;

/**
 * An allowed move from one step to another, performed by an action.
 *
 * @param from the step the case must be at
 * @param action the action name used in the API, e.g. {@code accept}, {@code archive}
 * @param to the step the case moves to
 * @param label how the action is shown to staff
 * @param condition when the move is allowed
 * @param roles who may perform it; empty means the roles of the {@code from} step
 * @param fields what the actor must or may provide
 * @param automatic whether Suara performs it itself when the case reaches {@code from}
 * @param source the seed document and step this comes from
 * @param letter what the action does with the case's letter of a type, if anything
 */
public record TransitionDefinition(
        String from,
        String action,
        String to,
        LocalizedText label,
        TransitionCondition condition,
        List<Role> roles,
        List<ActionField> fields,
        boolean automatic,
        String source,
        LetterStep letter) {

    public TransitionDefinition(
            String from,
            String action,
            String to,
            LocalizedText label,
            TransitionCondition condition,
            List<Role> roles,
            List<ActionField> fields,
            boolean automatic,
            String source) {
        this(from, action, to, label, condition, roles, fields, automatic, source, null);
    }

    public TransitionDefinition {
        condition = condition == null ? TransitionCondition.ALWAYS : condition;
        roles = roles == null ? List.of() : List.copyOf(roles);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
