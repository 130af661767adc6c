package id.suara.sop;

import id.suara.calendar.TimeLimit;
import id.suara.institution.Role;
import id.suara.intake.Channel;
import id.suara.intake.SubmissionKind;
import id.suara.shared.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Small SOP definitions for tests: a workable one, and ways to break it one property at a time. */
public final class SopFixtures {

    private SopFixtures() {}

    static LocalizedText text(String value) {
        return LocalizedText.of(value, value);
    }

    /**
     * submit (complainant) → check (officer, identity) → handle (officer) → completed, or archived when the identity is
     * missing.
     */
    static SopDefinition workable() {
        return new SopDefinition(
                "test-procedure",
                text("Prosedur uji"),
                "Issuer",
                "1/2025",
                "test.txt — SOP uji",
                List.of(Channel.LETTER),
                List.of(SubmissionKind.COMPLAINT),
                false,
                null,
                List.of(
                        step("submit", Role.COMPLAINANT),
                        checking("check", RequirementCheck.IDENTITY),
                        step("handle", Role.OFFICER),
                        end("archived", CaseStatus.ARCHIVED),
                        end("completed", CaseStatus.COMPLETED)),
                List.of(
                        automatic("submit", "register", "check"),
                        move("check", "accept", "handle", TransitionCondition.REQUIREMENTS_MET),
                        move("check", "archive", "archived", TransitionCondition.REQUIREMENTS_NOT_MET),
                        move("handle", "close", "completed")));
    }

    static StepDefinition step(String code, Role... roles) {
        return new StepDefinition(
                code,
                "1",
                text(code),
                text(code),
                List.of(roles),
                TimeLimit.minutes(15),
                List.of(),
                List.of(),
                CaseStatus.IN_PROGRESS,
                false,
                "test.txt, langkah 1");
    }

    static StepDefinition checking(String code, RequirementCheck... checks) {
        return new StepDefinition(
                code,
                "2",
                text(code),
                text(code),
                List.of(Role.OFFICER),
                TimeLimit.minutes(15),
                List.of(),
                List.of(checks),
                CaseStatus.REGISTERED,
                false,
                "test.txt, langkah 2");
    }

    static StepDefinition end(String code, CaseStatus status) {
        return new StepDefinition(
                code,
                null,
                text(code),
                text(code),
                List.of(),
                null,
                List.of(),
                List.of(),
                status,
                true,
                "test.txt, langkah 3");
    }

    static TransitionDefinition move(String from, String action, String to) {
        return move(from, action, to, TransitionCondition.ALWAYS);
    }

    static TransitionDefinition move(String from, String action, String to, TransitionCondition condition) {
        return new TransitionDefinition(
                from, action, to, text(action), condition, List.of(), List.of(), false, "test.txt, langkah 1");
    }

    static TransitionDefinition automatic(String from, String action, String to) {
        return new TransitionDefinition(
                from,
                action,
                to,
                text(action),
                TransitionCondition.ALWAYS,
                List.of(),
                List.of(),
                true,
                "test.txt, langkah 1");
    }

    static ActionField field(
            String name, ActionField.FieldType type, ActionField.FieldEffect effect, String... options) {
        return new ActionField(name, type, true, text(name), effect, List.of(options));
    }

    // --- copies with one thing changed -------------------------------------------------------------------------------

    /** A definition's parts, to change some of them and build the copy. */
    private static final class SopDraft {
        String code;
        LocalizedText title;
        String issuer;
        String documentNumber;
        String source;
        List<Channel> channels;
        List<SubmissionKind> kinds;
        boolean anonymousAllowed;
        String anonymousSource;
        List<StepDefinition> steps;
        List<TransitionDefinition> transitions;
        List<LetterRule> letters;

        SopDraft(SopDefinition d) {
            code = d.code();
            title = d.title();
            issuer = d.issuer();
            documentNumber = d.documentNumber();
            source = d.source();
            channels = d.channels();
            kinds = d.kinds();
            anonymousAllowed = d.anonymousAllowed();
            anonymousSource = d.anonymousSource();
            steps = d.steps();
            transitions = d.transitions();
            letters = d.letters();
        }

        SopDefinition build() {
            return new SopDefinition(
                    code,
                    title,
                    issuer,
                    documentNumber,
                    source,
                    channels,
                    kinds,
                    anonymousAllowed,
                    anonymousSource,
                    steps,
                    transitions,
                    letters,
                    null);
        }
    }

    /** A step's parts, to change some of them and build the copy. */
    private static final class StepDraft {
        String code;
        String number;
        LocalizedText name;
        LocalizedText publicName;
        List<Role> roles;
        TimeLimit timeLimit;
        List<LocalizedText> outputs;
        List<RequirementCheck> requirementChecks;
        CaseStatus status;
        boolean terminal;
        String source;
        String appointmentField;

        StepDraft(StepDefinition s) {
            code = s.code();
            number = s.number();
            name = s.name();
            publicName = s.publicName();
            roles = s.roles();
            timeLimit = s.timeLimit();
            outputs = s.outputs();
            requirementChecks = s.requirementChecks();
            status = s.status();
            terminal = s.terminal();
            source = s.source();
            appointmentField = s.appointmentField();
        }

