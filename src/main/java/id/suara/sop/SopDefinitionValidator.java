package id.suara.sop;

import id.suara.institution.Role;
import id.suara.shared.InvalidInputException;
import id.suara.shared.InvalidInputException.FieldError;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks that an SOP definition is a workable procedure before it is shipped or stored: every step can be reached and can
 * lead to an end, every move names known steps, someone on staff can perform it, and each step and move cites its source.
 * Every problem is reported at once, each under a JSON-path-like field name such as {@code steps[3].roles} or
 * {@code transitions[5].to}.
 */
public final class SopDefinitionValidator {

    /** Codes of procedures and steps, and action names: lowercase words joined by hyphens. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private static final Set<ActionField.FieldType> TEXT_TYPES =
            EnumSet.of(ActionField.FieldType.TEXT, ActionField.FieldType.LONG_TEXT);

    private SopDefinitionValidator() {}

    /**
     * Refuses a definition that is not a workable procedure.
     *
     * @throws InvalidInputException listing every problem found
     */
    public static void validate(SopDefinition definition) {
        var problems = problems(definition);
        if (!problems.isEmpty()) {
            throw InvalidInputException.invalid(problems);
        }
    }

    /** Every problem of a definition, grouped by kind of check; empty when it is valid. */
    public static List<FieldError> problems(SopDefinition definition) {
        if (definition == null) {
            return List.of(new FieldError("definition", "An SOP definition is required"));
        }
        return new Check(definition).run();
    }

    /** One validation run; collects problems instead of stopping at the first. */
    private static final class Check {

        private final SopDefinition definition;
        private final List<FieldError> errors = new ArrayList<>();
        /** Index of the first step with each code. */
        private final Map<String, Integer> stepIndex = new HashMap<>();

        Check(SopDefinition definition) {
            this.definition = definition;
        }

        List<FieldError> run() {
            checkHeader();
            checkSteps();
            checkTransitions();
            checkRequirementOutcomes();
            checkGraph();
            checkLetters();
            checkReopenStep();
            checkIdentity();
            return errors;
        }

        /**
         * The optional identity block of the printed SOP (ADR 0039): its dates in order, an approval that names the
         * official, and no empty entries in its lists.
         */
        private void checkIdentity() {
            var identity = definition.identity();
            if (identity == null) {
                return;
            }
            var made = identity.madeOn();
            if (made != null
                    && identity.revisedOn() != null
                    && identity.revisedOn().isBefore(made)) {
                error("identity.revisedOn", "An SOP cannot be revised before it was made");
            }
            if (made != null
                    && identity.effectiveOn() != null
                    && identity.effectiveOn().isBefore(made)) {
                error("identity.effectiveOn", "An SOP cannot take effect before it was made");
            }
            var approval = identity.approvedBy();
            if (approval != null && blank(approval.position())) {
                error("identity.approvedBy.position", "Name the position of the official who approved the SOP");
            }
            var lists = new java.util.LinkedHashMap<String, List<String>>();
            lists.put("legalBasis", identity.legalBasis());
            lists.put("qualifications", identity.qualifications());
            lists.put("relatedSops", identity.relatedSops());
            lists.put("equipment", identity.equipment());
            lists.put("warnings", identity.warnings());
            lists.put("records", identity.records());
            lists.forEach((name, entries) -> {
                for (int i = 0; i < entries.size(); i++) {
                    if (blank(entries.get(i))) {
                        error("identity." + name + "[" + i + "]", "Leave out empty entries");
                    }
                }
            });
        }

        /** The optional step an objection reopens a case at (ADR 0036): a step of the procedure where staff act. */
        private void checkReopenStep() {
            var code = definition.reopenStep();
            if (code == null) {
                return;
            }
            var step = definition.step(code);
            if (step.isEmpty()) {
                error("reopenStep", "No step has the code " + code);
            } else if (step.get().terminal()) {
                error("reopenStep", "A case cannot be reopened at an end state: name a step where staff act");
            } else if (step.get().roles().contains(id.suara.institution.Role.COMPLAINANT)) {
                error("reopenStep", "A case cannot be reopened at a step the complainant performs");
            }
        }

