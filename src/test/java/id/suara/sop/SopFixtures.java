package id.suara.sop;

import id.suara.calendar.TimeLimit;
import id.suara.institution.Role;
import id.suara.intake.Channel;
import id.suara.intake.SubmissionKind;
import id.suara.shared.LocalizedText;
import java.util.ArrayList;
import java.util.List;

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

    public static SopDefinition withSteps(SopDefinition d, List<StepDefinition> steps) {
        return new SopDefinition(
                d.code(),
                d.title(),
                d.issuer(),
                d.documentNumber(),
                d.source(),
                d.channels(),
                d.kinds(),
                d.anonymousAllowed(),
                d.anonymousSource(),
                steps,
                d.transitions());
    }

    public static SopDefinition withTransitions(SopDefinition d, List<TransitionDefinition> transitions) {
        return new SopDefinition(
                d.code(),
                d.title(),
                d.issuer(),
                d.documentNumber(),
                d.source(),
                d.channels(),
                d.kinds(),
                d.anonymousAllowed(),
                d.anonymousSource(),
                d.steps(),
                transitions);
    }

    static SopDefinition withChannelsAndKinds(SopDefinition d, List<Channel> channels, List<SubmissionKind> kinds) {
        return new SopDefinition(
                d.code(),
                d.title(),
                d.issuer(),
                d.documentNumber(),
                d.source(),
                channels,
                kinds,
                d.anonymousAllowed(),
                d.anonymousSource(),
                d.steps(),
                d.transitions());
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
        return new StepDefinition(
                code,
                s.number(),
                s.name(),
                s.publicName(),
                s.roles(),
                s.timeLimit(),
                s.outputs(),
                s.requirementChecks(),
                s.status(),
                s.terminal(),
                s.source());
    }

    static StepDefinition withRoles(StepDefinition s, Role... roles) {
        return new StepDefinition(
                s.code(),
                s.number(),
                s.name(),
                s.publicName(),
                List.of(roles),
                s.timeLimit(),
                s.outputs(),
                s.requirementChecks(),
                s.status(),
                s.terminal(),
                s.source());
    }

    static StepDefinition withStatus(StepDefinition s, CaseStatus status) {
        return new StepDefinition(
                s.code(),
                s.number(),
                s.name(),
                s.publicName(),
                s.roles(),
                s.timeLimit(),
                s.outputs(),
                s.requirementChecks(),
                status,
                s.terminal(),
                s.source());
    }

    public static StepDefinition withTimeLimit(StepDefinition s, TimeLimit timeLimit) {
        return new StepDefinition(
                s.code(),
                s.number(),
                s.name(),
                s.publicName(),
                s.roles(),
                timeLimit,
                s.outputs(),
                s.requirementChecks(),
                s.status(),
                s.terminal(),
                s.source());
    }

    static StepDefinition withChecks(StepDefinition s, RequirementCheck... checks) {
        return new StepDefinition(
                s.code(),
                s.number(),
                s.name(),
                s.publicName(),
                s.roles(),
                s.timeLimit(),
                s.outputs(),
                List.of(checks),
                s.status(),
                s.terminal(),
                s.source());
    }

    static StepDefinition withSource(StepDefinition s, String source) {
        return new StepDefinition(
                s.code(),
                s.number(),
                s.name(),
                s.publicName(),
                s.roles(),
                s.timeLimit(),
                s.outputs(),
                s.requirementChecks(),
                s.status(),
                s.terminal(),
                source);
    }

    static TransitionDefinition withRoles(TransitionDefinition t, Role... roles) {
        return new TransitionDefinition(
                t.from(),
                t.action(),
                t.to(),
                t.label(),
                t.condition(),
                List.of(roles),
                t.fields(),
                t.automatic(),
                t.source());
    }

    static TransitionDefinition withFields(TransitionDefinition t, ActionField... fields) {
        return new TransitionDefinition(
                t.from(),
                t.action(),
                t.to(),
                t.label(),
                t.condition(),
                t.roles(),
                List.of(fields),
                t.automatic(),
                t.source());
    }

    static TransitionDefinition withCondition(TransitionDefinition t, TransitionCondition condition) {
        return new TransitionDefinition(
                t.from(), t.action(), t.to(), t.label(), condition, t.roles(), t.fields(), t.automatic(), t.source());
    }

    static TransitionDefinition withSource(TransitionDefinition t, String source) {
        return new TransitionDefinition(
                t.from(), t.action(), t.to(), t.label(), t.condition(), t.roles(), t.fields(), t.automatic(), source);
    }

    static TransitionDefinition manual(TransitionDefinition t) {
        return new TransitionDefinition(
                t.from(), t.action(), t.to(), t.label(), t.condition(), t.roles(), t.fields(), false, t.source());
    }
}