        StepDefinition build() {
            return new StepDefinition(
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
                    appointmentField);
        }
    }

    /** A transition's parts, to change some of them and build the copy. */
    private static final class TransitionDraft {
        String from;
        String action;
        String to;
        LocalizedText label;
        TransitionCondition condition;
        List<Role> roles;
        List<ActionField> fields;
        boolean automatic;
        String source;
        LetterStep letter;

        TransitionDraft(TransitionDefinition t) {
            from = t.from();
            action = t.action();
            to = t.to();
            label = t.label();
            condition = t.condition();
            roles = t.roles();
            fields = t.fields();
            automatic = t.automatic();
            source = t.source();
            letter = t.letter();
        }

        TransitionDefinition build() {
            return new TransitionDefinition(
                    from, action, to, label, condition, roles, fields, automatic, source, letter);
        }
    }

    private static SopDefinition changed(SopDefinition d, Consumer<SopDraft> change) {
        var draft = new SopDraft(d);
        change.accept(draft);
        return draft.build();
    }

    private static StepDefinition changed(StepDefinition s, Consumer<StepDraft> change) {
        var draft = new StepDraft(s);
        change.accept(draft);
        return draft.build();
    }

    private static TransitionDefinition changed(TransitionDefinition t, Consumer<TransitionDraft> change) {
        var draft = new TransitionDraft(t);
        change.accept(draft);
        return draft.build();
    }

    public static SopDefinition withSteps(SopDefinition d, List<StepDefinition> steps) {
        return changed(d, draft -> draft.steps = steps);
    }

    public static SopDefinition withTransitions(SopDefinition d, List<TransitionDefinition> transitions) {
        return changed(d, draft -> draft.transitions = transitions);
    }

    static SopDefinition withLetters(SopDefinition d, List<LetterRule> letters) {
        return changed(d, draft -> draft.letters = letters);
    }

    static TransitionDefinition withLetter(TransitionDefinition t, LetterStep letter) {
        return changed(t, draft -> draft.letter = letter);
    }

    static SopDefinition withChannelsAndKinds(SopDefinition d, List<Channel> channels, List<SubmissionKind> kinds) {
        return changed(d, draft -> {
            draft.channels = channels;
            draft.kinds = kinds;
        });
    }

    static SopDefinition replacingStep(SopDefinition d, int index, StepDefinition step) {
        var steps = new ArrayList<>(d.steps());
        steps.set(index, step);
        return withSteps(d, steps);
    }

    static SopDefinition addingStep(SopDefinition d, StepDefinition step) {
        var steps = new ArrayList<>(d.steps());
        steps.add(step);
        return withSteps(d, steps);
    }

    static SopDefinition replacingTransition(SopDefinition d, int index, TransitionDefinition transition) {
        var transitions = new ArrayList<>(d.transitions());
        transitions.set(index, transition);
        return withTransitions(d, transitions);
    }

    static SopDefinition addingTransition(SopDefinition d, TransitionDefinition transition) {
        var transitions = new ArrayList<>(d.transitions());
        transitions.add(transition);
        return withTransitions(d, transitions);
    }

    static SopDefinition removingTransition(SopDefinition d, int index) {
        var transitions = new ArrayList<>(d.transitions());
        transitions.remove(index);
        return withTransitions(d, transitions);
    }

    static StepDefinition withCode(StepDefinition s, String code) {
        return changed(s, draft -> draft.code = code);
    }

    static StepDefinition withRoles(StepDefinition s, Role... roles) {
        return changed(s, draft -> draft.roles = List.of(roles));
    }

    static StepDefinition withStatus(StepDefinition s, CaseStatus status) {
        return changed(s, draft -> draft.status = status);
    }

    public static StepDefinition withTimeLimit(StepDefinition s, TimeLimit timeLimit) {
        return changed(s, draft -> draft.timeLimit = timeLimit);
    }

    static StepDefinition withAppointment(StepDefinition s, String appointmentField) {
        return changed(s, draft -> draft.appointmentField = appointmentField);
    }

    static StepDefinition withChecks(StepDefinition s, RequirementCheck... checks) {
        return changed(s, draft -> draft.requirementChecks = List.of(checks));
    }

    static StepDefinition withSource(StepDefinition s, String source) {
        return changed(s, draft -> draft.source = source);
    }

    static TransitionDefinition withRoles(TransitionDefinition t, Role... roles) {
        return changed(t, draft -> draft.roles = List.of(roles));
    }

    static TransitionDefinition withFields(TransitionDefinition t, ActionField... fields) {
        return changed(t, draft -> draft.fields = List.of(fields));
    }

    static TransitionDefinition withCondition(TransitionDefinition t, TransitionCondition condition) {
        return changed(t, draft -> draft.condition = condition);
    }

    static TransitionDefinition withSource(TransitionDefinition t, String source) {
        return changed(t, draft -> draft.source = source);
    }

    static TransitionDefinition manual(TransitionDefinition t) {
        return changed(t, draft -> draft.automatic = false);
    }
}