        private void checkHeader() {
            if (blank(definition.code())) {
                error("code", "The procedure needs a code");
            } else if (!NAME.matcher(definition.code()).matches()) {
                error("code", "Use lowercase words joined by hyphens, e.g. kebumen-written");
            }
            if (definition.title() == null) {
                error("title", "The procedure needs a title");
            }
            if (blank(definition.source())) {
                error("source", "Name the document this procedure comes from");
            }
            if (definition.channels().isEmpty()) {
                error("channels", "Name at least one channel whose submissions this procedure handles");
            }
            if (definition.kinds().isEmpty()) {
                error("kinds", "Name at least one kind of submission this procedure handles");
            }
        }

        private void checkSteps() {
            var steps = definition.steps();
            if (steps.isEmpty()) {
                error("steps", "A procedure needs at least one step");
                return;
            }
            for (int i = 0; i < steps.size(); i++) {
                var step = steps.get(i);
                var path = "steps[" + i + "]";
                if (blank(step.code())) {
                    error(path + ".code", "Every step needs a code");
                } else if (stepIndex.containsKey(step.code())) {
                    error(
                            path + ".code",
                            "Step code " + step.code() + " is already used by steps[" + stepIndex.get(step.code())
                                    + "]");
                } else {
                    stepIndex.put(step.code(), i);
                    if (!NAME.matcher(step.code()).matches()) {
                        error(path + ".code", "Use lowercase words joined by hyphens, e.g. check-requirements");
                    }
                }
                if (step.name() == null) {
                    error(path + ".name", "Every step needs a name for staff");
                }
                if (step.publicName() == null) {
                    error(path + ".publicName", "Every step needs a name the complainant understands");
                }
                if (blank(step.source())) {
                    error(path + ".source", "Cite the seed document and step this comes from");
                }
                if (new HashSet<>(step.requirementChecks()).size()
                        != step.requirementChecks().size()) {
                    error(path + ".requirementChecks", "A requirement is listed twice");
                }
                if (step.status() == null) {
                    error(path + ".status", "Every step needs the case status a case has while there");
                }
                checkAppointment(step, path);
                if (step.terminal()) {
                    checkTerminalStep(step, path);
                } else {
                    checkOngoingStep(step, path);
                }
            }
            if (steps.getFirst().terminal()) {
                error("steps[0].terminal", "The first step is where every case starts; it cannot be an end state");
            }
            if (steps.stream().noneMatch(StepDefinition::terminal)) {
                error("steps", "A procedure needs at least one terminal step where cases end");
            }
        }

        /** An appointment is read from a date-time field of some action, and only a step a case waits at has one. */
        private void checkAppointment(StepDefinition step, String path) {
            if (step.appointmentField() == null) {
                return;
            }
            if (step.terminal()) {
                error(path + ".appointmentField", "A case does not wait at an end state for an appointment");
            }
            boolean given = definition.transitions().stream()
                    .flatMap(t -> t.fields().stream())
                    .anyMatch(f ->
                            step.appointmentField().equals(f.name()) && f.type() == ActionField.FieldType.DATE_TIME);
            if (!given) {
                error(
                        path + ".appointmentField",
                        "No action of this procedure has a DATE_TIME field named " + step.appointmentField()
                                + " to give the appointment");
            }
        }

        private void checkTerminalStep(StepDefinition step, String path) {
            if (!step.roles().isEmpty()) {
                error(path + ".roles", "Nobody acts at an end state; a terminal step has no roles");
            }
            if (step.timeLimit() != null) {
                error(path + ".timeLimit", "A case does not wait at an end state; a terminal step has no time limit");
            }
            if (step.status() != null && !step.status().closed()) {
                error(
                        path + ".status",
                        "A terminal step needs a closing status (ARCHIVED, RETURNED, REDIRECTED or "
                                + "COMPLETED), not " + step.status());
            }
            if (!outgoing(step.code()).isEmpty()) {
                error(
                        path + ".terminal",
                        "A terminal step cannot have outgoing transitions, but " + describe(outgoing(step.code()))
                                + " leave it");
            }
        }

        private void checkOngoingStep(StepDefinition step, String path) {
            if (step.roles().isEmpty()) {
                error(path + ".roles", "Name the role (swimlane) responsible for this step");
            }
            if (step.status() != null && step.status().closed()) {
                error(
                        path + ".status",
                        "A case continues from this step, so its status cannot be the closing status " + step.status()
                                + "; make it terminal or change the status");
            }
            if (!blank(step.code()) && outgoing(step.code()).isEmpty()) {
                error(path, "Step " + step.code() + " is not terminal but has no outgoing transitions");
            }
        }

        private void checkTransitions() {
            var transitions = definition.transitions();
            Map<String, Set<String>> actionsByStep = new HashMap<>();
            Map<String, Integer> automaticByStep = new HashMap<>();
            for (int i = 0; i < transitions.size(); i++) {
                var transition = transitions.get(i);
                var path = "transitions[" + i + "]";
                var from = stepOf(transition.from());
                if (blank(transition.from())) {
                    error(path + ".from", "Name the step this transition leaves");
                } else if (from == null) {
                    error(path + ".from", "Unknown step " + transition.from());
                }
                if (blank(transition.to())) {
                    error(path + ".to", "Name the step this transition leads to");
                } else if (stepOf(transition.to()) == null) {
                    error(path + ".to", "Unknown step " + transition.to());
                }
                if (blank(transition.action())) {
                    error(path + ".action", "Every transition needs an action name");
                } else if (!NAME.matcher(transition.action()).matches()) {
                    error(path + ".action", "Use lowercase words joined by hyphens, e.g. accept or assign-division");
                } else if (!blank(transition.from())
                        && !actionsByStep
                                .computeIfAbsent(transition.from(), k -> new HashSet<>())
                                .add(transition.action())) {
                    error(
                            path + ".action",
                            "Step " + transition.from() + " already has an action named " + transition.action());
                }
                if (transition.label() == null) {
                    error(path + ".label", "Every transition needs a label for staff");
                }
                if (blank(transition.source())) {
                    error(path + ".source", "Cite the seed document and step this comes from");
                }
                checkConditionAgainstStep(transition, from, path);
                checkRoles(transition, from, path);
                if (transition.automatic()) {
                    checkAutomatic(transition, path, automaticByStep, i);
                }
                checkFields(transition, path);
            }
            automaticByStep.forEach((step, index) -> {
                var manual = outgoing(step).stream().filter(t -> !t.automatic()).count();
                if (manual > 0) {
                    error(
                            "transitions[" + index + "].automatic",
                            "Suara performs an automatic transition as soon as " + "the case reaches " + step
                                    + ", so the step's other actions could never be used");
                }
            });
        }

        /**
         * Each letter rule names a known type once, at most three initials by distinct roles, and a signer who does not
         * also initial; each action's letter names a type the procedure has a rule for.
         */
        private void checkLetters() {
            var types = new HashSet<String>();
            for (int i = 0; i < definition.letters().size(); i++) {
                var rule = definition.letters().get(i);
                var path = "letters[" + i + "]";
                if (!LetterRule.TYPES.contains(rule.type())) {
                    error(path + ".type", "Use one of " + String.join(", ", LetterRule.TYPES));
                } else if (!types.add(rule.type())) {
                    error(path + ".type", "The procedure already has a rule for " + rule.type());
                }
                if (rule.initials().size() > LetterRule.MAX_INITIALS) {
                    error(path + ".initials", "At most " + LetterRule.MAX_INITIALS + " officials initial a letter");
                }
                if (rule.initials().stream().distinct().count()
                        < rule.initials().size()) {
                    error(path + ".initials", "A role initials a letter once");
                }
                if (rule.initials().stream().anyMatch(role -> role == null || !role.assignable())) {
                    error(path + ".initials", "Name the roles of the officials who initial");
                }
                if (rule.signer() == null || !rule.signer().assignable()) {
                    error(path + ".signer", "Name the role of the official who signs");
                } else if (rule.initials().contains(rule.signer())) {
                    error(path + ".signer", "The signer does not also initial");
                }
                if (blank(rule.source())) {
                    error(path + ".source", "Cite the seed document and step this comes from");
                }
            }
            for (int i = 0; i < definition.transitions().size(); i++) {
                var letter = definition.transitions().get(i).letter();
                if (letter == null) {
                    continue;
                }
                var path = "transitions[" + i + "].letter";
                if (letter.act() == null) {
                    error(
                            path + ".act",
                            "Say what the action does with the letter: DRAFTED, INITIAL, SIGN, SIGNED, DELIVERED or ISSUED");
                }
                if (letter.act() == LetterStep.Act.ISSUED) {
                    if (!LetterStep.RECORDS.contains(letter.type())) {
                        error(path + ".type", "ISSUED names a meeting record: " + LetterStep.RECORDS);
                    }
                } else if (definition.letterRule(letter.type()).isEmpty()) {
                    error(path + ".type", "The procedure has no letter rule for " + letter.type());
                }
            }
        }

        private void checkConditionAgainstStep(TransitionDefinition transition, StepDefinition from, String path) {
            var condition = transition.condition();
            if (condition != TransitionCondition.ALWAYS
                    && from != null
                    && from.requirementChecks().isEmpty()) {
                error(
                        path + ".condition",
                        condition + " needs requirement checks at step " + from.code() + ", which has none");
            }
        }

        private void checkRoles(TransitionDefinition transition, StepDefinition from, String path) {
            var swimlaneOnly =
                    transition.roles().stream().filter(r -> !r.assignable()).toList();
            if (!swimlaneOnly.isEmpty()) {
                error(
                        path + ".roles",
                        "No staff account holds " + swimlaneOnly + "; only automatic transitions are "
                                + "done by the system, and the complainant acts only by submitting");
            } else if (!transition.automatic()
                    && from != null
                    && transition.roles().isEmpty()
                    && !from.roles().isEmpty()
                    && from.roles().stream().noneMatch(Role::assignable)) {
                error(
                        path + ".roles",
                        "Nobody on staff can perform this action: step " + from.code() + " belongs to " + from.roles()
                                + "; make the transition automatic or name staff roles");
            }
        }

        private void checkAutomatic(
                TransitionDefinition transition, String path, Map<String, Integer> automaticByStep, int index) {
            if (!blank(transition.from())) {
                var earlier = automaticByStep.putIfAbsent(transition.from(), index);
                if (earlier != null) {
                    error(
                            path + ".automatic",
                            "Step " + transition.from() + " already has an automatic transition, " + "transitions["
                                    + earlier + "]");
                }
            }
            if (transition.condition() != TransitionCondition.ALWAYS) {
                error(path + ".condition", "An automatic transition cannot depend on a condition");
            }
            var fields = transition.fields();
            for (int j = 0; j < fields.size(); j++) {
                if (fields.get(j).required()) {
                    error(
                            path + ".fields[" + j + "].required",
                            "Nobody fills in a field of an automatic transition, " + "so it cannot be required");
                }
            }
        }

        private void checkFields(TransitionDefinition transition, String path) {
            var fields = transition.fields();
            Set<String> names = new HashSet<>();
            Map<ActionField.FieldEffect, Integer> effects = new HashMap<>();
            for (int j = 0; j < fields.size(); j++) {
                var field = fields.get(j);
                var fieldPath = path + ".fields[" + j + "]";
                if (blank(field.name())) {
                    error(fieldPath + ".name", "Every field needs a name");
                } else if (!names.add(field.name())) {
                    error(fieldPath + ".name", "The field name " + field.name() + " is used twice in this transition");
                }
                if (field.label() == null) {
                    error(fieldPath + ".label", "Every field needs a label");
                }
                if (field.type() == null) {
                    error(fieldPath + ".type", "Every field needs a type");
                    continue;
                }
                checkOptions(field, fieldPath);
                checkEffect(field, fieldPath, effects, j);
            }
        }

        private void checkOptions(ActionField field, String fieldPath) {
            if (field.type() == ActionField.FieldType.CHOICE) {
                if (field.options().isEmpty()) {
                    error(fieldPath + ".options", "A CHOICE field needs the options to choose from");
                } else if (field.options().stream().anyMatch(SopDefinitionValidator::blank)) {
                    error(fieldPath + ".options", "An option cannot be blank");
                } else if (new HashSet<>(field.options()).size()
                        != field.options().size()) {
                    error(fieldPath + ".options", "An option is listed twice");
                }
            } else if (!field.options().isEmpty()) {
                error(fieldPath + ".options", "Only a CHOICE field has options, not a " + field.type() + " field");
            }
        }

        private void checkEffect(
                ActionField field, String fieldPath, Map<ActionField.FieldEffect, Integer> effects, int index) {
            switch (field.effect()) {
                case ASSIGN_UNIT -> {
                    if (field.type() != ActionField.FieldType.UNIT) {
                        error(
                                fieldPath + ".effect",
                                "Only a UNIT field can assign a unit, not a " + field.type() + " field");
                    }
                }
                case PUBLISH_ANSWER -> {
                    if (!TEXT_TYPES.contains(field.type())) {
                        error(
                                fieldPath + ".effect",
                                "Only a TEXT or LONG_TEXT field can be published as the answer, " + "not a "
                                        + field.type() + " field");
                    }
                }
                case AUDIENCE_SLOT -> {
                    if (field.type() != ActionField.FieldType.DATE_TIME) {
                        error(
                                fieldPath + ".effect",
                                "Only a DATE_TIME field can be an audience's agreed time, not a " + field.type()
                                        + " field");
                    }
                }
                case NONE -> {
                    return;
                }
            }
            var earlier = effects.putIfAbsent(field.effect(), index);
            if (earlier != null) {
                error(fieldPath + ".effect", "fields[" + earlier + "] already has the effect " + field.effect());
            }
        }

        /** A step that records requirement checks must say where a case goes when they are met and when they are not. */
        private void checkRequirementOutcomes() {
            var steps = definition.steps();
            for (int i = 0; i < steps.size(); i++) {
                var step = steps.get(i);
                if (step.requirementChecks().isEmpty() || step.terminal() || blank(step.code())) {
                    continue;
                }
                var conditions = outgoing(step.code()).stream()
                        .map(TransitionDefinition::condition)
                        .toList();
                if (!conditions.contains(TransitionCondition.REQUIREMENTS_MET)) {
                    error(
                            "steps[" + i + "].requirementChecks",
                            "Step " + step.code() + " checks requirements but has "
                                    + "no REQUIREMENTS_MET transition for when they are met");
                }
                if (!conditions.contains(TransitionCondition.REQUIREMENTS_NOT_MET)) {
                    error(
                            "steps[" + i + "].requirementChecks",
                            "Step " + step.code() + " checks requirements but has "
                                    + "no REQUIREMENTS_NOT_MET transition for when they are not");
                }
            }
        }

        /** Every step can be reached from the first one, and from every reachable step an end state can be reached. */
        private void checkGraph() {
            var steps = definition.steps();
            if (steps.isEmpty() || blank(steps.getFirst().code())) {
                return;
            }
            Map<String, Set<String>> forward = new HashMap<>();
            Map<String, Set<String>> backward = new HashMap<>();
            for (var transition : definition.transitions()) {
                if (stepOf(transition.from()) != null && stepOf(transition.to()) != null) {
                    forward.computeIfAbsent(transition.from(), k -> new HashSet<>())
                            .add(transition.to());
                    backward.computeIfAbsent(transition.to(), k -> new HashSet<>())
                            .add(transition.from());
                }
            }
            var reachable = closure(List.of(steps.getFirst().code()), forward);
            var terminals = steps.stream()
                    .filter(StepDefinition::terminal)
                    .map(StepDefinition::code)
                    .filter(code -> !blank(code))
                    .toList();
            var canEnd = closure(terminals, backward);
            for (int i = 0; i < steps.size(); i++) {
                var step = steps.get(i);
                if (blank(step.code()) || !Integer.valueOf(i).equals(stepIndex.get(step.code()))) {
                    continue;
                }
                if (!reachable.contains(step.code())) {
                    error(
                            "steps[" + i + "]",
                            (step.terminal() ? "End state " : "Step ") + step.code()
                                    + " cannot be reached from the first step "
                                    + steps.getFirst().code());
                } else if (!terminals.isEmpty() && !canEnd.contains(step.code())) {
                    error(
                            "steps[" + i + "]",
                            "No end state can be reached from step " + step.code()
                                    + "; a case there would never finish");
                }
            }
        }

        private static Set<String> closure(List<String> start, Map<String, Set<String>> edges) {
            Set<String> seen = new HashSet<>(start);
            var queue = new ArrayDeque<>(start);
            while (!queue.isEmpty()) {
                for (var next : edges.getOrDefault(queue.poll(), Set.of())) {
                    if (seen.add(next)) {
                        queue.add(next);
                    }
                }
            }
            return seen;
        }

        private StepDefinition stepOf(String code) {
            var index = code == null ? null : stepIndex.get(code);
            return index == null ? null : definition.steps().get(index);
        }

        private List<TransitionDefinition> outgoing(String stepCode) {
            if (stepCode == null) {
                return List.of();
            }
            return definition.transitions().stream()
                    .filter(t -> stepCode.equals(t.from()))
                    .toList();
        }

        private String describe(List<TransitionDefinition> transitions) {
            return transitions.stream()
                    .map(TransitionDefinition::action)
                    .toList()
                    .toString();
        }

        private void error(String field, String message) {
            errors.add(new FieldError(field, message));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
